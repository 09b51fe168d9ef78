/**
 * Loads the taxonomy files into MongoDB and Elasticsearch when their version changed (idempotent; run at
 * start-up). MongoDB gets an upsert per skill and loses skills removed from the files; Elasticsearch gets a
 * fresh index swapped in behind its alias.
 */
import mongoose from 'mongoose';
import { Skill } from '../../models/Skill';
import { indexTaxonomy } from '../../search/skills';
import type { ServiceContext } from '../context';
import { readTaxonomy, type Taxonomy } from './taxonomyReader';

export async function loadTaxonomy(ctx: ServiceContext, taxonomy: Taxonomy = readTaxonomy()): Promise<{ version: string; stored: boolean; indexed: boolean }> {
  const meta = mongoose.connection.collection<{ _id: string; version?: string }>('meta');
  const known = await meta.findOne({ _id: 'taxonomy' });
  let stored = false;
  if (known?.version !== taxonomy.version) {
    await Skill.bulkWrite(
      taxonomy.skills.map((s) => ({
        replaceOne: {
          filter: { _id: s.id },
          replacement: { _id: s.id, sector: s.sector, labels: s.labels, synonyms: s.synonyms, broader: s.broader, related: s.related, isco: s.isco, taxonomyVersion: taxonomy.version },
          upsert: true,
        },
      })),
      { ordered: false },
    );
    await Skill.deleteMany({ taxonomyVersion: { $ne: taxonomy.version } });
    await meta.updateOne({ _id: 'taxonomy' }, { $set: { version: taxonomy.version, at: new Date(), skills: taxonomy.skills.length } }, { upsert: true });
    stored = true;
  }
  const indexed = await indexTaxonomy(ctx.search, ctx.config.ES_INDEX_PREFIX, taxonomy);
  return { version: taxonomy.version, stored, indexed };
}
