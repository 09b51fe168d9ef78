import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useLanguageName } from '../profile/languageNames';
import type { FilterChip } from './AppliedFilters';
import { ANY_LEVEL, type TalentFilters } from './talentFilters';

/** The applied talent filters as removable chips, in the order of the form, named in the reader's language. */
export function useTalentChips(filters: TalentFilters, skillLabel: (id: string) => string): FilterChip<TalentFilters>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const languageName = useLanguageName();
  const chips: FilterChip<TalentFilters>[] = [];
  const without = <K extends keyof TalentFilters>(name: K, value: TalentFilters[K]): TalentFilters => ({ ...filters, [name]: value });

  if (filters.q) chips.push({ key: 'q', label: t('search.chips.text', { text: filters.q }), without: without('q', '') });
  for (const id of filters.skills) chips.push({ key: `skill:${id}`, label: skillLabel(id), without: without('skills', filters.skills.filter((skill) => skill !== id)) });
  for (const language of filters.languages) {
    const name = languageName(language.code);
    chips.push({
      key: `language:${language.code}`,
      label: language.minLevel === ANY_LEVEL ? name : t('search.chips.language', { language: name, level: language.minLevel }),
      without: without('languages', filters.languages.filter((item) => item.code !== language.code)),
    });
  }
  for (const code of filters.country) chips.push({ key: `country:${code}`, label: format.country(code), without: without('country', filters.country.filter((item) => item !== code)) });
  for (const kind of filters.kind) chips.push({ key: `kind:${kind}`, label: t(`profile.kinds.${kind}.title`), without: without('kind', filters.kind.filter((item) => item !== kind)) });
  for (const sector of filters.sector) chips.push({ key: `sector:${sector}`, label: t(`sectors.${sector}`), without: without('sector', filters.sector.filter((item) => item !== sector)) });
  for (const interest of filters.interest) {
    chips.push({ key: `interest:${interest}`, label: t(`profile.engagement.interestOptions.${interest}.title`), without: without('interest', filters.interest.filter((item) => item !== interest)) });
  }
  for (const mobility of filters.mobility) {
    chips.push({ key: `mobility:${mobility}`, label: t(`profile.view.mobility.${mobility}`), without: without('mobility', filters.mobility.filter((item) => item !== mobility)) });
  }
  if (filters.availableFrom || filters.availableTo) {
    const from = filters.availableFrom && format.date(filters.availableFrom);
    const to = filters.availableTo && format.date(filters.availableTo);
    const label = from && to ? t('search.chips.availableBetween', { from, to }) : from ? t('search.chips.availableFrom', { date: from }) : t('search.chips.availableUntil', { date: to });
    chips.push({ key: 'available', label, without: { ...filters, availableFrom: '', availableTo: '' } });
  }
  if (filters.verifiedOnly) chips.push({ key: 'verified', label: t('search.chips.verifiedOnly'), without: without('verifiedOnly', false) });
  if (filters.minYears !== null) chips.push({ key: 'minYears', label: t('search.chips.minYears', { count: filters.minYears, years: format.number(filters.minYears) }), without: without('minYears', null) });
  return chips;
}
