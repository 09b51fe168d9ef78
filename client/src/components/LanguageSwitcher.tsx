import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LOCALES, directionOf, isLocale } from '@kafaat/shared';
import { changeLocale, currentLocale } from '../i18n';
import { LANGUAGE_NAMES } from '../i18n/languages';

/**
 * The header's language choice: a labelled native <select> (keyboard and screen-reader friendly on every phone),
 * each language named in its own script. The choice is remembered; if the address carries `?lang=`, it is updated
 * too, so reloading or sharing the page keeps the language just chosen.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const id = useId();

  function onChange(event: ChangeEvent<HTMLSelectElement>) {
    const next = event.target.value;
    if (!isLocale(next)) return;
    void changeLocale(i18n, next);
    if (searchParams.has('lang')) {
      setSearchParams(
        (params) => {
          params.set('lang', next);
          return params;
        },
        { replace: true },
      );
    }
  }

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('layout.language')}</label>
      <select id={id} value={currentLocale(i18n)} onChange={onChange}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale} dir={directionOf(locale)}>
            {LANGUAGE_NAMES[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
