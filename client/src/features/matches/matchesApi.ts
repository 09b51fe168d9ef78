/**
 * Match lists over the API: talents ranked for an opportunity (its managers) and open opportunities ranked for
 * the signed-in talent, each page with the skill names its explanations mention, in the reader's language.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { OpportunityMatchPageSchema, TalentMatchPageSchema, type Locale, type OpportunityMatchPage, type TalentMatchPage } from '@kafaat/shared';
import { queryString } from '../../api/parse';
import { useApi } from '../../api/useApi';
import { currentLocale } from '../../i18n';

/** Matches per page. */
export const MATCH_PAGE = 20;

/** Query keys; everything under ['matches'] belongs to the signed-in person. */
export const matchKeys = {
  all: ['matches'] as const,
  forOpportunity: (id: string, lang: Locale) => ['matches', 'opportunity', id, lang] as const,
  mine: (lang: Locale) => ['matches', 'me', lang] as const,
};

type Parse<T> = { parse(value: unknown): T };

function useMatchPages<T extends { nextCursor: string | null }>(key: readonly unknown[], path: string, schema: Parse<T>, lang: Locale, enabled: boolean) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: key,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }): Promise<T> => schema.parse(await api.get(`${path}${queryString({ lang, limit: MATCH_PAGE, cursor: pageParam })}`, signal)),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

/**
 * GET /opportunities/:id/matches, best first. Parsed with the shared schema, which keeps only the fields it names
 * (never anything sensitive a server might add).
 */
export function useTalentMatches(opportunityId: string, enabled = true) {
  const { i18n } = useTranslation();
  const lang = currentLocale(i18n);
  return useMatchPages<TalentMatchPage>(matchKeys.forOpportunity(opportunityId, lang), `/opportunities/${encodeURIComponent(opportunityId)}/matches`, TalentMatchPageSchema, lang, enabled);
}

/** GET /me/matches: open opportunities ranked for the signed-in talent's profile. */
export function useMyMatches() {
  const { i18n } = useTranslation();
  const lang = currentLocale(i18n);
  return useMatchPages<OpportunityMatchPage>(matchKeys.mine(lang), '/me/matches', OpportunityMatchPageSchema, lang, true);
}

/** The skill names of every page loaded so far. */
export function skillLabelsOf(pages: readonly { skillLabels: Record<string, string> }[] | undefined): Record<string, string> {
  return Object.assign({}, ...(pages ?? []).map((page) => page.skillLabels)) as Record<string, string>;
}
