/**
 * Highlights shown as the talent or organisation wrote them. Elasticsearch highlights the folded copy it searches
 * ("ingenieur"), which is not what the reader should see ("Ingénieur"): the words it marked are taken from its
 * fragments and marked again in the original text, where a word is a match when it folds to a marked term.
 * Everything else is HTML-escaped, so the only markup in a highlight is <em>.
 */
import { foldText } from '@kafaat/shared';
import { wordForms } from './wordForms';

const EM = /<em>(.*?)<\/em>/g;
/** A word as the standard tokenizer sees one, near enough: letters, marks, digits, and the + # foldText keeps. */
const WORD = /[\p{L}\p{M}\p{N}+#_]+/gu;

/** The folded terms Elasticsearch marked in its fragments. */
export function markedTerms(fragments: string[] | undefined): Set<string> {
  const terms = new Set<string>();
  for (const fragment of fragments ?? []) for (const m of fragment.matchAll(EM)) for (const t of m[1]!.split(/\s+/)) if (t) terms.add(t);
  return terms;
}

/** Whether a word of the text, folded, is one of the terms (folding can split one: an underscore becomes a space). */
function isTerm(word: string, terms: ReadonlySet<string>): boolean {
  const folded = foldText(word);
  return folded.includes(' ') ? folded.split(' ').some((t) => terms.has(t)) : terms.has(folded);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * `text` with the words folding to a marked term between <em> and </em>; cut to about `maxLength` characters
 * around the first match (with "…") when longer. Null when no word of the text matches.
 */
export function highlightOriginal(text: string, terms: ReadonlySet<string>, maxLength = Infinity): string | null {
  if (terms.size === 0 || !text) return null;
  // Most texts hold none of the words: a first pass looks for one without keeping anything.
  let any = false;
  for (const m of text.matchAll(WORD)) if ((any = isTerm(m[0], terms))) break;
  if (!any) return null;
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, hit: isTerm(m[0], terms) }));
  const first = words.find((w) => w.hit)!;
  let from = 0;
  let to = text.length;
  if (text.length > maxLength) {
    from = Math.max(0, first.start - Math.floor(maxLength / 4));
    to = Math.min(text.length, from + maxLength);
    // Cut between words, never inside one.
    const startWord = words.find((w) => w.end > from);
    if (startWord && startWord.start < from) from = startWord.end;
    const endWord = words.find((w) => w.start < to && w.end > to);
    if (endWord) to = endWord.start;
  }
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const w of words) {
    if (!w.hit || w.start < from || w.end > to) continue;
    out += `${escapeHtml(text.slice(at, w.start))}<em>${escapeHtml(text.slice(w.start, w.end))}</em>`;
    at = w.end;
  }
  out += escapeHtml(text.slice(at, to).trimEnd()) + (to < text.length ? '…' : '');
  return from > 0 ? out.replace(/^…\s+/, '…') : out;
}

/**
 * The words of a folded query, as the standard tokenizer splits them, and their other forms (search/wordForms.ts):
 * what an exact match can mark. Talent search marks these in the app rather than asking Elasticsearch to
 * highlight (docs/PERFORMANCE.md).
 */
export const queryTerms = (folded: string | null): Set<string> => new Set((folded ?? '').split(' ').filter(Boolean).flatMap((word) => [word, ...wordForms(word)]));

/** Whether the two sets share a word (the query's few terms are looked up in the other set). */
export function sharesWord(words: ReadonlySet<string>, terms: ReadonlySet<string>): boolean {
  for (const term of terms) if (words.has(term)) return true;
  return false;
}
