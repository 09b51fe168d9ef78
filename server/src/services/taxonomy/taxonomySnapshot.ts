/**
 * The taxonomy in memory: every skill's names (labels, synonyms) and the skill graph matching reads, loaded from
 * the Skill collection once per taxonomy version, so a search or a match list reads no skill from MongoDB.
 *
 * Which version is current is asked of MongoDB (loader version, last approved revision, number of skills: three
 * small reads) at most every REVALIDATE_MS, in the background: a request never waits for it once a snapshot
 * exists. A change approved in this process forgets the snapshot at once (changeApplier.ts); one approved in
 * another process is seen within REVALIDATE_MS. A request naming a skill the snapshot does not hold (written a
 * moment ago, or by a test) reads those skills from MongoDB and asks for a check before the next request.
 */
import mongoose from 'mongoose';
import { Skill } from '../../models/Skill';
import { TaxonomyChange } from '../../models/TaxonomyChange';
import type { SkillNames } from '../../search/mappings/profiles';
import { buildSkillGraph, type SkillGraph } from '../../search/matching/skillGraph';
import { storedTaxonomyVersion } from './taxonomyLoader';

/** How stale the snapshot may get when another process changes the taxonomy. */
export const REVALIDATE_MS = 5_000;

export interface TaxonomySnapshot {
  key: string;
  names: ReadonlyMap<string, SkillNames>;
  graph: SkillGraph;
}

interface Held {
  connection: string;
  snapshot: Promise<TaxonomySnapshot>;
  checkedAt: number;
  checking: Promise<void> | null;
}

let held: Held | null = null;

async function currentKey(): Promise<string> {
  const [version, last, count] = await Promise.all([
    storedTaxonomyVersion(),
    TaxonomyChange.findOne({}, { revision: 1 }).sort({ revision: -1 }).lean(),
    Skill.countDocuments({}),
  ]);
  return `${version ?? 'unloaded'}:r${last?.revision ?? 0}:${count}`;
}

async function load(key: string): Promise<TaxonomySnapshot> {
  const skills = await Skill.find({}, { labels: 1, synonyms: 1, broader: 1, related: 1 }).lean();
  const names = new Map<string, SkillNames>();
  for (const s of skills) if (s.labels) names.set(String(s._id), { _id: String(s._id), labels: s.labels, synonyms: s.synonyms });
  const graph = buildSkillGraph(
    skills.map((s) => ({ _id: String(s._id), broader: s.broader, related: s.related })),
    key,
  );
  return { key, names, graph };
}

function hold(connection: string, snapshot: Promise<TaxonomySnapshot>): Held {
  const entry: Held = { connection, snapshot, checkedAt: Date.now(), checking: null };
  // A failed read is not kept: the next request tries again.
  snapshot.catch(() => {
    if (held === entry) held = null;
  });
  return entry;
}

/** Compares the stored version with the snapshot's and reloads when they differ. */
function revalidate(entry: Held): Promise<void> {
  entry.checkedAt = Date.now();
  entry.checking ??= (async () => {
    try {
      const [key, snapshot] = await Promise.all([currentKey(), entry.snapshot]);
      if (key !== snapshot.key && held === entry) {
        const next = load(key);
        await next;
        if (held === entry) held = hold(entry.connection, next);
      }
    } catch {
      // MongoDB unreachable: keep serving the snapshot held; the next check tries again.
    } finally {
      entry.checking = null;
    }
  })();
  return entry.checking;
}

/** The taxonomy as of at most REVALIDATE_MS ago (the first call of a process, or after `forget`, waits for it). */
export async function taxonomySnapshot(): Promise<TaxonomySnapshot> {
  const connection = mongoose.connection.name;
  if (!held || held.connection !== connection) held = hold(connection, currentKey().then(load));
  else if (Date.now() - held.checkedAt > REVALIDATE_MS) void revalidate(held);
  return held.snapshot;
}

/**
 * The taxonomy, checked against MongoDB first when it lacks one of `ids` (a skill added a moment ago): matching
 * must know a new skill's relations, not only its name.
 */
export async function taxonomySnapshotHolding(ids: Iterable<string>): Promise<TaxonomySnapshot> {
  const snapshot = await taxonomySnapshot();
  for (const id of ids) {
    if (!snapshot.names.has(id)) {
      if (held) await revalidate(held);
      return taxonomySnapshot();
    }
  }
  return snapshot;
}

/** The names of these skills: from the snapshot, and from MongoDB for any it does not hold yet. */
export async function skillNamesOf(ids: Iterable<string>): Promise<Map<string, SkillNames>> {
  const snapshot = await taxonomySnapshot();
  const found = new Map<string, SkillNames>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const names = snapshot.names.get(id);
    if (names) found.set(id, names);
    else missing.push(id);
  }
  if (missing.length > 0) {
    const read = await Skill.find({ _id: { $in: missing } }, { labels: 1, synonyms: 1 }).lean<SkillNames[]>();
    for (const s of read) found.set(String(s._id), s);
    // Something new is stored (or a skill was removed): check the version before the next request.
    if (held) held.checkedAt = 0;
  }
  return found;
}

/** Forgets the snapshot: the next request reads the taxonomy again (after a change applied in this process). */
export function forgetTaxonomySnapshot(): void {
  held = null;
}
