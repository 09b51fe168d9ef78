/**
 * Where the interface language comes from: `?lang=` in the address (shareable, and remembered), then the choice
 * stored on this device, then French. Storage can be unavailable (private browsing, blocked cookies); the
 * language still works for the visit, it is just not remembered.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '@kafaat/shared';

/** localStorage key holding the last language the user chose. */
export const LANGUAGE_STORAGE_KEY = 'kafaat.lang';

/** The supported locale named by `?lang=` in a query string, if any. */
export function localeFromSearch(search: string): Locale | undefined {
  const requested = new URLSearchParams(search).get('lang');
  return isLocale(requested) ? requested : undefined;
}

/** The locale remembered on this device, if storage is readable and holds a supported one. */
export function readStoredLocale(): Locale | undefined {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the user's choice on this device; silently does nothing when storage is blocked. */
export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, locale);
  } catch {
    // Storage is unavailable: the choice lasts for this visit only.
  }
}

/** The language to start in for a page load at `search`; a `?lang=` choice is remembered for later visits. */
export function startupLocale(search: string): Locale {
  const fromUrl = localeFromSearch(search);
  if (fromUrl) {
    storeLocale(fromUrl);
    return fromUrl;
  }
  return readStoredLocale() ?? DEFAULT_LOCALE;
}
