import { LOCALES, directionOf } from '@kafaat/shared';
import { LANGUAGE_NAMES } from '../../i18n/languages';
import { SelectField } from './Fields';
import type { FormErrorsApi } from './useFormErrors';

/** The language emails and the interface use for this person, each language named in its own script. */
export function LanguageSelect({ form, path, label, hint, defaultValue }: { form: FormErrorsApi; path: string; label: string; hint?: string; defaultValue: string }) {
  return (
    <SelectField form={form} path={path} label={label} hint={hint} defaultValue={defaultValue}>
      {LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale} dir={directionOf(locale)}>
          {LANGUAGE_NAMES[locale]}
        </option>
      ))}
    </SelectField>
  );
}
