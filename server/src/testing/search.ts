/**
 * Makes what a test wrote to MongoDB searchable at once: runs the search indexer until nothing is marked, then
 * refreshes the deployment's indices (the running server does the same in the background, within a second).
 */
import { readAlias, SEARCH_INDEX_NAMES } from '../search/indices';
import { SearchIndexer } from '../search/indexer';
import type { TestContext } from './harness';

export async function syncSearch(ctx: Pick<TestContext, 'search' | 'config'>): Promise<void> {
  const prefix = ctx.config.ES_INDEX_PREFIX;
  await new SearchIndexer({ search: ctx.search, prefix }).drain();
  await ctx.search.indices.refresh({ index: SEARCH_INDEX_NAMES.map((i) => readAlias(prefix, i)), ignore_unavailable: true, allow_no_indices: true });
}
