/**
 * The i18next instance behind every translated string. Resources are bundled (no network round trip on a cheap
 * phone), so initialisation is synchronous and the first render is already in the right language.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, directionOf, isLocale, type Locale } from '@kafaat/shared';
import fr from './locales/fr.json';
import ar from './locales/ar.json';
import en from './locales/en.json';
import { storeLocale } from './languagePreference';
import { INTL_LOCALES } from './languages';

/** All translations, keyed by locale; the French file is the reference the others must match. */
export const resources = {
  fr: { translation: fr },
  ar: { translation: ar },
  en: { translation: en },
} as const satisfies Record<Locale, { translation: typeof fr }>;

/** Mirrors the active language onto <html lang dir>, so screen readers, fonts and RTL layout follow it. */
function applyToDocument(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}

/** A fresh, initialised instance in `locale`; one per app (and per test), never a shared global. */
export function createI18n(locale: Locale): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (language) => applyToDocument(isLocale(language) ? language : DEFAULT_LOCALE));
  void instance.init({
    resources,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: LOCALES,
    initAsync: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false }, // React escapes already.
    react: { useSuspense: false },
  });
  return instance;
}

/** Switches the interface language and remembers the choice on this device. */
export function changeLocale(i18n: I18n, locale: Locale): Promise<unknown> {
  storeLocale(locale);
  return i18n.changeLanguage(locale);
}

/** The active interface language, narrowed to a supported locale. */
export function currentLocale(i18n: I18n): Locale {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/** The active locale and its Intl counterpart, for components that format numbers or dates. */
export function useLocale(): { locale: Locale; intlLocale: string } {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return { locale, intlLocale: INTL_LOCALES[locale] };
}
