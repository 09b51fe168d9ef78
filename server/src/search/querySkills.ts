/**
 * Query understanding for talent search: the taxonomy skills a free-text query names ("ممرضة", "data scientist",
 * "soudeur TIG"), found by the CV skill detector in their French, English and Arabic names alike, and the skills
 * close to them in the taxonomy (one hop, as matching reads them). The translator lets a talent holding them match
 * whatever language they wrote their profile in (translators/talentSearch.ts).
 *
 * The detector's index is built once per taxonomy snapshot, which is itself loaded once per taxonomy version
 * (services/taxonomy/taxonomySnapshot.ts): a search reads no skill from MongoDB and only tokenises its own text.
 */
import type { CloseRelation } from '@kafaat/shared';
import type { SkillNames } from './mappings/profiles';
import { closeSkillsOf } from './matching/skillGraph';
import { buildSkillIndex, detectSkills, type SkillIndex } from '../services/taxonomy/skillDetector';
import { taxonomySnapshot, type TaxonomySnapshot } from '../services/taxonomy/taxonomySnapshot';

/** What a query's text names in the taxonomy. */
export interface QuerySkills {
  /**
   * One list per name found in the text: the skills it names, the more specific ones and the related ones (any of
   * them will do). Broader skills are left out: the general skill alone is the basics, not what was asked
   * ("Médecine" for "cardiologue"); they only rank.
   */
  required: string[][];
  /** The skills named. */
  exact: string[];
  /** Skills close to a named one, not named themselves, by how they relate to it (the closest relation when several). */
  close: Record<CloseRelation, string[]>;
}

export const NO_QUERY_SKILLS: QuerySkills = { required: [], exact: [], close: { narrower: [], related: [], broader: [] } };

/** From the closest relation to the loosest, as matching credits them (matching/score.ts CLOSE_CREDIT). */
const RELATIONS: CloseRelation[] = ['narrower', 'related', 'broader'];

/** Past this many names a query is a sentence rather than a search; the most frequent, then the first, are kept. */
const MAX_NAMED = 5;

/** Each snapshot's index, dropped with the snapshot when a new taxonomy version replaces it. */
const indices = new WeakMap<TaxonomySnapshot, SkillIndex>();

function skillIndexOf(snapshot: TaxonomySnapshot): SkillIndex {
  let index = indices.get(snapshot);
  if (!index) {
    index = buildSkillIndex(
      [...snapshot.names.values()].map((s: SkillNames) => ({
        id: String(s._id),
        labels: s.labels,
        synonyms: { fr: s.synonyms?.fr ?? [], en: s.synonyms?.en ?? [], ar: s.synonyms?.ar ?? [] },
      })),
    );
    indices.set(snapshot, index);
  }
  return index;
}

/** The skills `text` names (as typed: capitals tell an acronym such as "BIM" from a word) and those close to them. */
export function skillsNamedIn(snapshot: TaxonomySnapshot, text: string): QuerySkills {
  const found = detectSkills(skillIndexOf(snapshot), text, { limit: MAX_NAMED });
  if (found.length === 0) return NO_QUERY_SKILLS;
  // One name may stand for several skills ("photovoltaïque"): any of them answers it.
  const byName = new Map<string, string[]>();
  for (const { skillId, matched } of found) byName.set(matched, [...(byName.get(matched) ?? []), skillId]);
  const exact = found.map((s) => s.skillId);
  const named = new Set(exact);
  const closest = new Map<string, CloseRelation>();
  const required = [...byName.values()].map((ids) => {
    const near = ids.flatMap((id) => closeSkillsOf(snapshot.graph, id));
    for (const { skillId, relation } of near) {
      const known = closest.get(skillId);
      if (!named.has(skillId) && (!known || RELATIONS.indexOf(relation) < RELATIONS.indexOf(known))) closest.set(skillId, relation);
    }
    return [...new Set([...ids, ...near.filter((c) => c.relation !== 'broader').map((c) => c.skillId)])];
  });
  const close = Object.fromEntries(RELATIONS.map((relation) => [relation, [...closest].filter(([, r]) => r === relation).map(([id]) => id)])) as QuerySkills['close'];
  return { required, exact, close };
}

/** The skills a search's free text names, from the taxonomy held in memory. */
export async function querySkills(text: string | null | undefined): Promise<QuerySkills> {
  if (!text?.trim()) return NO_QUERY_SKILLS;
  return skillsNamedIn(await taxonomySnapshot(), text);
}
