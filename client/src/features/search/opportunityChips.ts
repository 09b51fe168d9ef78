import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { FilterChip } from './AppliedFilters';
import type { OpportunityFilters } from './opportunityFilters';

/** The applied opportunity filters as removable chips, named in the reader's language. */
export function useOpportunityChips(filters: OpportunityFilters): FilterChip<OpportunityFilters>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const chips: FilterChip<OpportunityFilters>[] = [];
  const without = <K extends keyof OpportunityFilters>(name: K, value: OpportunityFilters[K]): OpportunityFilters => ({ ...filters, [name]: value });

  if (filters.q) chips.push({ key: 'q', label: t('search.chips.text', { text: filters.q }), without: without('q', '') });
  for (const type of filters.type) chips.push({ key: `type:${type}`, label: t(`opportunities.types.${type}.title`), without: without('type', filters.type.filter((item) => item !== type)) });
  for (const sector of filters.sector) chips.push({ key: `sector:${sector}`, label: t(`sectors.${sector}`), without: without('sector', filters.sector.filter((item) => item !== sector)) });
  for (const mode of filters.locationMode) {
    chips.push({ key: `mode:${mode}`, label: t(`opportunities.modes.${mode}`), without: without('locationMode', filters.locationMode.filter((item) => item !== mode)) });
  }
  for (const code of filters.country) chips.push({ key: `country:${code}`, label: format.country(code), without: without('country', filters.country.filter((item) => item !== code)) });
  if (filters.city) chips.push({ key: 'city', label: filters.city, without: without('city', '') });
  if (filters.from || filters.to) {
    const from = filters.from && format.date(filters.from);
    const to = filters.to && format.date(filters.to);
    const label = from && to ? t('search.chips.datesBetween', { from, to }) : from ? t('search.chips.datesFrom', { date: from }) : t('search.chips.datesUntil', { date: to });
    chips.push({ key: 'dates', label, without: { ...filters, from: '', to: '' } });
  }
  return chips;
}
