/**
 * The profiles a saved search newly matches: those changed after `changedAfter` that the search finds among
 * what its owner may see, oldest change first, at most `max`. `complete` is false when there may be more (the
 * next run resumes after the last one returned).
 */
import type { SavedSearchFilters } from '@kafaat/shared';
import type { SearchClient } from './client';
import { readAlias } from './indices';
import type { ProfileIndexDoc } from './mappings/profiles';
import { querySkills } from './querySkills';
import { buildNewMatchesQuery } from './translators/savedSearchAlerts';

export interface NewMatchesProps {
  search: SearchClient;
  prefix: string;
  filters: SavedSearchFilters;
  visibilities: string[];
  changedAfter: Date;
  max: number;
}

export interface NewMatch {
  id: string;
  displayName: string;
  /** When the profile changed, as indexed. */
  updatedAt: Date;
}

const PAGE = 100;

/** Pages through the new matches of one saved search (the alert job's only question to Elasticsearch). */
export async function findNewMatches({ search, prefix, filters, visibilities, changedAfter, max }: NewMatchesProps): Promise<{ matches: NewMatch[]; complete: boolean }> {
  const matches: NewMatch[] = [];
  if (visibilities.length === 0) return { matches, complete: true };
  const named = await querySkills(filters.q);
  let searchAfter: Array<string | number> | undefined;
  while (matches.length < max) {
    const size = Math.min(PAGE, max - matches.length);
    let hits;
    try {
      const res = await search.search<Pick<ProfileIndexDoc, 'id' | 'displayName' | 'updated_at'>>({
        index: readAlias(prefix, 'profiles'),
        ...buildNewMatchesQuery({ filters, visibilities, changedAfter, size, searchAfter, querySkills: named }),
      });
      hits = res.hits.hits;
    } catch (err) {
      // No index yet: nothing was ever indexed, so nothing can match (unwritten changes hold the job back).
      if ((err as { meta?: { statusCode?: number } }).meta?.statusCode === 404) return { matches, complete: true };
      throw err;
    }
    for (const hit of hits) {
      const doc = hit._source!;
      matches.push({ id: doc.id, displayName: doc.displayName, updatedAt: new Date(doc.updated_at!) });
    }
    if (hits.length < size) return { matches, complete: true };
    searchAfter = hits.at(-1)!.sort as Array<string | number>;
  }
  return { matches, complete: false };
}
