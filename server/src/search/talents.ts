/**
 * Talent search: the parsed query becomes the translator's input (with the taxonomy skills its free text names),
 * the answer becomes the API's items, facets and next cursor. Only what the index holds can be answered, and the index never holds a sensitive field.
 */
import type { estypes } from '@elastic/elasticsearch';
import { CEFR_LEVELS, foldText, type Locale, type TalentSearchQuery, type TalentSearchResult } from '@kafaat/shared';
import { skillNamesOf } from '../services/taxonomy/taxonomySnapshot';
import { msearchAnswers, type SearchClient } from './client';
import { decodeSearchCursor, encodeSearchCursor } from './cursor';
import { highlightOriginal, queryTerms, sharesWord } from './highlight';
import { readAlias } from './indices';
import { NO_QUERY_SKILLS, querySkills, type QuerySkills } from './querySkills';
import { skillWords, type ProfileIndexDoc, type SkillNames } from './mappings/profiles';
import { talentSearchInputOf } from './translators/savedSearchAlerts';
import { buildTalentSearchQuery, FACETS, splitFacetCounts, type FacetName } from './translators/talentSearch';

export interface TalentSearchProps {
  search: SearchClient;
  prefix: string;
  query: TalentSearchQuery;
  lang: Locale;
  /** profilePolicy.visibleTo(actor): never empty for someone allowed to search. */
  visibilities: string[];
}

type HitSource = Pick<ProfileIndexDoc, 'id' | 'displayName' | 'kind' | 'headline' | 'summary' | 'country' | 'city' | 'skills' | 'languages'>;
type Bucket = { key: string; doc_count: number };

/** The Elasticsearch requests for a talent search, with what the free text was understood to ask. */
export interface TalentSearchRequest {
  /** The page: hits and total. */
  page: estypes.SearchRequest;
  /** The facet counts, on a first page (null after a cursor): cached by Elasticsearch (splitFacetCounts). */
  counts: estypes.SearchRequest | null;
  /** The free text folded (its words are what highlights mark), null without one. */
  folded: string | null;
  /** Taxonomy skills the free text names, and those close to them (search/querySkills.ts). */
  named: QuerySkills;
}

/**
 * The requests the API sends Elasticsearch for a parsed query, the one place the query becomes the translator's
 * input: the benchmark (scripts/bench/workload.ts) times Elasticsearch on exactly these (talentSearchLines).
 */
export async function talentSearchRequest(query: TalentSearchQuery, visibilities: string[], typos = false): Promise<TalentSearchRequest> {
  const folded = query.q ? foldText(query.q) : null;
  const named = folded ? await querySkills(query.q) : NO_QUERY_SKILLS;
  const body = buildTalentSearchQuery({
    ...talentSearchInputOf(query, visibilities, query.limit, named),
    sort: query.sort,
    facets: !query.cursor,
    typos,
    searchAfter: decodeSearchCursor(query.sort, query.cursor),
  });
  return { ...splitFacetCounts(body), folded, named };
}

/** The `_msearch` lines of a search on `index`: its page, then its counts through the shard request cache. */
export function talentSearchLines(index: string, { page, counts }: Pick<TalentSearchRequest, 'page' | 'counts'>): estypes.MsearchRequestItem[] {
  return [{ index }, page as estypes.SearchSearchRequestBody, ...(counts ? [{ index, request_cache: true }, counts as estypes.SearchSearchRequestBody] : [])];
}

export async function searchTalents({ search, prefix, query, lang, visibilities }: TalentSearchProps): Promise<TalentSearchResult> {
  const index = readAlias(prefix, 'profiles');
  const run = async (typos: boolean) => {
    const request = await talentSearchRequest(query, visibilities, typos);
    const [page, counts] = msearchAnswers(await search.msearch<HitSource>({ searches: talentSearchLines(index, request) }));
    return { request, res: page!, counted: counts };
  };
  // The words as written and their other forms first; words an edit or two away (typos) only when those find no
  // more than a page: fuzzy matching costs more than the rest of a search. Decided on the total, so every page of
  // a search is asked the same way.
  let found = await run(false);
  if (found.request.folded && totalOf(found.res) <= query.limit) found = await run(true);
  const { request: { folded, named }, res, counted } = found;
  const hits = res.hits.hits.slice(0, query.limit);
  const aggs = counted?.aggregations as Record<FacetName, { values: { buckets: Bucket[] | Record<string, { doc_count: number }> } }> | undefined;
  const facetBuckets = Object.fromEntries(FACETS.map((name) => [name, bucketsOf(name, aggs?.[name]?.values)])) as Record<FacetName, Array<{ value: string; count: number }>>;

  const skillIds = new Set([...hits.flatMap((h) => h._source!.skills.map((s) => s.id)), ...facetBuckets.skills.map((b) => b.value)]);
  const skills = await skillNamesOf(skillIds);
  const label = (id: string) => skills.get(id)?.labels[lang] ?? id;

  // Highlights mark the query's exact words in the text as written, here rather than by Elasticsearch, whose
  // highlighter re-read every returned value (skill names in three languages) and cost as much as the search.
  const terms = queryTerms(folded);
  const last = hits.at(-1);
  return {
    items: hits.map((hit) => present(hit, label, skills, terms, named)),
    total: totalOf(res),
    facets: { ...facetBuckets, skills: facetBuckets.skills.map((b) => ({ ...b, label: label(b.value) })) },
    nextCursor: res.hits.hits.length > query.limit && last?.sort ? encodeSearchCursor(query.sort, last.sort) : null,
  };
}

const totalOf = (res: estypes.SearchResponse<unknown>) => (typeof res.hits.total === 'number' ? res.hits.total : (res.hits.total?.value ?? 0));

function bucketsOf(name: FacetName, agg: { buckets: Bucket[] | Record<string, { doc_count: number }> } | undefined) {
  if (!agg) return [];
  if (name === 'mobility') {
    return Object.entries(agg.buckets as Record<string, { doc_count: number }>)
      .map(([value, b]) => ({ value, count: b.doc_count }))
      .filter((b) => b.count > 0);
  }
  return (agg.buckets as Bucket[]).map((b) => ({ value: String(b.key), count: b.doc_count }));
}

/**
 * The talent's skills the query matched: those it names (in whatever language the talent wrote) or whose names hold
 * one of its words; when none, the skills close to a named one, which say why a talent found through them is listed.
 */
function matchedSkillsOf(held: HitSource['skills'], skills: ReadonlyMap<string, SkillNames>, terms: ReadonlySet<string>, named: QuerySkills): string[] {
  const exact = new Set(named.exact);
  const matched = held.filter((s) => exact.has(s.id) || (skills.has(s.id) && sharesWord(skillWords(skills.get(s.id)!), terms))).map((s) => s.id);
  if (matched.length) return matched;
  const close = new Set(Object.values(named.close).flat());
  return held.filter((s) => close.has(s.id)).map((s) => s.id);
}

function present(
  hit: estypes.SearchHit<HitSource>,
  label: (id: string) => string,
  skills: ReadonlyMap<string, SkillNames>,
  terms: ReadonlySet<string>,
  named: QuerySkills,
): TalentSearchResult['items'][number] {
  const doc = hit._source!;
  const headline = highlightOriginal(doc.headline, terms);
  const summary = highlightOriginal(doc.summary, terms, 200);
  const matchedSkills = terms.size ? matchedSkillsOf(doc.skills, skills, terms, named).map(label) : [];
  return {
    id: doc.id,
    displayName: doc.displayName,
    kind: doc.kind,
    headline: doc.headline,
    country: doc.country,
    city: doc.city,
    skills: doc.skills.map((s) => ({ id: s.id, label: label(s.id), level: s.level, years: s.years, verified: s.verified })),
    languages: doc.languages.map((l) => ({ code: l.code, level: l.declared ?? CEFR_LEVELS[l.level - 1]!, native: l.native })),
    highlights: { ...(headline ? { headline } : {}), ...(summary ? { summary } : {}), ...(matchedSkills.length ? { skills: matchedSkills } : {}) },
    score: hit._score ?? 0,
  };
}
