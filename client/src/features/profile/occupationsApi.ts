/**
 * The ISCO-08 occupation groups over the API (GET /occupations): the list a talent chooses their occupations from
 * (minor groups, grouped under their major group) and the names of the codes a profile stores.
 */
import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { OccupationListSchema, type Locale, type OccupationList } from '@kafaat/shared';
import { useApi } from '../../api/useApi';
import { currentLocale } from '../../i18n';

/** Query key of the list, shared by the editor and the profile view so it is fetched once per visit. */
export const occupationKeys = { list: ['occupations'] as const };

/** GET /occupations: every major, sub-major and minor group with its names in the three languages. */
export function useOccupations(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: occupationKeys.list,
    queryFn: async ({ signal }) => OccupationListSchema.parse(await api.get('/occupations', signal)),
    staleTime: Infinity, // The classification changes once in a decade.
    enabled,
  });
}

/** A major group with the minor groups under it, as the picker's <optgroup> shows them. */
export type OccupationChoiceGroup = { code: string; label: string; occupations: { code: string; label: string }[] };

/** The minor groups of `list` under their major group, named in `locale`, both levels sorted by code. */
export function occupationChoices(list: OccupationList, locale: Locale): OccupationChoiceGroup[] {
  const byCode = new Map(list.groups.map((group) => [group.code, group]));
  const majorOf = (code: string): string => {
    let group = byCode.get(code);
    while (group?.parent) group = byCode.get(group.parent);
    return group?.level === 'major' ? group.code : code.slice(0, 1);
  };
  const majors = new Map<string, OccupationChoiceGroup>();
  const byCodeOrder = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
  for (const minor of list.groups.filter((group) => group.level === 'minor').sort(byCodeOrder)) {
    const code = majorOf(minor.code);
    const major = majors.get(code) ?? { code, label: byCode.get(code)?.labels[locale] ?? code, occupations: [] };
    major.occupations.push({ code: minor.code, label: minor.labels[locale] });
    majors.set(code, major);
  }
  return [...majors.values()].sort(byCodeOrder);
}

/**
 * Names occupation codes in the interface language. Profiles store codes only; until the list has loaded (or if
 * it cannot be), a code stands for itself rather than leaving a blank.
 */
export function useOccupationName(enabled = true): (code: string) => string {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const list = useOccupations(enabled).data;
  return useCallback((code: string) => list?.groups.find((group) => group.code === code)?.labels[locale] ?? code, [list, locale]);
}
