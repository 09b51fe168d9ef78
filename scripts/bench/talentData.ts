/**
 * The benchmark's talents: the demo generator's realistic profiles (scripts/seeds/talents) at scale, their
 * accounts, inserted into MongoDB with insertMany in batches, and indexed into Elasticsearch through the same
 * `toProfileDoc` and bulk lines the reindex uses, into a fresh index behind the read alias (refresh off while
 * loading, then one refresh).
 */
import mongoose, { Types } from 'mongoose';
import { PRIVACY_NOTICE_VERSION, ProfileContentSchema } from '@kafaat/shared';
import type { SearchClient } from '../../server/src/search/client';
import { bulkLines, readAlias, SEARCH_INDICES } from '../../server/src/search/indices';
import { toProfileDoc, type ProfileSource, type SkillNames } from '../../server/src/search/mappings/profiles';
import { readTaxonomy } from '../../server/src/services/taxonomy/taxonomyReader';
import { buildDemoTalents } from '../seeds/talents/talentBuilder';

type StoredProfile = ProfileSource & { _id: Types.ObjectId };

/** The generated accounts and profiles, as inserted. */
export interface BenchTalents {
  users: Array<{ _id: Types.ObjectId; displayName: string } & Record<string, unknown>>;
  profiles: StoredProfile[];
  /** Trade of each talent (same order), to write opportunities people actually fit. */
  trades: string[];
}

/** `count` generated talents with their accounts; a sample is checked against the profile contract. */
export function generateTalents(count: number, seed: number, passwordHash: string): BenchTalents {
  const talents = buildDemoTalents(count, seed);
  for (const t of talents.slice(0, 500)) {
    const parsed = ProfileContentSchema.safeParse(t.content);
    if (!parsed.success) throw new Error(`generated profile ${t.email} breaks the profile contract: ${JSON.stringify(parsed.error.issues[0])}`);
  }
  const now = new Date();
  const users = talents.map((t) => ({
    _id: new Types.ObjectId(),
    email: t.email.replace('@kafaat.demo', '@bench.kafaat.test'),
    passwordHash,
    displayName: t.displayName,
    role: 'talent',
    talentKind: t.kind,
    locale: t.locale,
    emailVerifiedAt: now,
    organisationId: null,
    orgAdmin: false,
    consent: { version: PRIVACY_NOTICE_VERSION, at: now },
    consentHistory: [],
    createdAt: now,
    updatedAt: now,
  }));
  const profiles = talents.map((t, i) => {
    const c = ProfileContentSchema.parse(t.content);
    return {
      ...c,
      _id: users[i]!._id,
      skills: c.skills.map((s) => ({ ...s, evidence: [], verification: { status: 'self-declared', verifiedAt: null } })),
      // Indexed below in bulk, as `npm run reindex` does; the server's indexer has nothing to catch up.
      searchSync: { dirty: false, seq: 1 },
      createdAt: now,
      updatedAt: now,
    } as StoredProfile;
  });
  return { users, profiles, trades: talents.map((t) => t.trade) };
}

/** insertMany in batches, `parallel` batches at a time. */
export async function insertInBatches(collection: string, docs: object[], batch = 1000, parallel = 2): Promise<void> {
  const coll = mongoose.connection.collection(collection);
  let next = 0;
  const worker = async () => {
    while (next < docs.length) {
      const start = next;
      next += batch;
      await coll.insertMany(docs.slice(start, start + batch), { ordered: false });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/** How the bulk load went. */
export interface BulkIndexResult {
  index: string;
  docs: number;
  /** Building the documents (toProfileDoc) and sending them, until the final refresh returned. */
  ms: number;
  buildMs: number;
  requests: number;
}

/**
 * Creates `<prefix>profiles_<version>_<time>` behind the read alias with refresh off, bulk-indexes every profile
 * in requests of `batch` documents (`parallel` in flight), restores the refresh interval and refreshes once.
 */
export async function bulkIndexProfiles(search: SearchClient, prefix: string, data: BenchTalents, batch = 2500, parallel = 2): Promise<BulkIndexResult> {
  const alias = readAlias(prefix, 'profiles');
  const index = `${alias}_${SEARCH_INDICES.profiles.version}_${Date.now().toString(36)}`;
  await search.indices.create({
    index,
    settings: { number_of_shards: 1, number_of_replicas: 0, refresh_interval: '-1' },
    mappings: SEARCH_INDICES.profiles.mappings,
    aliases: { [alias]: {} },
  });
  const skills = new Map<string, SkillNames>(readTaxonomy().skills.map((s) => [s.id, { _id: s.id, labels: s.labels, synonyms: s.synonyms }]));
  const names = new Map(data.users.map((u) => [String(u._id), u.displayName]));
  const started = Date.now();
  let buildMs = 0;
  let requests = 0;
  let next = 0;
  const worker = async () => {
    while (next < data.profiles.length) {
      const start = next;
      next += batch;
      const t = Date.now();
      const operations = data.profiles
        .slice(start, start + batch)
        .flatMap((p) => bulkLines(index, String(p._id), 1, toProfileDoc(p, { displayName: names.get(String(p._id))! }, skills), false));
      buildMs += Date.now() - t;
      const res = await search.bulk({ operations }, { requestTimeout: 120_000 });
      requests += 1;
      if (res.errors) {
        const failed = res.items.find((item) => item.index?.error);
        throw new Error(`bulk indexing refused a document: ${failed?.index?.error?.type} ${failed?.index?.error?.reason ?? ''}`);
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  await search.indices.putSettings({ index, settings: { refresh_interval: '1s' } });
  await search.indices.refresh({ index }, { requestTimeout: 120_000 });
  return { index, docs: data.profiles.length, ms: Date.now() - started, buildMs, requests };
}
