/**
 * Finds taxonomy skills in the text of a CV: every label and synonym (French, English, Arabic) is looked for as
 * whole words, after both sides went through `foldText`, so case, accents and Arabic letter variants do not
 * matter. Pure: the index is built once from the skills and reused for every document.
 *
 * Rules, in order:
 * - at each word, the longest phrase that matches wins and its words are consumed ("gestion de projets
 *   informatiques" is one match, not also "gestion de projet");
 * - a phrase written in capitals in the taxonomy (an acronym: "BTP", "HSE", "PM") matches only words written in
 *   capitals, so "pm" in "5 pm" or "per" in "per year" suggest nothing; one-character phrases are never used;
 * - an Arabic word may carry an attached "و"/"ف" (and), or "ب"/"ل"/"ك" before the article: "والهندسة",
 *   "بالهندسة" and "للهندسة" match "الهندسة";
 * - skills are ranked by how often they occur, then by where they first occur; skills to exclude (already in
 *   the profile) are dropped before the limit.
 */
import { foldText, type TaxonomyLabels, type TaxonomySynonyms } from '@kafaat/shared';

/** What the detector needs to know about a skill. */
export interface DetectableSkill {
  id: string;
  labels: TaxonomyLabels;
  synonyms: TaxonomySynonyms;
}

interface Phrase {
  words: string[];
  skillIds: string[];
  /** The phrase as the taxonomy writes it, shown to the talent. */
  text: string;
  acronym: boolean;
}

/** Phrases by their first folded word, longest first. */
export type SkillIndex = Map<string, Phrase[]>;

export interface DetectedSkill {
  skillId: string;
  /** The label or synonym found (first occurrence), as the taxonomy writes it. */
  matched: string;
  occurrences: number;
}

const isAcronym = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

export function buildSkillIndex(skills: DetectableSkill[]): SkillIndex {
  const byFolded = new Map<string, Phrase>();
  for (const skill of skills) {
    for (const lang of ['fr', 'en', 'ar'] as const) {
      for (const text of [skill.labels[lang], ...skill.synonyms[lang]]) {
        const folded = foldText(text);
        if (folded.length < 2) continue;
        const known = byFolded.get(folded);
        if (!known) {
          byFolded.set(folded, { words: folded.split(' '), skillIds: [skill.id], text, acronym: isAcronym(text) });
          continue;
        }
        if (!known.skillIds.includes(skill.id)) known.skillIds.push(skill.id);
        // Written in lower case anywhere: then case does not matter.
        known.acronym &&= isAcronym(text);
      }
    }
  }
  const index: SkillIndex = new Map();
  for (const phrase of byFolded.values()) {
    const first = phrase.words[0]!;
    index.set(first, [...(index.get(first) ?? []), phrase]);
  }
  for (const phrases of index.values()) phrases.sort((a, b) => b.words.length - a.words.length);
  return index;
}

interface Token {
  /** The folded word, and its forms without Arabic clitics. */
  forms: string[];
  /** Written in capitals in the document. */
  upper: boolean;
}

const ARABIC = /[\u0600-\u06ff]/u;

/** The folded word and the same word without an attached conjunction or preposition (Arabic only). */
function formsOf(word: string): string[] {
  if (!ARABIC.test(word)) return [word];
  const forms = [word];
  let stem = word;
  if (/^[وف]/u.test(stem) && stem.length > 3) forms.push((stem = stem.slice(1)));
  if (/^[بكل]ال/u.test(stem) && stem.length > 4) forms.push(stem.slice(1));
  else if (/^لل/u.test(stem) && stem.length > 3) forms.push(`ال${stem.slice(2)}`);
  return forms;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const chunk of text.split(/\s+/u)) {
    const folded = foldText(chunk);
    if (!folded) continue;
    const upper = isAcronym(chunk);
    for (const word of folded.split(' ')) tokens.push({ forms: formsOf(word), upper });
  }
  return tokens;
}

function matchesAt(tokens: Token[], start: number, phrase: Phrase): boolean {
  if (start + phrase.words.length > tokens.length) return false;
  return phrase.words.every((word, k) => {
    const token = tokens[start + k]!;
    return token.forms.includes(word) && (!phrase.acronym || token.upper);
  });
}

export interface DetectOptions {
  /** Skill ids not to suggest (those already in the profile). */
  exclude?: Iterable<string>;
  /** At most this many skills; 25 by default. */
  limit?: number;
}

/** The skills found in `text`, most frequent first. */
export function detectSkills(index: SkillIndex, text: string, { exclude = [], limit = 25 }: DetectOptions = {}): DetectedSkill[] {
  const tokens = tokenize(text);
  const found = new Map<string, DetectedSkill & { first: number }>();
  for (let i = 0; i < tokens.length; ) {
    let best: Phrase | undefined;
    for (const form of tokens[i]!.forms) {
      for (const phrase of index.get(form) ?? []) {
        if (best && phrase.words.length <= best.words.length) break;
        if (matchesAt(tokens, i, phrase)) {
          best = phrase;
          break;
        }
      }
    }
    if (!best) {
      i += 1;
      continue;
    }
    for (const skillId of best.skillIds) {
      const entry = found.get(skillId);
      if (entry) entry.occurrences += 1;
      else found.set(skillId, { skillId, matched: best.text, occurrences: 1, first: i });
    }
    i += best.words.length;
  }
  const excluded = new Set(exclude);
  return [...found.values()]
    .filter((s) => !excluded.has(s.skillId))
    .sort((a, b) => b.occurrences - a.occurrences || a.first - b.first)
    .slice(0, limit)
    .map(({ skillId, matched, occurrences }) => ({ skillId, matched, occurrences }));
}
