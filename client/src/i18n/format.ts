/**
 * Dates, durations and country names formatted with Intl for the active language (ar-MA, fr-MA, en-GB), so every
 * screen writes them the way readers of that language expect.
 */
import { useMemo } from 'react';
import { useLocale } from '.';

/** Every ISO 3166-1 alpha-2 code in use; Intl.DisplayNames names them in the active language. */
export const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
  'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
  'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
  'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
  'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

/** Everything a screen formats, bound to one language. */
export type Formatters = {
  /** "12 mars 2026, 14:05" for an ISO timestamp; the raw text if it is not a date. */
  dateTime(iso: string): string;
  /** "12 mars 2026" for an ISO timestamp or a YYYY-MM-DD day. */
  date(iso: string): string;
  /** "3 minutes", "3 دقائق": plural rules of the language included. */
  minutes(count: number): string;
  /** The country's name for an ISO alpha-2 code, or the code itself if unknown. */
  country(code: string): string;
  /** Country codes sorted by their name in the active language. */
  sortedCountries(): { code: string; name: string }[];
  /** "mars 2021" for a "YYYY-MM" month (experience and education periods); the raw text if it is not one. */
  month(yearMonth: string): string;
  /** A number written the language's way ("1 234" in French). */
  number(value: number): string;
  /** "45 %" for 0.45, with the sign where the language puts it. */
  percent(ratio: number): string;
  /** A language's name for a BCP 47 code ("ary" → "arabe marocain"), or the code itself when Intl has none. */
  language(code: string): string;
  /** "a, b et c" / "أ و ب و ج": a list joined the language's way. */
  list(items: readonly string[]): string;
};

function safeFormat(format: Intl.DateTimeFormat, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

/** Formatters for an Intl locale ("ar-MA"); the Intl objects are built once per language. */
export function createFormatters(intlLocale: string): Formatters {
  const dateTime = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long' });
  const day = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' });
  const minutes = new Intl.NumberFormat(intlLocale, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
  const regions = new Intl.DisplayNames([intlLocale], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(intlLocale);
  const month = new Intl.DateTimeFormat(intlLocale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(intlLocale);
  const percent = new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 0 });
  const languages = new Intl.DisplayNames([intlLocale], { type: 'language', fallback: 'code' });
  const list = new Intl.ListFormat(intlLocale, { type: 'conjunction' });
  const country = (code: string) => {
    try {
      return regions.of(code) ?? code;
    } catch {
      return code; // Not a well-formed region code.
    }
  };
  return {
    dateTime: (iso) => safeFormat(dateTime, iso),
    // A bare day ("2026-11-01") is a calendar date, not an instant: format it in UTC so no timezone shifts it.
    date: (iso) => safeFormat(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? day : date, iso),
    minutes: (count) => minutes.format(count),
    country,
    sortedCountries: () =>
      COUNTRY_CODES.map((code) => ({ code, name: country(code) })).sort((a, b) => collator.compare(a.name, b.name)),
    month: (yearMonth) => {
      const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
      return match ? month.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1))) : yearMonth;
    },
    number: (value) => number.format(value),
    percent: (ratio) => percent.format(ratio),
    language: (code) => {
      try {
        return languages.of(code) ?? code;
      } catch {
        return code; // Not a well-formed language code.
      }
    },
    list: (items) => list.format(items),
  };
}

/** Formatters for the active language, rebuilt only when it changes. */
export function useFormat(): Formatters {
  const { intlLocale } = useLocale();
  return useMemo(() => createFormatters(intlLocale), [intlLocale]);
}
