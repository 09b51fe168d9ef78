/**
 * `npm run reindex`: rebuilds the talents and opportunities indices from MongoDB with no downtime. For each, a
 * new physical index (named after its mapping version) is filled in bulk beside the live one, which searches
 * keep reading and the running servers' indexers keep writing to both; then the alias moves to the new index in
 * one step and the old index is deleted (server/src/search/indices.ts).
 *
 *   npm run reindex                     both indices
 *   npm run reindex -- profiles         one of them (profiles | opportunities)
 *   npm run reindex -- --force          also when a rebuild crashed half-way (never while another one runs)
 */
import { parseConfig } from '../server/src/env';
import { connectMongo, disconnectMongo } from '../server/src/db';
import { createSearchClient } from '../server/src/search/client';
import { rebuildIndex, SEARCH_INDEX_NAMES } from '../server/src/search/indices';
import type { SearchIndexName } from '../server/src/search/sources';
import { loadEnvFile } from './services/state';

/** Which indices the arguments name (all by default); throws on an unknown name. */
export function indicesToRebuild(args: string[]): SearchIndexName[] {
  const named = args.filter((a) => !a.startsWith('--'));
  const unknown = named.filter((a) => !(SEARCH_INDEX_NAMES as string[]).includes(a));
  if (unknown.length) throw new Error(`unknown index ${unknown.join(', ')}: choose among ${SEARCH_INDEX_NAMES.join(', ')}`);
  return named.length ? (named as SearchIndexName[]) : SEARCH_INDEX_NAMES;
}

async function main(): Promise<void> {
  loadEnvFile();
  const config = parseConfig();
  const args = process.argv.slice(2);
  const indices = indicesToRebuild(args);
  await connectMongo(config.MONGODB_URI, config.MONGODB_DB);
  const search = createSearchClient(config.ELASTICSEARCH_URL);
  try {
    for (const index of indices) {
      const started = Date.now();
      const { name, count, refused } = await rebuildIndex({ search, prefix: config.ES_INDEX_PREFIX, index, force: args.includes('--force') });
      console.log(`${config.ES_INDEX_PREFIX}${index} → ${name}: ${count} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      if (refused.length) {
        process.exitCode = 2;
        console.error(`${refused.length} document(s) refused by Elasticsearch:\n${refused.slice(0, 20).map((r) => `  ${r.id} ${r.error}`).join('\n')}`);
      }
    }
  } finally {
    await search.close();
    await disconnectMongo();
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
