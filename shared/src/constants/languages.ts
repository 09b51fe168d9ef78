/**
 * Languages a talent can declare, as BCP 47 primary subtags: the ISO 639-1 code where one exists, otherwise the
 * ISO 639-3 code (e.g. "ary" Moroccan Arabic / Darija, "zgh" Standard Moroccan Tamazight). The list covers the
 * languages of Morocco, of the diaspora's host countries and of the migrants living in Morocco; names are shown
 * with Intl.DisplayNames in the reader's language, so only the codes live here.
 */
export const SPOKEN_LANGUAGES = [
  // Morocco
  'ar', 'ary', 'zgh', 'tzm', 'shi', 'rif', 'fr', 'es',
  // Host countries of the diaspora and international languages
  'en', 'de', 'it', 'nl', 'pt', 'ca', 'sv', 'da', 'no', 'fi', 'pl', 'ro', 'el', 'tr', 'ru', 'uk',
  'zh', 'ja', 'ko', 'he', 'fa', 'ur', 'hi', 'bn', 'id', 'ms',
  // West and Central Africa (many migrants in Morocco)
  'wo', 'bm', 'ff', 'ha', 'yo', 'ig', 'tw', 'ee', 'mos', 'dyu', 'snk', 'sus', 'kr', 'ln', 'kg', 'sg', 'dje',
  // East Africa and the Middle East
  'sw', 'am', 'ti', 'so', 'om', 'apc', 'arz', 'ku',
] as const;
export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];

/** Common European Framework of Reference levels, lowest first (also used as self-assessment for Darija and Tamazight). */
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

/** True when `level` is at least `minimum` on the CEFR scale. */
export function cefrAtLeast(level: CefrLevel, minimum: CefrLevel): boolean {
  return CEFR_LEVELS.indexOf(level) >= CEFR_LEVELS.indexOf(minimum);
}
