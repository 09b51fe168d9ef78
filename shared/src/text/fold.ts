/**
 * The one text normalisation of Kafaat search: applied to every text before it is indexed AND to every query
 * before it is sent, because the Elasticsearch we run has neither asciifolding nor the ICU plugin. Whatever
 * two spellings fold to the same string match each other ("Génie-civil" / "genie civil", "الهَندسة" / "الهندسة").
 *
 * Steps, in order:
 * 1. Unicode NFKD: splits accented letters into letter + combining mark and expands compatibility forms
 *    (Arabic presentation forms such as the "ﻻ" ligature, "ﬁ", full-width letters, superscripts).
 * 2. Lowercase (locale-independent).
 * 3. Latin letters NFKD leaves whole: œ → oe, æ → ae, ß → ss, ø → o, đ → d, ł → l, ı → i, þ → th, ð → d.
 * 4. Strip every combining mark: Latin accents, and Arabic tashkeel/harakat U+064B–U+065F, superscript
 *    alef U+0670 and Quranic marks; strip tatweel U+0640 and invisible format characters (ZWJ, RLM, BOM…).
 * 5. Arabic letter variants: أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي (plus Persian ی → ي and ک → ك, which
 *    keyboards often produce).
 * 6. Eastern Arabic digits ٠-٩ and Persian/Urdu digits ۰-۹ → 0-9.
 * 7. Apostrophes, hyphens, punctuation and symbols → space. "+" and "#" are kept because they carry meaning in
 *    skill names ("C++", "C#").
 * 8. Collapse whitespace and trim.
 *
 * The function is idempotent: foldText(foldText(s)) === foldText(s).
 */

const LATIN_LETTERS: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};
const LATIN_LETTERS_RE = /[œæßøđłıþð]/g;

const ARABIC_LETTERS: Record<string, string> = {
  'أ': 'ا', // alef with hamza above
  'إ': 'ا', // alef with hamza below
  'آ': 'ا', // alef with madda
  'ٱ': 'ا', // alef wasla
  'ى': 'ي', // alef maksura
  'ة': 'ه', // teh marbuta
  'ؤ': 'و', // waw with hamza
  'ئ': 'ي', // yeh with hamza
  'ی': 'ي', // Persian yeh
  'ک': 'ك', // Persian keheh
};
const ARABIC_LETTERS_RE = /[أإآٱىةؤئیک]/g;

/** Combining marks of every script (includes Arabic harakat U+064B–U+065F, U+0670), tatweel, format characters. */
const MARKS_RE = /[\p{M}\u064B-\u065F\u0670\u0640\p{Cf}]/gu;

/** Eastern Arabic (U+0660–U+0669) and extended Arabic-Indic (U+06F0–U+06F9) digits. */
const EASTERN_DIGITS_RE = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Punctuation (apostrophes, hyphens, quotes, Arabic comma…) and symbols, except "+" and "#". */
const PUNCTUATION_RE = /[^\P{P}#]|[^\P{S}+]/gu;

/**
 * Folded forms of short strings already seen (words, names, skill labels): search folds every word of every result
 * to mark highlights and every candidate's city to compare places, mostly the same few thousand words. Bounded:
 * emptied when full. Long texts (summaries) are folded each time.
 */
const MEMO_MAX_LENGTH = 64;
const MEMO_MAX_ENTRIES = 50_000;
const memo = new Map<string, string>();

export function foldText(s: string): string {
  if (s.length > MEMO_MAX_LENGTH) return fold(s);
  let folded = memo.get(s);
  if (folded === undefined) {
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    folded = fold(s);
    memo.set(s, folded);
  }
  return folded;
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(LATIN_LETTERS_RE, (c) => LATIN_LETTERS[c] ?? c)
    .replace(MARKS_RE, '')
    .replace(ARABIC_LETTERS_RE, (c) => ARABIC_LETTERS[c] ?? c)
    .replace(EASTERN_DIGITS_RE, (c) => String((c.charCodeAt(0) - (c.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660))))
    .replace(PUNCTUATION_RE, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
