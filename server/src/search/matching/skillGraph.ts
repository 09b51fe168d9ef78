/**
 * The taxonomy's relations as matching uses them: for a required skill, which skills of a talent may stand in
 * for it (one hop: its broader skills, its narrower ones, its related ones, related being read both ways). Pure;
 * built once per taxonomy version by services/taxonomy/taxonomySnapshot.ts.
 */
import type { CloseRelation } from '@kafaat/shared';

/** What the graph needs of a taxonomy skill (a lean Skill document fits). */
export interface SkillRelationsSource {
  _id: string;
  broader?: string[] | null;
  related?: string[] | null;
}

/** Close skills per skill, for scoring (which stand-in) and retrieval (which ids to ask for). */
export interface SkillGraph {
  /** The version of the taxonomy it was built from (for caching). */
  version: string;
  /** For each skill, the skills close to it and how each relates to it (e.g. `narrower`: more specific). */
  close: ReadonlyMap<string, ReadonlyArray<{ skillId: string; relation: CloseRelation }>>;
}

/** Builds the relations of every skill; ids that name no skill of the taxonomy are ignored. */
export function buildSkillGraph(skills: SkillRelationsSource[], version: string): SkillGraph {
  const known = new Set(skills.map((s) => String(s._id)));
  const close = new Map<string, Map<string, CloseRelation>>();
  const add = (from: string, to: string, relation: CloseRelation) => {
    if (from === to || !known.has(from) || !known.has(to)) return;
    const entry = close.get(from) ?? new Map<string, CloseRelation>();
    // A pair both broader and related keeps the hierarchy: it says more about how much of the skill is covered.
    if (!entry.has(to) || entry.get(to) === 'related') entry.set(to, relation);
    close.set(from, entry);
  };
  for (const skill of skills) {
    const id = String(skill._id);
    for (const parent of skill.broader ?? []) {
      add(id, parent, 'broader');
      add(parent, id, 'narrower');
    }
    for (const other of skill.related ?? []) {
      add(id, other, 'related');
      add(other, id, 'related');
    }
  }
  return {
    version,
    close: new Map([...close].map(([id, entry]) => [id, [...entry].map(([skillId, relation]) => ({ skillId, relation }))])),
  };
}

/** The skills close to `skillId` (never itself). */
export const closeSkillsOf = (graph: SkillGraph, skillId: string) => graph.close.get(skillId) ?? [];

/** The ids themselves and every skill close to one of them, without duplicates, for retrieval. */
export function withCloseSkills(graph: SkillGraph, ids: readonly string[]): { exact: string[]; close: string[] } {
  const exact = [...new Set(ids)];
  const taken = new Set(exact);
  const close: string[] = [];
  for (const id of exact) {
    for (const { skillId } of closeSkillsOf(graph, id)) {
      if (!taken.has(skillId)) close.push(skillId);
      taken.add(skillId);
    }
  }
  return { exact, close };
}
