/**
 * Opportunity search filters: words and city (applied with "Search" or Enter), country and dates (applied when
 * they change), and the type, sector and work-mode facets with their counts.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OPPORTUNITY_TYPES, SECTORS, WORK_MODES, type OpportunitySearchResult } from '@kafaat/shared';
import { CountrySelect } from '../../components/form/CountrySelect';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField, textOf } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { describeUnder } from '../opportunities/editor/issueText';
import { FacetGroup, facetOptions } from './FacetGroup';
import { toggleOpportunityFacet, type OpportunityFacet, type OpportunityFilters } from './opportunityFilters';

const FIELDS = ['q', 'city', 'from', 'to'] as const;
const describeSearchIssue = describeUnder('search.errors');

type Props = {
  filters: OpportunityFilters;
  apply(filters: OpportunityFilters): void;
  facets: OpportunitySearchResult['facets'] | undefined;
};

/** The filters panel of the opportunity search page. */
export function OpportunitySearchFilters({ filters, apply, facets }: Props) {
  const { t } = useTranslation();
  const form = useFormErrors(FIELDS, describeSearchIssue);
  const formElement = useRef<HTMLFormElement>(null);
  const [dates, setDates] = useState({ from: filters.from, to: filters.to });

  // The address changed (Back, a chip): show it in the text fields, left uncontrolled so typing stays cheap.
  useEffect(() => {
    const fields = formElement.current?.elements;
    const q = fields?.namedItem('q');
    const city = fields?.namedItem('city');
    if (q instanceof HTMLInputElement) q.value = filters.q;
    if (city instanceof HTMLInputElement) city.value = filters.city;
  }, [filters.q, filters.city]);
  useEffect(() => setDates({ from: filters.from, to: filters.to }), [filters.from, filters.to]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    const data = new FormData(event.currentTarget);
    apply({ ...filters, q: textOf(data, 'q').trim(), city: textOf(data, 'city').trim() });
  }

  function changeDates(next: { from: string; to: string }) {
    setDates(next);
    if (next.from && next.to && next.to < next.from) return form.showIssues([{ path: 'to', code: 'before_from', message: 'ends before it starts' }]);
    form.clear();
    apply({ ...filters, from: next.from, to: next.to });
  }

  const facet = (name: OpportunityFacet) => ({
    selected: filters[name],
    onToggle: (value: string, on: boolean) => apply(toggleOpportunityFacet(filters, name, value, on)),
  });

  return (
    <form ref={formElement} role="search" noValidate className="form search-form" aria-label={t('search.opportunities.formLabel')} onSubmit={onSubmit}>
      <ErrorSummary form={form} />
      <div className="search-form__text">
        <TextField
          form={form}
          path="q"
          type="search"
          label={t('search.opportunities.q')}
          hint={t('search.opportunities.qHint')}
          optional
          dir="auto"
          enterKeyHint="search"
          maxLength={200}
          defaultValue={filters.q}
        />
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </div>
      <CountrySelect
        form={form}
        path="country"
        label={t('search.opportunities.country')}
        optional
        emptyLabel={t('search.talents.addCountry')}
        autoComplete="off"
        value=""
        onChange={(event) => {
          const code = event.target.value;
          if (code && !filters.country.includes(code)) apply({ ...filters, country: [...filters.country, code] });
        }}
      />
      <TextField
        form={form}
        path="city"
        label={t('search.opportunities.city')}
        hint={t('search.opportunities.cityHint')}
        optional
        dir="auto"
        maxLength={80}
        defaultValue={filters.city}
      />
      <fieldset className="search-form__dates">
        <legend className="field__label">{t('search.opportunities.dates')}</legend>
        <p className="field__hint">{t('search.opportunities.datesHint')}</p>
        <TextField form={form} path="from" type="date" label={t('search.opportunities.from')} optional value={dates.from} onChange={(event) => changeDates({ ...dates, from: event.target.value })} />
        <TextField form={form} path="to" type="date" label={t('search.opportunities.to')} optional value={dates.to} onChange={(event) => changeDates({ ...dates, to: event.target.value })} />
      </fieldset>
      <div className="search-form__facets">
        <h3 className="search-form__subtitle">{t('search.facets.title')}</h3>
        <FacetGroup legend={t('search.opportunities.facets.type')} options={facetOptions(facets?.type, filters.type, (value) => t(`opportunities.types.${value as 'job'}.title`), OPPORTUNITY_TYPES)} {...facet('type')} />
        <FacetGroup legend={t('search.opportunities.facets.sector')} options={facetOptions(facets?.sector, filters.sector, (value) => t(`sectors.${value as 'health'}`), SECTORS)} {...facet('sector')} />
        <FacetGroup legend={t('search.opportunities.facets.locationMode')} options={facetOptions(facets?.locationMode, filters.locationMode, (value) => t(`opportunities.modes.${value as 'onsite'}`), WORK_MODES)} {...facet('locationMode')} />
      </div>
    </form>
  );
}
