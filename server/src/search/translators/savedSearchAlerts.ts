import type { estypes } from '@elastic/elasticsearch';
import { foldText, type SavedSearchFilters } from '@kafaat/shared';
import { cefrRank } from '../mappings/profiles';
import type { QuerySkills } from '../querySkills';
import { buildTalentSearchQuery, type TalentSearchInput } from './talentSearch';

/**
 * Builds the saved-search alert request (pure; tested by its JSON): the talent search's own query for the saved
 * filters (same translator, so an alert never disagrees with running the search), plus `updated_at` after the
 * last check, oldest change first so a capped run resumes where it stopped. Facets, highlights and scores are
 * dropped: the alert job only needs who matches.
 */

export interface NewMatchesInput {
  filters: SavedSearchFilters;
  /** profilePolicy.visibleTo(owner): what the search's owner may see now. */
  visibilities: string[];
  /** Only profiles whose indexed `updated_at` is after this. */
  changedAfter: Date;
  size: number;
  searchAfter?: estypes.SortResults;
  /** Taxonomy skills the saved free text names (search/querySkills.ts), as the search itself reads them. */
  querySkills?: QuerySkills;
}

/**
 * The talent search's input for a search's filters (a saved search's, or the query's: search/talents.ts adds the
 * sort, the page and the cursor), sorted recent first.
 */
export function talentSearchInputOf(filters: SavedSearchFilters, visibilities: string[], limit: number, querySkills?: QuerySkills): TalentSearchInput {
  return {
    q: filters.q ? foldText(filters.q) : null,
    querySkills,
    skills: filters.skills ?? [],
    skillsMode: filters.skillsMode,
    languages: (filters.languages ?? []).map((l) => ({ code: l.code, minLevel: cefrRank(l.minLevel) })),
    country: filters.country ?? [],
    kind: filters.kind ?? [],
    sector: filters.sector ?? [],
    interest: filters.interest ?? [],
    mobility: filters.mobility ?? [],
    availableFrom: filters.availableFrom,
    availableTo: filters.availableTo,
    verifiedOnly: filters.verifiedOnly,
    minYears: filters.minYears,
    sort: 'recent',
    limit,
    visibilities,
  };
}

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The request for one page of profiles a saved search newly matches. */
export function buildNewMatchesQuery(input: NewMatchesInput): estypes.SearchRequest {
  const talent = buildTalentSearchQuery(talentSearchInputOf(input.filters, input.visibilities, input.size, input.querySkills));
  const bool = talent.query?.bool ?? {};
  return {
    size: input.size,
    track_total_hits: false,
    _source: ['id', 'displayName', 'updated_at'],
    query: { bool: { ...bool, filter: [...asList(bool.filter), { range: { updated_at: { gt: input.changedAfter.toISOString() } } }] } },
    ...(talent.post_filter ? { post_filter: talent.post_filter } : {}),
    sort: [{ updated_at: { order: 'asc' } }, { id: 'asc' }],
    ...(input.searchAfter ? { search_after: input.searchAfter } : {}),
  };
}
