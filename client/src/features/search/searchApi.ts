/**
 * Talent and opportunity search over the API. Each search is one infinite query keyed by its filters and the
 * reader's language: "load more" adds the next page under the ones already shown, and a new search keeps the
 * previous answer as a placeholder (so the facets stay put) while the screen shows it is searching again.
 */
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { OpportunitySearchResultSchema, TalentSearchResultSchema, type Locale, type OpportunitySearchResult, type TalentSearchResult } from '@kafaat/shared';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { currentLocale } from '../../i18n';

/** Results per page. */
export const SEARCH_PAGE = 20;

/** Query keys: one entry per (filters, language). */
export const searchKeys = {
  all: ['search'] as const,
  talents: (query: string, lang: Locale) => ['search', 'talents', query, lang] as const,
  opportunities: (query: string, lang: Locale) => ['search', 'opportunities', query, lang] as const,
};

type Parse<T> = { parse(value: unknown): T };

function useSearch<T extends { nextCursor: string | null }>(kind: 'talents' | 'opportunities', filters: URLSearchParams, schema: Parse<T>, enabled: boolean) {
  const api = useApi();
  const { i18n } = useTranslation();
  const lang = currentLocale(i18n);
  const query = filters.toString();
  return useInfiniteQuery({
    queryKey: searchKeys[kind](query, lang),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }): Promise<T> => {
      const params = new URLSearchParams(filters);
      params.set('lang', lang);
      params.set('limit', String(SEARCH_PAGE));
      if (pageParam) params.set('cursor', pageParam);
      return schema.parse(await api.get(`/${kind}/search?${params}`, signal));
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * GET /talents/search. Answers are parsed with the shared schema, which keeps only the fields it names: whatever
 * else a server might send (nationality, residence status…) never reaches a component.
 */
export function useTalentSearch(filters: URLSearchParams, enabled = true) {
  return useSearch<TalentSearchResult>('talents', filters, TalentSearchResultSchema, enabled);
}

/** GET /opportunities/search (published opportunities still taking applications). */
export function useOpportunitySearch(filters: URLSearchParams, enabled = true) {
  return useSearch<OpportunitySearchResult>('opportunities', filters, OpportunitySearchResultSchema, enabled);
}
