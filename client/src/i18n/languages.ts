import type { Locale } from '@kafaat/shared';

/**
 * Each language named in its own script. These names are the same whatever the interface language is (a reader
 * looks for their own language's name), so they live here rather than in the translation files.
 */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  fr: 'Français',
  ar: 'العربية',
  en: 'English',
};

/**
 * The Intl locale used to format numbers and dates for each interface language. Moroccan variants: `ar-MA` writes
 * Western digits (0–9) as Moroccan readers expect, where plain `ar` gives Eastern Arabic digits in some browsers.
 */
export const INTL_LOCALES: Readonly<Record<Locale, string>> = {
  fr: 'fr-MA',
  ar: 'ar-MA',
  en: 'en-GB',
};
