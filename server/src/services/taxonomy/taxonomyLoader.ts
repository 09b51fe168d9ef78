/**
 * Loads the taxonomy into MongoDB and Elasticsearch when its version changed (idempotent; run at start-up). The
 * taxonomy is the files in shared/taxonomy plus the approved changes of the TaxonomyChange log, applied in
 * revision order; its version is the files' hash, followed by "-r<revision>" once a change was approved.
 * MongoDB gets only the skills whose content differs from what it holds (FerretDB rewrites documents slowly, so a
 * new version that edits three skills writes three) and loses skills that are in neither; Elasticsearch gets a
 * fresh index swapped in behind its alias.
 */
import mongoose from 'mongoose';
import { Skill } from '../../models/Skill';
import { TaxonomyChange } from '../../models/TaxonomyChange';
import { indexTaxonomy } from '../../search/skills';
import type { ServiceContext } from '../context';
import { readTaxonomy, type Taxonomy } from './taxonomyReader';
import { withChanges } from './taxonomyOverlay';
import { forgetTaxonomySnapshot } from './taxonomySnapshot';

/** Writes per bulk request: FerretDB 1.24 stalls on larger batches of replacements. */
const BATCH = 50;

const metaCollection = () => mongoose.connection.collection<{ _id: string; version?: string }>('meta');

/** The version last stored in MongoDB (null before the first load). */
export async function storedTaxonomyVersion(): Promise<string | null> {
  return (await metaCollection().findOne({ _id: 'taxonomy' }))?.version ?? null;
}

type SkillContent = Partial<Pick<Taxonomy['skills'][number], 'sector' | 'labels' | 'synonyms' | 'broader' | 'related' | 'isco'>>;

/** A skill's content as one comparable string (field order of stored documents does not matter). */
const contentKey = (s: SkillContent) =>
  JSON.stringify([s.sector, s.labels?.fr, s.labels?.en, s.labels?.ar, s.synonyms?.fr, s.synonyms?.en, s.synonyms?.ar, s.broader, s.related, s.isco].map((v) => v ?? []));

async function storeSkills(taxonomy: Taxonomy): Promise<void> {
  const stored = new Map((await Skill.find({}).lean()).map((doc) => [String(doc._id), contentKey(doc as SkillContent)]));
  const changed = taxonomy.skills.filter((s) => stored.get(s.id) !== contentKey(s));
  for (let i = 0; i < changed.length; i += BATCH) {
    await Skill.bulkWrite(
      changed.slice(i, i + BATCH).map((s) => ({
        replaceOne: {
          filter: { _id: s.id },
          replacement: { _id: s.id, sector: s.sector, labels: s.labels, synonyms: s.synonyms, broader: s.broader, related: s.related, isco: s.isco, taxonomyVersion: taxonomy.version },
          upsert: true,
        },
      })),
      { ordered: false },
    );
  }
  await Skill.deleteMany({ _id: { $nin: taxonomy.skills.map((s) => s.id) } });
}

export async function loadTaxonomy(ctx: ServiceContext, files: Taxonomy = readTaxonomy()): Promise<{ version: string; stored: boolean; indexed: boolean }> {
  const changes = await TaxonomyChange.find({}).sort({ revision: 1 }).lean();
  const taxonomy = withChanges(files, changes);
  let stored = false;
  if ((await storedTaxonomyVersion()) !== taxonomy.version) {
    await storeSkills(taxonomy);
    const revision = changes.at(-1)?.revision ?? 0;
    await metaCollection().updateOne(
      { _id: 'taxonomy' },
      { $set: { version: taxonomy.version, filesVersion: files.version, revision, at: new Date(), skills: taxonomy.skills.length } },
      { upsert: true },
    );
    forgetTaxonomySnapshot();
    stored = true;
  }
  const indexed = await indexTaxonomy(ctx.search, ctx.config.ES_INDEX_PREFIX, taxonomy);
  return { version: taxonomy.version, stored, indexed };
}
