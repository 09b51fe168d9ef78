/**
 * Talent search: the parsed query becomes the translator's input, the answer becomes the API's items, facets and
 * next cursor. Only what the index holds can be answered, and the index never holds a sensitive field.
 */
import type { estypes } from '@elastic/elasticsearch';
import { CEFR_LEVELS, foldText, type Locale, type TalentSearchQuery, type TalentSearchResult } from '@kafaat/shared';
import { skillNamesOf } from '../services/taxonomy/taxonomySnapshot';
import type { SearchClient } from './client';
import { decodeSearchCursor, encodeSearchCursor } from './cursor';
import { anyNameHolds, highlightOriginal, queryTerms } from './highlight';
import { readAlias } from './indices';
import { cefrRank, skillTerms, type ProfileIndexDoc, type SkillNames } from './mappings/profiles';
import { buildTalentSearchQuery, FACETS, type FacetName } from './translators/talentSearch';

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

export async function searchTalents({ search, prefix, query, lang, visibilities }: TalentSearchProps): Promise<TalentSearchResult> {
  const folded = query.q ? foldText(query.q) : null;
  const request = buildTalentSearchQuery({
    q: folded,
    skills: query.skills ?? [],
    skillsMode: query.skillsMode,
    languages: (query.languages ?? []).map((l) => ({ code: l.code, minLevel: cefrRank(l.minLevel) })),
    country: query.country ?? [],
    kind: query.kind ?? [],
    sector: query.sector ?? [],
    interest: query.interest ?? [],
    mobility: query.mobility ?? [],
    availableFrom: query.availableFrom,
    availableTo: query.availableTo,
    verifiedOnly: query.verifiedOnly,
    minYears: query.minYears,
    sort: query.sort,
    limit: query.limit,
    searchAfter: decodeSearchCursor(query.sort, query.cursor),
    visibilities,
  });
  const res = await search.search<HitSource>({ index: readAlias(prefix, 'profiles'), ...request });
  const hits = res.hits.hits.slice(0, query.limit);
  const aggs = res.aggregations as Record<FacetName, { values: { buckets: Bucket[] | Record<string, { doc_count: number }> } }>;
  const facetBuckets = Object.fromEntries(FACETS.map((name) => [name, bucketsOf(name, aggs?.[name]?.values)])) as Record<FacetName, Array<{ value: string; count: number }>>;

  const skillIds = new Set([...hits.flatMap((h) => h._source!.skills.map((s) => s.id)), ...facetBuckets.skills.map((b) => b.value)]);
  const skills = await skillNamesOf(skillIds);
  const label = (id: string) => skills.get(id)?.labels[lang] ?? id;

  // Highlights mark the query's exact words in the text as written, here rather than by Elasticsearch, whose
  // highlighter re-read every returned value (skill names in three languages) and cost as much as the search.
  const terms = queryTerms(folded);
  const last = hits.at(-1);
  return {
    items: hits.map((hit) => present(hit, label, skills, terms)),
    total: typeof res.hits.total === 'number' ? res.hits.total : (res.hits.total?.value ?? 0),
    facets: { ...facetBuckets, skills: facetBuckets.skills.map((b) => ({ ...b, label: label(b.value) })) },
    nextCursor: res.hits.hits.length > query.limit && last?.sort ? encodeSearchCursor(query.sort, last.sort) : null,
  };
}

function bucketsOf(name: FacetName, agg: { buckets: Bucket[] | Record<string, { doc_count: number }> } | undefined) {
  if (!agg) return [];
  if (name === 'mobility') {
    return Object.entries(agg.buckets as Record<string, { doc_count: number }>)
      .map(([value, b]) => ({ value, count: b.doc_count }))
      .filter((b) => b.count > 0);
  }
  return (agg.buckets as Bucket[]).map((b) => ({ value: String(b.key), count: b.doc_count }));
}

function present(
  hit: estypes.SearchHit<HitSource>,
  label: (id: string) => string,
  skills: ReadonlyMap<string, SkillNames>,
  terms: ReadonlySet<string>,
): TalentSearchResult['items'][number] {
  const doc = hit._source!;
  const headline = highlightOriginal(doc.headline, terms);
  const summary = highlightOriginal(doc.summary, terms, 200);
  const matchedSkills = terms.size ? doc.skills.filter((s) => skills.has(s.id) && anyNameHolds(skillTerms(skills.get(s.id)!), terms)).map((s) => label(s.id)) : [];
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
