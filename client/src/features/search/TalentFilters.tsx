/**
 * The talent search filters: free text (applied with "Search" or Enter), then skills, languages, place, dates,
 * verification and experience, each applied as soon as it changes, and the facets with their counts. Dates and
 * text are checked before they are applied, with the message next to the field.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CEFR_LEVELS, ENGAGEMENT_INTERESTS, MOBILITY_FILTERS, SECTORS, TALENT_KINDS, type CefrLevel, type TalentSearchResult } from '@kafaat/shared';
import { CountrySelect } from '../../components/form/CountrySelect';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { CheckboxField, SelectField, TextField, textOf } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { SkillChips } from '../../components/skills/SkillChips';
import { SkillPicker } from '../../components/skills/SkillPicker';
import { useFormat } from '../../i18n/format';
import { describeUnder } from '../opportunities/editor/issueText';
import { rememberSkillLabels } from '../profile/profileApi';
import { useLanguageName, useSortedLanguages } from '../profile/languageNames';
import { FacetGroup, facetOptions } from './FacetGroup';
import { facetValues, toggleFacet, type TalentFacet, type TalentFilters as Filters } from './talentFilters';

const FIELDS = ['q', 'availableFrom', 'availableTo', 'minYears'] as const;
const describeSearchIssue = describeUnder('search.errors');
/** Choices of "at least N years of practice". */
const YEARS = [1, 2, 3, 5, 10, 15, 20];

type TalentFiltersProps = {
  filters: Filters;
  apply(filters: Filters): void;
  /** The facets of the latest answer (undefined before the first one). */
  facets: TalentSearchResult['facets'] | undefined;
  skillLabel(id: string): string;
};

/** The filters panel of the talent search page. */
export function TalentFilters({ filters, apply, facets, skillLabel }: TalentFiltersProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormErrors(FIELDS, describeSearchIssue);
  const format = useFormat();
  const languageName = useLanguageName();
  const formElement = useRef<HTMLFormElement>(null);
  const [dates, setDates] = useState({ from: filters.availableFrom, to: filters.availableTo });
  const pickerInput = useRef<HTMLInputElement>(null);
  const modeId = useId();

  // Back, forward, a chip or "Clear all" changed the address: show its values in the fields. The text field is
  // left uncontrolled so typing does not redraw the whole panel (long country and language lists) at each key.
  useEffect(() => {
    const input = formElement.current?.elements.namedItem('q');
    if (input instanceof HTMLInputElement) input.value = filters.q;
  }, [filters.q]);
  useEffect(() => setDates({ from: filters.availableFrom, to: filters.availableTo }), [filters.availableFrom, filters.availableTo]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = textOf(new FormData(event.currentTarget), 'q');
    if (text.trim().length > 200) return form.showIssues([{ path: 'q', code: 'too_big', message: 'at most 200 characters' }]);
    form.clear();
    apply({ ...filters, q: text.trim() });
  }

  function changeDates(next: { from: string; to: string }) {
    setDates(next);
    if (next.from && next.to && next.to < next.from) return form.showIssues([{ path: 'availableTo', code: 'before_from', message: 'ends before it starts' }]);
    form.clear();
    apply({ ...filters, availableFrom: next.from, availableTo: next.to });
  }

  const facet = (name: TalentFacet) => ({
    selected: facetValues(filters, name),
    onToggle: (value: string, on: boolean) => apply(toggleFacet(filters, name, value, on)),
  });

  const years = filters.minYears !== null && !YEARS.includes(filters.minYears) ? [...YEARS, filters.minYears].sort((a, b) => a - b) : YEARS;

  return (
    <form ref={formElement} role="search" noValidate className="form search-form" aria-label={t('search.talents.formLabel')} onSubmit={onSubmit}>
      <ErrorSummary form={form} />
      <div className="search-form__text">
        <TextField
          form={form}
          path="q"
          type="search"
          label={t('search.talents.q')}
          hint={t('search.talents.qHint')}
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

      <div className="search-form__group">
        <SkillPicker
          ref={pickerInput}
          label={t('search.talents.skills')}
          exclude={filters.skills}
          onSelect={(skill) => {
            rememberSkillLabels(queryClient, skill.id, skill.labels);
            apply({ ...filters, skills: [...filters.skills, skill.id] });
          }}
        />
        <SkillChips
          label={t('search.talents.skillsChosen')}
          skills={filters.skills.map((id) => ({ id, label: skillLabel(id) }))}
          onRemove={(id) => apply({ ...filters, skills: filters.skills.filter((skill) => skill !== id) })}
          focusWhenEmpty={pickerInput}
        />
        {filters.skills.length > 1 ? (
          <fieldset className="radio-group" aria-describedby={`${modeId}-hint`}>
            <legend className="field__label">{t('search.talents.skillsMode')}</legend>
            <p id={`${modeId}-hint`} className="field__hint">
              {t('search.talents.skillsModeHint')}
            </p>
            {(['all', 'any'] as const).map((mode) => (
              <div key={mode} className="radio">
                <input
                  type="radio"
                  id={`${modeId}-${mode}`}
                  name="skillsMode"
                  value={mode}
                  checked={filters.skillsMode === mode}
                  onChange={() => apply({ ...filters, skillsMode: mode })}
                />
                <label htmlFor={`${modeId}-${mode}`}>{t(`search.talents.skillsModes.${mode}`)}</label>
              </div>
            ))}
          </fieldset>
        ) : null}
      </div>

      <LanguageFilter filters={filters} apply={apply} />

      <CountrySelect
        form={form}
        path="country"
        label={t('search.talents.country')}
        hint={t('search.talents.countryHint')}
        optional
        emptyLabel={t('search.talents.addCountry')}
        autoComplete="off"
        value=""
        onChange={(event) => {
          const code = event.target.value;
          if (code && !filters.country.includes(code)) apply({ ...filters, country: [...filters.country, code] });
        }}
      />

      <fieldset className="search-form__dates">
        <legend className="field__label">{t('search.talents.availability')}</legend>
        <p className="field__hint">{t('search.talents.availabilityHint')}</p>
        <TextField form={form} path="availableFrom" type="date" label={t('search.talents.availableFrom')} optional value={dates.from} onChange={(event) => changeDates({ ...dates, from: event.target.value })} />
        <TextField form={form} path="availableTo" type="date" label={t('search.talents.availableTo')} optional value={dates.to} onChange={(event) => changeDates({ ...dates, to: event.target.value })} />
      </fieldset>

      <CheckboxField
        form={form}
        path="verifiedOnly"
        label={t('search.talents.verifiedOnly')}
        hint={t('search.talents.verifiedOnlyHint')}
        checked={filters.verifiedOnly}
        onChange={(event) => apply({ ...filters, verifiedOnly: event.target.checked })}
      />

      <SelectField
        form={form}
        path="minYears"
        label={t('search.talents.minYears')}
        value={filters.minYears === null ? '' : String(filters.minYears)}
        onChange={(event) => apply({ ...filters, minYears: event.target.value === '' ? null : Number(event.target.value) })}
      >
        <option value="">{t('search.talents.anyYears')}</option>
        {years.map((count) => (
          <option key={count} value={count}>
            {t('search.talents.minYearsOption', { count, years: format.number(count) })}
          </option>
        ))}
      </SelectField>

      <div className="search-form__facets">
        <h3 className="search-form__subtitle">{t('search.facets.title')}</h3>
        <FacetGroup legend={t('search.talents.facets.kind')} options={facetOptions(facets?.kind, filters.kind, (value) => t(`profile.kinds.${value as 'migrant'}.title`), TALENT_KINDS)} {...facet('kind')} />
        <FacetGroup legend={t('search.talents.facets.sector')} options={facetOptions(facets?.sector, filters.sector, (value) => t(`sectors.${value as 'health'}`), SECTORS)} {...facet('sector')} />
        <FacetGroup
          legend={t('search.talents.facets.interest')}
          options={facetOptions(facets?.interest, filters.interest, (value) => t(`profile.engagement.interestOptions.${value as 'employment'}.title`), ENGAGEMENT_INTERESTS)}
          {...facet('interest')}
        />
        <FacetGroup
          legend={t('search.talents.facets.mobility')}
          hint={t('search.talents.facets.mobilityHint')}
          options={facetOptions(facets?.mobility, filters.mobility, (value) => t(`profile.view.mobility.${value as 'remote'}`), MOBILITY_FILTERS)}
          {...facet('mobility')}
        />
        <FacetGroup legend={t('search.talents.facets.country')} options={facetOptions(facets?.country, filters.country, (value) => format.country(value))} {...facet('country')} />
        <FacetGroup
          legend={t('search.talents.facets.languages')}
          hint={t('search.talents.facets.languagesHint')}
          options={facetOptions(facets?.languages, facetValues(filters, 'languages'), (value) => languageName(value))}
          {...facet('languages')}
        />
        <FacetGroup legend={t('search.talents.facets.skills')} options={facetOptions(facets?.skills, filters.skills, (value, label) => label ?? skillLabel(value))} {...facet('skills')} />
      </div>
    </form>
  );
}

/** Languages the talent must speak, each with the lowest level accepted (a first language counts as C2). */
function LanguageFilter({ filters, apply }: { filters: Filters; apply(filters: Filters): void }) {
  const { t } = useTranslation();
  const id = useId();
  const languageName = useLanguageName();
  const sorted = useSortedLanguages();
  const [adding, setAdding] = useState<{ code: string; level: CefrLevel }>({ code: '', level: 'B2' });
  const chosen = new Set(filters.languages.map((language) => language.code));
  const levels = CEFR_LEVELS.map((level) => (
    <option key={level} value={level}>
      {t(`profile.languages.cefrShort.${level}`)}
    </option>
  ));

  function add() {
    const match = sorted.find((language) => language.code === adding.code);
    if (!match || chosen.has(match.code)) return;
    apply({ ...filters, languages: [...filters.languages, { code: match.code, minLevel: adding.level }] });
    setAdding({ code: '', level: adding.level });
  }

  return (
    <fieldset className="search-form__group search-languages" aria-describedby={`${id}-hint`}>
      <legend className="field__label">{t('search.talents.languages')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('search.talents.languagesHint')}
      </p>
      {filters.languages.length > 0 ? (
        <ul className="search-languages__list" aria-label={t('search.talents.languagesChosen')}>
          {filters.languages.map((language) => {
            const name = languageName(language.code);
            return (
              <li key={language.code} className="search-languages__row">
                <span className="search-languages__name">{name}</span>
                <select
                  aria-label={t('search.talents.languageLevel', { language: name })}
                  value={language.minLevel}
                  onChange={(event) =>
                    apply({ ...filters, languages: filters.languages.map((item) => (item.code === language.code ? { ...item, minLevel: event.target.value as CefrLevel } : item)) })
                  }
                >
                  {levels}
                </select>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('search.talents.removeLanguage', { language: name })}
                  onClick={() => apply({ ...filters, languages: filters.languages.filter((item) => item.code !== language.code) })}
                >
                  {t('search.talents.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="search-languages__add">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-add`}>
            {t('search.talents.language')}
          </label>
          <select id={`${id}-add`} value={adding.code} onChange={(event) => setAdding({ ...adding, code: event.target.value })}>
            <option value="">{t('search.talents.chooseLanguage')}</option>
            {sorted
              .filter((language) => !chosen.has(language.code))
              .map((language) => (
                <option key={language.code} value={language.code}>
                  {language.name}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-level`}>
            {t('search.talents.minLevel')}
          </label>
          <select id={`${id}-level`} value={adding.level} onChange={(event) => setAdding({ ...adding, level: event.target.value as CefrLevel })}>
            {levels}
          </select>
        </div>
        <button type="button" className="button button--secondary" onClick={add} disabled={adding.code === '' || filters.languages.length >= 8}>
          {t('search.talents.addLanguage')}
        </button>
      </div>
    </fieldset>
  );
}
