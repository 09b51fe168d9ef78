import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SkillSuggestionSchema, type TaxonomyLabels } from '@kafaat/shared';
import { useApi } from '../../api/useApi';
import { currentLocale } from '../../i18n';
import { profileKeys } from '../profile/profileApi';

const LabelsSchema = SkillSuggestionSchema.pick({ labels: true });

/**
 * Names of the skills a search filters on, in the interface language. The answer usually names them already (the
 * skills facet, the talents' skills); a skill picked in the picker is named by the picker; only a skill known by
 * neither (a shared link) is asked for with GET /skills/:id, once, in the cache the profile screens share.
 */
export function useSkillLabelLookup(ids: readonly string[], known: ReadonlyMap<string, string>): (id: string) => string {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const lang = currentLocale(i18n);
  const missing = ids.filter((id) => !known.has(id));
  const answers = useQueries({
    queries: missing.map((id) => ({
      queryKey: profileKeys.skillLabels(id),
      queryFn: async ({ signal }: { signal: AbortSignal }): Promise<TaxonomyLabels> => LabelsSchema.parse(await api.get(`/skills/${encodeURIComponent(id)}`, signal)).labels,
      staleTime: Infinity,
    })),
  });
  const fetched = new Map(missing.map((id, index) => [id, answers[index]?.data?.[lang]] as const));
  return (id: string) => known.get(id) ?? fetched.get(id) ?? t('profile.skills.placeholder');
}
