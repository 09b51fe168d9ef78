/**
 * Search-as-you-type over the skills taxonomy (GET /skills/suggest), in all three languages at once. Each answer
 * remembers the text it was for, so the picker can keep showing the previous list while the person refines a word
 * ("sou" → "soud") without flashing an unrelated one after the input was cleared.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { SkillSuggestionSchema, foldText, type Locale, type SkillSuggestion } from '@kafaat/shared';
import { parseItems, queryString } from '../../api/parse';
import { useApi } from '../../api/useApi';

/** How many suggestions the picker asks for. */
export const SUGGESTION_LIMIT = 8;

/** The longest text the API accepts as `q` (SkillSuggestQuerySchema). */
export const SUGGEST_QUERY_MAX = 80;

/** Query keys: one cache entry per (text, language). */
export const skillKeys = {
  suggest: (q: string, lang: Locale) => ['skills', 'suggest', { q, lang }] as const,
};

type Suggestions = { q: string; items: SkillSuggestion[] };

/** True when `next` continues or shortens the word `previous` was typed for, so its list is still a fair preview. */
function refines(previous: string, next: string): boolean {
  const a = foldText(previous);
  const b = foldText(next);
  return a !== '' && b !== '' && (a.startsWith(b) || b.startsWith(a));
}

/**
 * Suggestions for `text` (already debounced by the caller), labelled in `lang`. A request whose text is no longer
 * wanted is aborted: the signal goes to fetch, and react-query cancels queries nobody observes any more.
 */
export function useSkillSuggestions(text: string, lang: Locale) {
  const api = useApi();
  const q = text.trim();
  const query = useQuery({
    queryKey: skillKeys.suggest(q, lang),
    queryFn: async ({ signal }): Promise<Suggestions> => ({
      q,
      items: parseItems(SkillSuggestionSchema, await api.get(`/skills/suggest${queryString({ q, lang, limit: SUGGESTION_LIMIT })}`, signal)),
    }),
    enabled: q !== '',
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000, // The taxonomy changes a few times a year.
  });
  const { data } = query;
  const usable = data !== undefined && q !== '' && (!query.isPlaceholderData || refines(data.q, q));
  return {
    items: usable ? data.items : [],
    /** The list shown is the answer for exactly this text (not a preview of an earlier one). */
    isCurrent: q !== '' && query.isSuccess && !query.isPlaceholderData,
    isFetching: query.isFetching,
    isError: query.isError,
    refetch: query.refetch,
  };
}
