import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '@kafaat/shared';
import { resources } from '.';

/** "home.hero.title" → value, for every leaf of a translation file. */
function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  if (tree === null || typeof tree !== 'object') {
    leaves.set(prefix, tree);
    return leaves;
  }
  for (const [key, value] of Object.entries(tree)) {
    for (const [path, leaf] of flatten(value, prefix ? `${prefix}.${key}` : key)) leaves.set(path, leaf);
  }
  return leaves;
}

const files = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(resources[locale].translation)])) as Record<
  Locale,
  Map<string, unknown>
>;
const keysOf = (locale: Locale) => [...files[locale].keys()].sort();
const variablesIn = (text: unknown) => [...String(text).matchAll(/{{\s*([\w.]+)/g)].map((match) => match[1]).sort();

describe('translation files', () => {
  it.each(LOCALES)('%s has exactly the same keys as the other languages (no screen shows a raw key)', (locale) => {
    for (const other of LOCALES) expect(keysOf(locale), `${locale} vs ${other}`).toEqual(keysOf(other));
  });

  it.each(LOCALES)('%s has a non-empty text for every key (no blank label on screen)', (locale) => {
    const blank = [...files[locale]].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(blank.map(([key]) => key)).toEqual([]);
  });

  it('uses the same {{variables}} in every language, so no value goes missing in translation', () => {
    for (const [key, french] of files.fr) {
      for (const locale of LOCALES) {
        expect(variablesIn(files[locale].get(key)), `${locale}: ${key}`).toEqual(variablesIn(french));
      }
    }
  });

  it('writes the Arabic interface in Arabic script (no French or English left in place)', () => {
    const notArabic = [...files.ar].filter(([, value]) => !/[\u0600-\u06FF]/.test(String(value)));
    expect(notArabic.map(([key]) => key)).toEqual([]);
  });

  it('translates English rather than copying French', () => {
    const copied = [...files.en].filter(([key, value]) => files.fr.get(key) === value);
    expect(copied.map(([key]) => key)).toEqual([]);
  });
});
