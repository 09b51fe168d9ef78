/**
 * The taxonomy's relations for matching, read from the Skill collection once per taxonomy version rather than on
 * every request (882 skills today). The version is what the loader stored, plus the last approved revision (an
 * approval writes its skill before the next load renames the version) and the number of skills (tests and manual
 * fixes write skills directly), all three read cheaply each time.
 */
import mongoose from 'mongoose';
import { Skill } from '../../models/Skill';
import { TaxonomyChange } from '../../models/TaxonomyChange';
import { buildSkillGraph, type SkillGraph } from '../../search/matching/skillGraph';
import { storedTaxonomyVersion } from '../taxonomy/taxonomyLoader';

let cached: { key: string; graph: Promise<SkillGraph> } | null = null;

async function currentKey(): Promise<string> {
  const [version, last, count] = await Promise.all([
    storedTaxonomyVersion(),
    TaxonomyChange.findOne({}, { revision: 1 }).sort({ revision: -1 }).lean(),
    Skill.countDocuments({}),
  ]);
  return `${mongoose.connection.name}:${version ?? 'unloaded'}:r${last?.revision ?? 0}:${count}`;
}

/** The skill graph of the taxonomy as it stands now. */
export async function currentSkillGraph(): Promise<SkillGraph> {
  const key = await currentKey();
  if (cached?.key !== key) {
    const graph = Skill.find({}, { broader: 1, related: 1 })
      .lean()
      .then((skills) => buildSkillGraph(skills.map((s) => ({ _id: String(s._id), broader: s.broader, related: s.related })), key));
    cached = { key, graph };
    // A failed read is not kept: the next request tries again.
    graph.catch(() => {
      if (cached?.graph === graph) cached = null;
    });
  }
  return cached.graph;
}

/** Forgets the cached graph (after a test edits relations in place). */
export function forgetSkillGraph(): void {
  cached = null;
}
