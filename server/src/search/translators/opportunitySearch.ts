import type { estypes } from '@elastic/elasticsearch';
import type { QuerySkills } from '../querySkills';
import { textOrSkills } from './talentSearch';

/**
 * Builds the opportunity search request (pure; tested by its JSON and against the real Elasticsearch). Only
 * published opportunities whose deadline has not passed (or that have none) are ever found. Type, sector and
 * work mode have facets (post_filter pattern, as in talentSearch.ts); the other filters narrow everything.
 */

export type OpportunityFacetName = 'type' | 'sector' | 'locationMode';

export interface OpportunitySearchInput {
  /** Folded free text (shared foldText); null or empty for none. */
  q: string | null;
  /** Taxonomy skills the free text names (search/querySkills.ts): an opportunity asking for one matches too. */
  querySkills?: QuerySkills;
  type: string[];
  sector: string[];
  locationMode: string[];
  country: string[];
  /** Folded city name. */
  city?: string;
  from?: string;
  to?: string;
  sort: 'relevance' | 'recent' | 'deadline';
  /** Today in Morocco, "YYYY-MM-DD": deadlines before it are passed. */
  today: string;
  limit: number;
  searchAfter?: estypes.SortResults;
}

export const OPPORTUNITY_FACETS: OpportunityFacetName[] = ['type', 'sector', 'locationMode'];
const FACET_FIELDS: Record<OpportunityFacetName, string> = { type: 'type', sector: 'sector', locationMode: 'location.mode' };

const and = (filters: estypes.QueryDslQueryContainer[]): estypes.QueryDslQueryContainer => (filters.length ? { bool: { filter: filters } } : { match_all: {} });
const missing = (field: string): estypes.QueryDslQueryContainer => ({ bool: { must_not: [{ exists: { field } }] } });

/** 9999-12-31 in epoch milliseconds: opportunities without a deadline come last. */
const NO_DEADLINE = 253402214400000;

/**
 * Every sort ends with the id, so pages follow one another without duplicates or gaps. Missing dates sort as
 * explicit epoch values, not `_last`: Elasticsearch would answer ±2^63 there, which JSON numbers cannot carry
 * back in a cursor.
 */
const SORTS: Record<OpportunitySearchInput['sort'], estypes.SortCombinations[]> = {
  relevance: [{ _score: { order: 'desc' } }, { id: 'asc' }],
  recent: [{ published_at: { order: 'desc', missing: 0 } }, { id: 'asc' }],
  deadline: [{ deadline: { order: 'asc', missing: NO_DEADLINE } }, { id: 'asc' }],
};

export function buildOpportunitySearchQuery(input: OpportunitySearchInput): estypes.SearchRequest {
  const owned: Record<OpportunityFacetName, estypes.QueryDslQueryContainer[]> = {
    type: input.type.length ? [{ terms: { type: input.type } }] : [],
    sector: input.sector.length ? [{ terms: { sector: input.sector } }] : [],
    locationMode: input.locationMode.length ? [{ terms: { 'location.mode': input.locationMode } }] : [],
  };
  const filters: estypes.QueryDslQueryContainer[] = [
    { term: { status: 'published' } },
    { bool: { should: [{ range: { deadline: { gte: input.today } } }, missing('deadline')], minimum_should_match: 1 } },
  ];
  if (input.country.length) filters.push({ terms: { 'location.country': input.country } });
  if (input.city) filters.push({ term: { 'location.city_key': input.city } });
  if (input.from || input.to) {
    const range = { ...(input.from ? { gte: input.from } : {}), ...(input.to ? { lte: input.to } : {}), relation: 'intersects' as const };
    filters.push({ bool: { should: [{ range: { dates: range } }, missing('dates')], minimum_should_match: 1 } });
  }
  const chosen = OPPORTUNITY_FACETS.flatMap((name) => owned[name]);
  const q = input.q?.trim();
  return {
    size: input.limit + 1,
    track_total_hits: true,
    track_scores: true,
    _source: ['id', 'type', 'organisation', 'titles', 'descriptions', 'sector', 'location', 'dates', 'deadline', 'published_at'],
    query: {
      bool: {
        ...(q ? { must: [textOrSkills(q, input.querySkills, ['title_text^3', 'skill_text^2', 'description_text'], ['must_have_ids', 'nice_to_have_ids'])] } : {}),
        filter: filters,
      },
    },
    ...(chosen.length ? { post_filter: { bool: { filter: chosen } } } : {}),
    aggs: Object.fromEntries(
      OPPORTUNITY_FACETS.map((name) => [
        name,
        { filter: and(OPPORTUNITY_FACETS.filter((other) => other !== name).flatMap((other) => owned[other])), aggs: { values: { terms: { field: FACET_FIELDS[name], size: 20 } } } },
      ]),
    ),
    sort: SORTS[input.sort],
    ...(input.searchAfter ? { search_after: input.searchAfter } : {}),
    ...(q
      ? { highlight: { pre_tags: ['<em>'], post_tags: ['</em>'], fields: { title_text: { number_of_fragments: 0 }, description_text: { fragment_size: 160, number_of_fragments: 1 } } } }
      : {}),
  };
}
