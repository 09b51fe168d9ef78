/**
 * Approved changes on top of the taxonomy files, as pure functions: the loader applies the whole change log to
 * what it read from the files, and an approval applies one change to the stored skill. Same rules either way,
 * so a reload rebuilds exactly what the approvals wrote.
 */
import { foldText, type TaxonomyLabels, type TaxonomySynonyms } from '@kafaat/shared';
import type { Taxonomy } from './taxonomyReader';

/** One approved change as the overlay needs it (a TaxonomyChange document has these fields). */
export interface OverlayChange {
  revision: number;
  type: 'new-skill' | 'synonyms';
  skillId: string;
  sector: string;
  labels?: { [lang in keyof TaxonomyLabels]?: string | null } | null;
  synonyms?: { [lang in keyof TaxonomySynonyms]?: string[] | null } | null;
  broader?: string[] | null;
  related?: string[] | null;
  isco?: string[] | null;
}

const LANGS = ['fr', 'en', 'ar'] as const;

/** `existing` plus the `added` synonyms it lacks (case and accents ignored), in their order. */
export function mergeSynonyms(existing: TaxonomySynonyms, added: OverlayChange['synonyms']): TaxonomySynonyms {
  const merged = { fr: [...existing.fr], en: [...existing.en], ar: [...existing.ar] };
  for (const lang of LANGS) {
    const known = new Set(merged[lang].map(foldText));
    for (const synonym of added?.[lang] ?? []) {
      if (known.has(foldText(synonym))) continue;
      known.add(foldText(synonym));
      merged[lang].push(synonym);
    }
  }
  return merged;
}

/** The version of files plus changes: the files' hash alone until a change is approved, then "<hash>-r<revision>". */
export function effectiveVersion(filesVersion: string, lastRevision: number): string {
  return lastRevision > 0 ? `${filesVersion}-r${lastRevision}` : filesVersion;
}

/**
 * The taxonomy with every change applied in revision order. A new skill whose id the files now hold is left to the
 * files; synonyms of a skill the files dropped are skipped; references to skills that no longer exist are removed.
 */
export function withChanges(files: Taxonomy, changes: OverlayChange[]): Taxonomy {
  if (changes.length === 0) return files;
  const byId = new Map(files.skills.map((skill) => [skill.id, skill]));
  const ordered = [...changes].sort((a, b) => a.revision - b.revision);
  for (const change of ordered) {
    const skill = byId.get(change.skillId);
    if (change.type === 'new-skill' && !skill && change.labels?.fr && change.labels.en && change.labels.ar) {
      byId.set(change.skillId, {
        id: change.skillId,
        sector: change.sector,
        labels: { fr: change.labels.fr, en: change.labels.en, ar: change.labels.ar },
        synonyms: mergeSynonyms({ fr: [], en: [], ar: [] }, change.synonyms),
        broader: [...(change.broader ?? [])],
        related: [...(change.related ?? [])],
        isco: [...(change.isco ?? [])],
      });
    } else if (change.type === 'synonyms' && skill) {
      byId.set(skill.id, { ...skill, synonyms: mergeSynonyms(skill.synonyms, change.synonyms) });
    }
  }
  const skills = [...byId.values()].map((skill) => ({
    ...skill,
    broader: skill.broader.filter((id) => byId.has(id)),
    related: skill.related.filter((id) => byId.has(id)),
  }));
  return { version: effectiveVersion(files.version, ordered.at(-1)!.revision), skills };
}

/** The kebab-case slug of an English name: "C++ / Qt programming" → "c-qt-programming". */
export function slugOf(name: string): string {
  const slug = foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'skill';
}

/** `<sector>.<slug>`, with "-2", "-3"… appended until `taken` says the id is free. */
export async function uniqueSkillId(sector: string, englishName: string, taken: (id: string) => Promise<boolean>): Promise<string> {
  const base = `${sector}.${slugOf(englishName)}`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}
