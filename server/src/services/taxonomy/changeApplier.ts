/**
 * Turns an approved proposal into the next numbered taxonomy revision and applies it. The TaxonomyChange document
 * is written first and is the record that counts: the skill in MongoDB and in the search index are projections of
 * it. Should writing them fail, the next taxonomy load (whose version now names this revision) rebuilds both.
 */
import type { TaxonomyLabels, TaxonomySynonyms } from '@kafaat/shared';
import type { Types } from 'mongoose';
import { Skill } from '../../models/Skill';
import { TaxonomyChange } from '../../models/TaxonomyChange';
import { indexSkill } from '../../search/skills';
import type { ServiceContext } from '../context';
import { storedTaxonomyVersion } from './taxonomyLoader';
import { forgetTaxonomySnapshot } from './taxonomySnapshot';

/** An approved change, before it has a revision number. */
export interface ApprovedChange {
  type: 'new-skill' | 'synonyms';
  skillId: string;
  sector: string;
  /** new-skill: its names; null for synonyms. */
  labels: TaxonomyLabels | null;
  /** All of a new skill's synonyms, or the new synonyms of an existing skill. */
  synonyms: TaxonomySynonyms;
  broader: string[];
  related: string[];
  isco: string[];
  proposalId: Types.ObjectId;
  proposedBy: Types.ObjectId;
  approvedBy: string;
}

const LANGS = ['fr', 'en', 'ar'] as const;
const ATTEMPTS = 5;

/** A duplicate key on the revision: another approval took the number first. */
function isDuplicateRevision(err: unknown): boolean {
  const e = err as { code?: number; keyPattern?: Record<string, unknown>; message?: string };
  return e?.code === 11000 && (e.keyPattern ? 'revision' in e.keyPattern : String(e.message).includes('revision'));
}

/** Stores the change as revision last + 1; two approvals at once both get a number (the unique index decides). */
export async function recordChange(change: ApprovedChange): Promise<number> {
  await TaxonomyChange.init();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const last = await TaxonomyChange.findOne({}, { revision: 1 }).sort({ revision: -1 }).lean();
    const revision = (last?.revision ?? 0) + 1;
    try {
      await TaxonomyChange.create({ ...change, revision });
      return revision;
    } catch (err) {
      if (!isDuplicateRevision(err)) throw err;
    }
  }
  throw new Error(`could not number the taxonomy change after ${ATTEMPTS} attempts`);
}

/** Writes the change into the Skill collection; returns the skill as it now stands (null if it no longer exists). */
async function applyToSkills(change: ApprovedChange) {
  if (change.type === 'new-skill' && change.labels) {
    const { skillId, sector, labels, synonyms, broader, related, isco } = change;
    const taxonomyVersion = (await storedTaxonomyVersion()) ?? 'unloaded';
    await Skill.replaceOne({ _id: skillId }, { _id: skillId, sector, labels, synonyms, broader, related, isco, taxonomyVersion }, { upsert: true });
    return { id: skillId, sector, labels, synonyms };
  }
  const added = LANGS.filter((lang) => change.synonyms[lang].length > 0).map((lang) => [`synonyms.${lang}`, { $each: change.synonyms[lang] }]);
  const skill = await Skill.findOneAndUpdate({ _id: change.skillId }, { $addToSet: Object.fromEntries(added) }, { returnDocument: 'after' }).lean();
  if (!skill?.labels) return null;
  const synonyms = { fr: skill.synonyms?.fr ?? [], en: skill.synonyms?.en ?? [], ar: skill.synonyms?.ar ?? [] };
  return { id: String(skill._id), sector: skill.sector, labels: skill.labels, synonyms };
}

/**
 * Applies a recorded change to the Skill collection and the search index. `indexed` is false when the index could
 * not take it yet (the next taxonomy load indexes it); a MongoDB failure is thrown, the record stands.
 */
export async function applyChange(ctx: ServiceContext, change: ApprovedChange, revision: number): Promise<{ indexed: boolean }> {
  const skill = await applyToSkills(change);
  forgetTaxonomySnapshot();
  let indexed = false;
  let failure: unknown;
  try {
    indexed = skill ? await indexSkill(ctx.search, ctx.config.ES_INDEX_PREFIX, skill) : false;
  } catch (err) {
    failure = err;
  }
  if (skill && !indexed) ctx.logger.warn({ err: failure, revision }, 'approved skill change not in the search index yet; the next taxonomy load indexes it');
  return { indexed };
}
