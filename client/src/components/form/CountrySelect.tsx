import { useMemo, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { SelectField } from './Fields';
import type { FormErrorsApi } from './useFormErrors';

type CountrySelectProps = {
  form: FormErrorsApi;
  path: string;
  label: string;
  /** For forms read with FormData on submit. */
  defaultValue?: string;
  /** For forms that keep their values in state (the profile editor): give `value` and `onChange` together. */
  value?: string;
  onChange?: (event: ChangeEvent<HTMLSelectElement>) => void;
  hint?: string;
  optional?: boolean;
  /** Text of the empty choice; "Choose a country" by default. */
  emptyLabel?: string;
  autoComplete?: string;
};

/** A country picker sending ISO alpha-2 codes, listing names in the active language, alphabetically. */
export function CountrySelect({ form, path, label, defaultValue, value, onChange, hint, optional, emptyLabel, autoComplete = 'country' }: CountrySelectProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const countries = useMemo(() => format.sortedCountries(), [format]);
  const valueProps = value === undefined ? { defaultValue: defaultValue ?? '' } : { value, onChange };
  return (
    <SelectField form={form} path={path} label={label} hint={hint} optional={optional} autoComplete={autoComplete} {...valueProps}>
      <option value="">{emptyLabel ?? t('common.chooseCountry')}</option>
      {countries.map(({ code, name }) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </SelectField>
  );
}
