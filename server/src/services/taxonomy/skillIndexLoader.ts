/**
 * The skill detector's index, built from the Skill collection and kept in memory until the taxonomy changes
 * (its version in `meta`, or the latest approved revision: a synonym approval changes neither version nor count).
 */
import mongoose from 'mongoose';
import { Skill } from '../../models/Skill';
import { TaxonomyChange } from '../../models/TaxonomyChange';
import { buildSkillIndex, type SkillIndex } from './skillDetector';

let cached: { key: string; index: SkillIndex } | null = null;

/** The index for the taxonomy stored now; rebuilt only when it changed. */
export async function loadSkillIndex(): Promise<SkillIndex> {
  const meta = await mongoose.connection.collection<{ _id: string; version?: string }>('meta').findOne({ _id: 'taxonomy' });
  const latest = await TaxonomyChange.findOne({}, { revision: 1 }).sort({ revision: -1 }).lean();
  const key = `${meta?.version ?? 'none'}:r${latest?.revision ?? 0}`;
  if (cached?.key === key) return cached.index;
  const skills = await Skill.find({}, { labels: 1, synonyms: 1 }).lean();
  const index = buildSkillIndex(
    skills.flatMap((s) =>
      s.labels ? [{ id: String(s._id), labels: s.labels, synonyms: { fr: s.synonyms?.fr ?? [], en: s.synonyms?.en ?? [], ar: s.synonyms?.ar ?? [] } }] : [],
    ),
  );
  cached = { key, index };
  return index;
}
