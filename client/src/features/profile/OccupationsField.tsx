/**
 * The About step's occupations: up to five ISCO-08 minor groups, chosen in a native <select> grouped by major
 * group (the most reliable picker on cheap phones and with screen readers) and listed as removable items. The
 * list comes from the server; while it loads or if it fails, the rest of the step stays usable.
 */
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/QueryStatus';
import type { FormErrorsApi } from '../../components/form/useFormErrors';
import { currentLocale } from '../../i18n';
import { occupationChoices, useOccupationName, useOccupations } from './occupationsApi';
import { useFocusLater } from './useFocusLater';

/** How many occupations a profile may list (the server refuses more). */
export const MAX_OCCUPATIONS = 5;

type OccupationsFieldProps = {
  form: FormErrorsApi;
  /** The chosen codes, in the order chosen. */
  value: readonly string[];
  /** Receives a function of the current codes, so quick successive clicks all count. */
  onChange(update: (current: string[]) => string[]): void;
};

/** Occupations: a hint saying what they are for, the chosen ones, and a picker for more until five are chosen. */
export function OccupationsField({ form, value, onChange }: OccupationsFieldProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const occupations = useOccupations();
  const name = useOccupationName();
  const focusLater = useFocusLater();
  const [toAdd, setToAdd] = useState('');
  const base = useId();
  const ids = { hint: `${base}-hint`, error: `${base}-error`, select: `${base}-select`, full: `${base}-full` };
  const error = form.errors.fields.occupations;
  const full = value.length >= MAX_OCCUPATIONS;
  const groups = useMemo(() => (occupations.data ? occupationChoices(occupations.data, locale) : []), [occupations.data, locale]);

  function add() {
    if (toAdd === '' || full || value.includes(toAdd)) return;
    onChange((current) => (current.includes(toAdd) || current.length >= MAX_OCCUPATIONS ? current : [...current, toAdd]));
    setToAdd('');
    // Not left on the Add button, which is now disabled: back to the picker, or to the "full" message replacing it.
    focusLater(value.length + 1 >= MAX_OCCUPATIONS ? ids.full : ids.select);
  }

  function remove(index: number) {
    form.clear(); // Errors are tied to positions in the list, which just changed.
    onChange((current) => current.filter((_, i) => i !== index));
    focusLater(occupations.data ? ids.select : form.idFor('occupations'));
  }

  let picker: ReactNode;
  if (occupations.isPending) {
    picker = <Loading label={t('profile.about.occupationsLoading')} />;
  } else if (occupations.isError) {
    // Not an alert: the person can carry on with the rest of the step and come back to this later.
    picker = (
      <div className="notice notice--error">
        <p>{t('profile.about.occupationsLoadError')}</p>
        <button type="button" className="button button--secondary" onClick={() => void occupations.refetch()}>
          {t('common.retry')}
        </button>
      </div>
    );
  } else if (full) {
    picker = (
      <p id={ids.full} tabIndex={-1}>
        {t('profile.about.occupationsFull', { max: MAX_OCCUPATIONS })}
      </p>
    );
  } else {
    picker = (
      <div className="profile-add">
        <div className="field">
          <label className="field__label" htmlFor={ids.select}>
            {t('profile.about.occupationsChoose')}
          </label>
          <select
            id={ids.select}
            value={toAdd}
            onChange={(event) => setToAdd(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault(); // Enter here adds the occupation, it does not save the step.
                add();
              }
            }}
          >
            <option value="">{t('profile.about.occupationsPlaceholder')}</option>
            {groups.map((group) => (
              <optgroup key={group.code} label={group.label}>
                {group.occupations
                  .filter((occupation) => !value.includes(occupation.code))
                  .map((occupation) => (
                    <option key={occupation.code} value={occupation.code}>
                      {occupation.label}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <p>
          <button type="button" className="button button--secondary" onClick={add} disabled={toAdd === ''}>
            {t('profile.about.occupationsAdd')}
          </button>
        </p>
      </div>
    );
  }

  return (
    <fieldset className="field" data-invalid={error ? true : undefined} aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}>
      <legend id={form.idFor('occupations')} tabIndex={-1} className="field__label">
        {t('profile.about.occupations')}{' '}
        <span className="field__optional">{t('common.optional')}</span>
      </legend>
      <p id={ids.hint} className="field__hint">
        {t('profile.about.occupationsHint', { max: MAX_OCCUPATIONS })}
      </p>
      {error ? (
        <p id={ids.error} className="field__error">
          {error}
        </p>
      ) : null}
      {value.length > 0 ? (
        <ul className="profile-edit-list" aria-label={t('profile.about.occupationsListLabel')}>
          {value.map((code, index) => {
            const itemError = form.errors.fields[`occupations.${index}`];
            return (
              <li key={code} className="profile-edit-item">
                <p id={form.idFor(`occupations.${index}`)} tabIndex={-1} className="profile-list__main">
                  {name(code)}
                </p>
                {itemError ? <p className="field__error">{itemError}</p> : null}
                <p>
                  <button type="button" className="button button--secondary button--small" onClick={() => remove(index)}>
                    {t('profile.about.occupationsRemove', { occupation: name(code) })}
                  </button>
                </p>
              </li>
            );
          })}
        </ul>
      ) : null}
      {picker}
    </fieldset>
  );
}
