import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SPOKEN_LANGUAGES, type SpokenLanguage } from '@kafaat/shared';
import { useLocale } from '../../i18n';
import { useFormat } from '../../i18n/format';

/**
 * Names of spoken languages in the interface language, from Intl.DisplayNames. A few languages that matter here
 * are missing from some browsers' data (Darija in Arabic, Levantine Arabic, Riffian): `profile.languageNames`
 * names them; anything else unknown falls back to its code.
 */
export function useLanguageName(): (code: string) => string {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return useCallback(
    (code: string) => {
      const key = `profile.languageNames.${code}`;
      return i18n.exists(key) ? (t as unknown as (key: string) => string)(key) : format.language(code);
    },
    [format, i18n, t],
  );
}

/** Every language a talent can declare, sorted by its name in the interface language. */
export function useSortedLanguages(): { code: SpokenLanguage; name: string }[] {
  const name = useLanguageName();
  const { intlLocale } = useLocale();
  return useMemo(() => {
    const collator = new Intl.Collator(intlLocale);
    return SPOKEN_LANGUAGES.map((code) => ({ code, name: name(code) })).sort((a, b) => collator.compare(a.name, b.name));
  }, [intlLocale, name]);
}
