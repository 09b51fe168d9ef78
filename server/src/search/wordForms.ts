/**
 * The other forms of a word that a searcher means too: a French job title in the masculine and the feminine
 * ("infirmier" / "infirmière", "ingénieur" / "ingénieure", "développeur" / "développeuse", "formateur" /
 * "formatrice", "technicien" / "technicienne", "avocat" / "avocate", "chef" / "cheffe") and the singular and
 * plural ("ingénieurs", "nurses"). Folded words in (shared foldText: lowercase, no accents), folded forms out,
 * the word itself excluded.
 *
 * The cluster we run has no stemmer (no analysis-common module), so a query asks for each form instead, exactly;
 * a few forms are not French words ("ingénieuse" for "ingénieur" is another word): a form matches only where it
 * is written, so a stray one costs a term lookup, not a wrong result. Typos are left to the fuzzy fallback
 * (search/talents.ts).
 */

/** Masculine ending → feminine endings, and back; the first ending that fits a word is used. */
const GENDER: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['cheffe', ['chef']],
  ['chef', ['cheffe']],
  ['trice', ['teur']],
  ['teur', ['trice', 'teure']],
  ['euse', ['eur']],
  ['eure', ['eur']],
  ['eur', ['eure', 'euse']],
  ['ienne', ['ien']],
  ['ien', ['ienne']],
  ['iere', ['ier']],
  ['ier', ['iere']],
  ['ere', ['er']],
  ['er', ['ere']],
  ['elle', ['el']],
  ['el', ['elle']],
  ['ive', ['if']],
  ['if', ['ive']],
  ['ante', ['ant']],
  ['ente', ['ent']],
  ['ant', ['ante']],
  ['ent', ['ente']],
  ['ate', ['at']],
  ['at', ['ate']],
];

/** Words shorter than this have no other form (articles, "bac", "it", "ia"). */
const MIN_LENGTH = 4;

/** The singular of a plural written with -s or -x ("ingenieurs", "bureaux" is left alone), else the word. */
function singular(word: string): string {
  return word.length > MIN_LENGTH && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export function wordForms(word: string): string[] {
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return [];
  const one = singular(word);
  const rule = GENDER.find(([ending]) => one.endsWith(ending) && (one.length - ending.length >= 2 || one === ending));
  const genders = [one, ...(rule ? rule[1].map((other) => one.slice(0, -rule[0].length) + other) : [])];
  const forms = genders.flatMap((form) => [form, `${form}s`]);
  return [...new Set(forms)].filter((form) => form !== word);
}
