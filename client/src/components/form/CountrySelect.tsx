import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { SelectField } from './Fields';
import type { FormErrorsApi } from './useFormErrors';

/** A country picker sending ISO alpha-2 codes, listing names in the active language, alphabetically. */
export function CountrySelect({ form, path, label, defaultValue }: { form: FormErrorsApi; path: string; label: string; defaultValue?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countries = useMemo(() => format.sortedCountries(), [format]);
  return (
    <SelectField form={form} path={path} label={label} defaultValue={defaultValue ?? ''} autoComplete="country">
      <option value="">{t('common.chooseCountry')}</option>
      {countries.map(({ code, name }) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </SelectField>
  );
}
