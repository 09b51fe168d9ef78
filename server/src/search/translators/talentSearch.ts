import type { estypes } from '@elastic/elasticsearch';
import type { CloseRelation } from '@kafaat/shared';
import { CLOSE_CREDIT } from '../matching/score';
import type { QuerySkills } from '../querySkills';
import { wordForms } from '../wordForms';

/**
 * Builds the talent search request (pure; tested by the JSON it builds and against the real Elasticsearch).
 *
 * Filters that have a facet go in `post_filter`, and each facet's aggregation is wrapped in a filter made of the
 * OTHER facets' filters: a facet's counts say how many talents each value would give with everything else
 * applied, so choosing a second country never hides the first. Filters without a facet (visibility, free text,
 * availability, years, verified) go in the query and narrow everything. Free text is folded by the caller.
 */

export type MobilityFilter = 'remote' | 'shortMissions' | 'relocation';
export type FacetName = 'skills' | 'languages' | 'country' | 'kind' | 'sector' | 'interest' | 'mobility';

export interface TalentSearchInput {
  /** Folded free text (shared foldText); null or empty for none. */
  q: string | null;
  /** Taxonomy skills the free text names and those close to them (search/querySkills.ts); ignored without `q`. */
  querySkills?: QuerySkills;
  /** Whether free text also matches words an edit or two away (typos); true unless false (talents.ts asks without first). */
  typos?: boolean;
  skills: string[];
  skillsMode: 'all' | 'any';
  /** Minimum level 1–6 (A1–C2). */
  languages: Array<{ code: string; minLevel: number }>;
  country: string[];
  kind: string[];
  sector: string[];
  interest: string[];
  mobility: MobilityFilter[];
  availableFrom?: string;
  availableTo?: string;
  verifiedOnly: boolean;
  minYears?: number;
  sort: 'relevance' | 'recent';
  /** Results per page; one more is fetched to know whether a next page exists. */
  limit: number;
  /**
   * Whether to count the facets (the costliest half of a search). The first page does; the pages after it reuse
   * the first page's counts, which do not change with the page.
   */
  facets?: boolean;
  /** Sort values of the last result of the previous page. */
  searchAfter?: estypes.SortResults;
  /** Visibilities the searcher may see (profilePolicy.visibleTo). */
  visibilities: string[];
}

/** Facet sizes: skills show the top 20. */
const FACET_SIZES: Record<Exclude<FacetName, 'mobility'>, number> = { skills: 20, languages: 30, country: 50, kind: 3, sector: 20, interest: 10 };
const FACET_FIELDS: Record<Exclude<FacetName, 'mobility'>, string> = { skills: 'skill_ids', languages: 'language_codes', country: 'country', kind: 'kind', sector: 'sectors', interest: 'interests' };
export const FACETS: FacetName[] = ['skills', 'languages', 'country', 'kind', 'sector', 'interest', 'mobility'];

/** The filters a facet owns (empty when its value is not chosen). */
function facetFilters(input: TalentSearchInput): Record<FacetName, estypes.QueryDslQueryContainer[]> {
  const skillField = input.verifiedOnly ? 'verified_skill_ids' : 'skill_ids';
  const skills: estypes.QueryDslQueryContainer[] =
    input.skills.length === 0
      ? []
      : input.skillsMode === 'any'
        ? [{ terms: { [skillField]: input.skills } }]
        : input.skills.map((id) => ({ term: { [skillField]: id } }));
  const terms = (field: string, values: string[]): estypes.QueryDslQueryContainer[] => (values.length ? [{ terms: { [field]: values } }] : []);
  return {
    skills,
    languages: input.languages.map(({ code, minLevel }) => ({ term: { language_levels: `${code}:${minLevel}` } })),
    country: terms('country', input.country),
    kind: terms('kind', input.kind),
    sector: terms('sectors', input.sector),
    interest: terms('interests', input.interest),
    mobility: input.mobility.map((mode) => ({ term: { [`mobility.${mode}`]: true } })),
  };
}

/** Filters without a facet: they narrow the results and every facet. */
function queryFilters(input: TalentSearchInput): estypes.QueryDslQueryContainer[] {
  const filters: estypes.QueryDslQueryContainer[] = [{ terms: { visibility: input.visibilities } }];
  if (input.availableFrom || input.availableTo) {
    filters.push({ range: { availability: { ...(input.availableFrom ? { gte: input.availableFrom } : {}), ...(input.availableTo ? { lte: input.availableTo } : {}), relation: 'intersects' } } });
  }
  if (input.minYears !== undefined && input.minYears > 0) filters.push({ range: { years_experience: { gte: input.minYears } } });
  if (input.verifiedOnly && input.skills.length === 0) filters.push({ exists: { field: 'verified_skill_ids' } });
  return filters;
}

const and = (filters: estypes.QueryDslQueryContainer[]): estypes.QueryDslQueryContainer => (filters.length ? { bool: { filter: filters } } : { match_all: {} });

function facetAggregation(name: FacetName): Record<string, estypes.AggregationsAggregationContainer> {
  if (name === 'mobility') {
    return { values: { filters: { filters: { remote: { term: { 'mobility.remote': true } }, shortMissions: { term: { 'mobility.shortMissions': true } }, relocation: { term: { 'mobility.relocation': true } } } } } };
  }
  return { values: { terms: { field: FACET_FIELDS[name], size: FACET_SIZES[name] } } };
}

/**
 * Every word, or another form of it (masculine or feminine, singular or plural: search/wordForms.ts), somewhere
 * in the fields (cross_fields), the words as written scoring more; with `typos`, also every word within an edit or
 * two in one field ("carelleur" for "carreleur"). Shared with opportunitySearch.ts.
 */
export function freeText(q: string, fields: string[], typos = true): estypes.QueryDslQueryContainer {
  const asWritten: estypes.QueryDslQueryContainer = { multi_match: { query: q, fields, type: 'cross_fields', operator: 'and', boost: 2 } };
  const words = q.split(' ').filter(Boolean).map((word) => [word, ...wordForms(word)]);
  // A form found scores nothing by itself (a rare form would outscore the word as written through its rarity): the
  // words as written rank. A word without letters ("+") finds nothing to require: zero_terms_query lets it pass.
  const anyForm = (forms: string[]): estypes.QueryDslQueryContainer => ({ multi_match: { query: forms.join(' '), fields, type: 'cross_fields', operator: 'or', zero_terms_query: 'all' } });
  const exact: estypes.QueryDslQueryContainer = words.some((forms) => forms.length > 1) ? { bool: { filter: words.map(anyForm), should: [asWritten] } } : asWritten;
  if (!typos) return exact;
  return {
    bool: {
      should: [exact, { multi_match: { query: q, fields, type: 'best_fields', operator: 'and', fuzziness: 'AUTO', prefix_length: 1 } }],
      minimum_should_match: 1,
    },
  };
}

/**
 * Score of holding a skill the query names (constant: a `terms` query ignores frequencies), added to the text's; a
 * close skill adds this times the credit matching gives it (CLOSE_CREDIT: narrower 0.75, related 0.5, broader 0.4).
 * Text scores run from about 10 (a word in a summary) to 150 (every word in a headline and a skill name): holding
 * the named skill lifts those whose words say so above those who only mention it, and a talent found through their
 * skills alone (written in another language) ranks among the weaker text matches.
 */
export const NAMED_SKILL_SCORE = 30;

/**
 * Every word somewhere in the text (freeText), or every skill the query names held, each one or a skill close to
 * it: the skills stand in for their words in whatever language the talent wrote. Words the taxonomy does not
 * know only rank. Shared with opportunitySearch.ts, whose documents hold skills in two fields (must / nice to have).
 */
export function textOrSkills(q: string, skills: QuerySkills | undefined, fields: string[] = TEXT_FIELDS, skillFields: string[] = ['skill_ids'], typos = true): estypes.QueryDslQueryContainer {
  const text = freeText(q, fields, typos);
  if (!skills?.required.length) return text;
  const holds = (ids: string[], boost?: number): estypes.QueryDslQueryContainer[] => skillFields.map((field) => ({ terms: { [field]: ids, ...(boost === undefined ? {} : { boost }) } }));
  const holdsOne = (ids: string[]): estypes.QueryDslQueryContainer => (skillFields.length === 1 ? holds(ids)[0]! : { bool: { should: holds(ids), minimum_should_match: 1 } });
  const heldSkills = { bool: { filter: skills.required.map(holdsOne) } };
  const close = (Object.keys(CLOSE_CREDIT) as CloseRelation[]).filter((relation) => skills.close[relation].length);
  return {
    bool: {
      must: [{ bool: { should: [text, heldSkills], minimum_should_match: 1 } }],
      should: [...holds(skills.exact, NAMED_SKILL_SCORE), ...close.flatMap((relation) => holds(skills.close[relation], NAMED_SKILL_SCORE * CLOSE_CREDIT[relation]))],
    },
  };
}

/**
 * Every sort ends with the id, so pages follow one another without duplicates or gaps (search_after). A missing
 * date sorts as 0, not `_last`, whose ±2^63 sort value JSON numbers cannot carry back in a cursor.
 */
const SORTS: Record<TalentSearchInput['sort'], estypes.SortCombinations[]> = {
  relevance: [{ _score: { order: 'desc' } }, { id: 'asc' }],
  recent: [{ updated_at: { order: 'desc', missing: 0 } }, { id: 'asc' }],
};

/** Where free text is looked for, with the weight of each field. */
const TEXT_FIELDS = ['headline_text^3', 'skill_text^2', 'summary_text'];

export function buildTalentSearchQuery(input: TalentSearchInput): estypes.SearchRequest {
  const owned = facetFilters(input);
  const chosen = FACETS.flatMap((name) => owned[name]);
  const q = input.q?.trim();
  const aggs = Object.fromEntries(
    FACETS.map((name) => [name, { filter: and(FACETS.filter((other) => other !== name).flatMap((other) => owned[other])), aggs: facetAggregation(name) }]),
  );
  return {
    size: input.limit + 1,
    track_total_hits: true,
    track_scores: true,
    _source: ['id', 'displayName', 'kind', 'headline', 'summary', 'country', 'city', 'skills', 'languages'],
    query: {
      bool: {
        ...(q ? { must: [textOrSkills(q, input.querySkills, TEXT_FIELDS, ['skill_ids'], input.typos ?? true)] } : {}),
        filter: queryFilters(input),
      },
    },
    ...(chosen.length ? { post_filter: { bool: { filter: chosen } } } : {}),
    ...(input.facets === false ? {} : { aggs }),
    sort: SORTS[input.sort],
    ...(input.searchAfter ? { search_after: input.searchAfter } : {}),
  };
}

/**
 * A search as Elasticsearch runs it: the page (hits, total; no aggregations) and, on a first page, its facet
 * counts apart (size 0: no scores, sorting or hits), one `_msearch` for both. Elasticsearch's shard request cache
 * keeps the counts until the index changes, so the same query and filters asked again (the search page's default,
 * the most common searches, a search saved and opened again) are counted once, while the page is always fresh.
 */
export function splitFacetCounts(body: estypes.SearchRequest): { page: estypes.SearchRequest; counts: estypes.SearchRequest | null } {
  const { aggs, ...page } = body;
  if (!aggs) return { page, counts: null };
  return { page, counts: { size: 0, track_total_hits: false, query: body.query, aggs } };
}
