/** Languages the interface is offered in; French is the default (the programme's working language). */
export const LOCALES = ['fr', 'ar', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** Locales written right to left: the client sets dir="rtl" on the document for them. */
export const RTL_LOCALES: ReadonlySet<Locale> = new Set<Locale>(['ar']);

/** Narrows any string (a query parameter, a stored preference) to a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Text direction of a locale, for the document's dir attribute. */
export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
}
