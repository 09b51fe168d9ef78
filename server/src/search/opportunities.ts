/** Opportunity search: the parsed query to the translator, the answer to the API's items, facets and cursor. */
import type { estypes } from '@elastic/elasticsearch';
import { foldText, type Locale, type OpportunitySearchQuery, type OpportunitySearchResult } from '@kafaat/shared';
import type { SearchClient } from './client';
import { decodeSearchCursor, encodeSearchCursor } from './cursor';
import { highlightOriginal, markedTerms } from './highlight';
import { readAlias } from './indices';
import { querySkills } from './querySkills';
import type { OpportunityIndexDoc } from './mappings/opportunities';
import { buildOpportunitySearchQuery, OPPORTUNITY_FACETS } from './translators/opportunitySearch';

export interface OpportunitySearchProps {
  search: SearchClient;
  prefix: string;
  query: OpportunitySearchQuery;
  lang: Locale;
  /** Today in Morocco ("YYYY-MM-DD"). */
  today: string;
}

type HitSource = Pick<OpportunityIndexDoc, 'id' | 'type' | 'organisation' | 'titles' | 'descriptions' | 'sector' | 'location' | 'dates' | 'deadline' | 'published_at'>;

export async function searchOpportunities({ search, prefix, query, lang, today }: OpportunitySearchProps): Promise<OpportunitySearchResult> {
  const request = buildOpportunitySearchQuery({
    q: query.q ? foldText(query.q) : null,
    querySkills: query.q ? await querySkills(query.q) : undefined,
    type: query.type ?? [],
    sector: query.sector ?? [],
    locationMode: query.locationMode ?? [],
    country: query.country ?? [],
    city: query.city ? foldText(query.city) : undefined,
    from: query.from,
    to: query.to,
    sort: query.sort,
    today,
    limit: query.limit,
    searchAfter: decodeSearchCursor(query.sort, query.cursor),
  });
  const res = await search.search<HitSource>({ index: readAlias(prefix, 'opportunities'), ...request });
  const hits = res.hits.hits.slice(0, query.limit);
  const aggs = res.aggregations as Record<string, { values: { buckets: Array<{ key: string; doc_count: number }> } }> | undefined;
  const last = hits.at(-1);
  return {
    items: hits.map((hit) => present(hit, lang)),
    total: typeof res.hits.total === 'number' ? res.hits.total : (res.hits.total?.value ?? 0),
    facets: Object.fromEntries(
      OPPORTUNITY_FACETS.map((name) => [name, (aggs?.[name]?.values.buckets ?? []).map((b) => ({ value: String(b.key), count: b.doc_count }))]),
    ) as OpportunitySearchResult['facets'],
    nextCursor: res.hits.hits.length > query.limit && last?.sort ? encodeSearchCursor(query.sort, last.sort) : null,
  };
}

/** The text in the reader's language, else in another one written. */
const inLanguage = (texts: Partial<Record<Locale, string>>, lang: Locale) => texts[lang] ?? texts.fr ?? texts.en ?? texts.ar ?? '';

function present(hit: estypes.SearchHit<HitSource>, lang: Locale): OpportunitySearchResult['items'][number] {
  const doc = hit._source!;
  const hl = hit.highlight ?? {};
  const titleTerms = markedTerms(hl.title_text);
  const descriptionTerms = markedTerms(hl.description_text);
  // The reader's language first; a match found only in another language is shown from that one.
  const order = [lang, ...(['fr', 'en', 'ar'] as Locale[]).filter((l) => l !== lang)];
  const first = (texts: Partial<Record<Locale, string>>, terms: Set<string>, max?: number) => {
    for (const l of order) {
      const h = texts[l] ? highlightOriginal(texts[l]!, terms, max) : null;
      if (h) return h;
    }
    return null;
  };
  const title = first(doc.titles, titleTerms);
  const description = first(doc.descriptions, descriptionTerms, 200);
  return {
    id: doc.id,
    type: doc.type,
    organisation: doc.organisation,
    title: inLanguage(doc.titles, lang),
    sector: doc.sector as OpportunitySearchResult['items'][number]['sector'],
    location: { mode: doc.location.mode as 'onsite' | 'remote' | 'hybrid', country: doc.location.country, city: doc.location.city },
    startDate: doc.dates?.gte ?? null,
    endDate: doc.dates?.lte ?? null,
    deadline: doc.deadline,
    publishedAt: doc.published_at,
    highlights: { ...(title ? { title } : {}), ...(description ? { description } : {}) },
    score: hit._score ?? 0,
  };
}
