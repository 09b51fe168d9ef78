import type { Types } from 'mongoose';
import type { SearchClient } from './client';
import { SearchIndexer, searchBacklog } from './indexer';
import { ensureSearchIndices, indicesBehind, nextAlias, readAlias, rebuildIndex } from './indices';
import { Profile } from '../models/Profile';
import { SearchDeletion } from '../models/SearchDeletion';
import { withSearchMark } from '../models/searchSync';
import { emit } from '../services/events';
import { buildTalentProfile, buildUser } from '../testing/factories';
import { buildSkill } from '../testing/skillFactories';
import { startTestApp, type TestContext } from '../testing/harness';

let ctx: TestContext;
let prefix: string;
beforeAll(async () => {
  ctx = await startTestApp();
  prefix = ctx.config.ES_INDEX_PREFIX;
});
afterAll(() => ctx.close());

const indexer = (search: SearchClient = ctx.search) => new SearchIndexer({ search, prefix });
const indexedDoc = async (id: string) => {
  await ctx.search.indices.refresh({ index: readAlias(prefix, 'profiles') });
  const res = await ctx.search.get<Record<string, unknown>>({ index: readAlias(prefix, 'profiles'), id }, { ignore: [404] });
  return res.found ? res._source! : null;
};
const sync = async (id: Types.ObjectId) => (await Profile.findById(id, { searchSync: 1 }).lean())!.searchSync;

/** The real client, with `beforeBulk` run just before each bulk request reaches Elasticsearch. */
function withHookBeforeBulk(beforeBulk: () => Promise<void>): SearchClient {
  return new Proxy(ctx.search, {
    get(target, prop, receiver) {
      if (prop !== 'bulk') return Reflect.get(target, prop, receiver);
      return async (...args: Parameters<SearchClient['bulk']>) => {
        await beforeBulk();
        return target.bulk(...args);
      };
    },
  });
}

async function talent(overrides: Parameters<typeof buildTalentProfile>[1] = {}) {
  const user = await buildUser();
  await buildTalentProfile(user, overrides);
  return user;
}

describe('SearchIndexer', () => {
  it('indexes a saved profile, clears its mark, and never copies a sensitive answer', async () => {
    const skill = await buildSkill({ sector: 'health' });
    const user = await talent({
      headline: 'Infirmière en réanimation',
      skills: [{ skillId: skill, level: 3, years: 7, acquiredBy: ['work'], evidence: [] }],
      languages: [{ code: 'fr', level: 'C1', native: false }, { code: 'ar', level: 'A2', native: true }],
      sensitive: { nationality: 'ML', residenceStatus: 'asylum-seeker', gender: 'woman', birthYear: 1987 },
    });
    expect((await sync(user._id))!.dirty).toBe(true);

    await indexer().drain();

    expect((await sync(user._id))!.dirty).toBe(false);
    const doc = (await indexedDoc(String(user._id)))!;
    expect(doc).toMatchObject({
      id: String(user._id),
      ownerId: String(user._id),
      displayName: user.displayName,
      headline: 'Infirmière en réanimation',
      skill_ids: [skill],
      years_experience: 7,
      languages: [{ code: 'fr', level: 5, native: false, declared: 'C1' }, { code: 'ar', level: 6, native: true, declared: 'A2' }],
    });
    // The folded text is searched, not kept in the document.
    expect(doc).not.toHaveProperty('headline_text');
    const found = await ctx.search.search({ index: readAlias(ctx.config.ES_INDEX_PREFIX, 'profiles'), query: { match: { headline_text: 'reanimation' } } });
    expect(found.hits.hits.map((h) => h._id)).toEqual([String(user._id)]);
    const text = JSON.stringify(doc);
    for (const secret of ['ML', 'asylum', 'woman', '1987', 'sensitive', 'nationality', 'residenceStatus', 'gender', 'birthYear', '@example.org']) expect(text).not.toContain(secret);
    expect((await searchBacklog()).total).toBe(0);
  });

  it('keeps the mark of a profile changed while its round was in flight, and indexes the change next round', async () => {
    const user = await talent({ headline: 'Première version' });
    let changed = false;
    const racing = withHookBeforeBulk(async () => {
      if (changed) return;
      changed = true;
      await Profile.updateOne({ _id: user._id }, withSearchMark({ $set: { headline: 'Seconde version' } }));
    });
    await indexer(racing).runOnce();
    expect(await sync(user._id)).toEqual({ dirty: true, seq: 1 });
    expect((await indexedDoc(String(user._id)))!.headline).toBe('Première version');

    await indexer().runOnce();
    expect((await sync(user._id))!.dirty).toBe(false);
    expect((await indexedDoc(String(user._id)))!.headline).toBe('Seconde version');
  });

  it('removes again a profile deleted while it was being indexed', async () => {
    const user = await talent({ headline: 'Bientôt partie' });
    const racing = withHookBeforeBulk(async () => {
      await Profile.deleteOne({ _id: user._id });
    });
    await indexer(racing).runOnce();
    expect(await SearchDeletion.countDocuments({ kind: 'profile', targetId: String(user._id) })).toBe(1);

    await indexer().drain();
    expect(await indexedDoc(String(user._id))).toBeNull();
    expect(await SearchDeletion.countDocuments()).toBe(0);
  });

  it('leaves marked a profile Elasticsearch refuses, without holding back the others', async () => {
    const refused = await talent({ headline: 'Refusé' });
    // 300 weeks does not fit the mapping's byte: Elasticsearch refuses the document.
    await Profile.collection.updateOne({ _id: refused._id }, { $set: { 'mobility.maxMissionWeeks': 300 } });
    const fine = await talent({ headline: 'Accepté' });

    const round = await indexer().runOnce();
    expect(round.failed).toBe(1);
    expect((await sync(refused._id))!.dirty).toBe(true);
    expect((await sync(fine._id))!.dirty).toBe(false);
    expect(await indexedDoc(String(fine._id))).not.toBeNull();
    await Profile.deleteOne({ _id: refused._id });
  });
});

describe('SearchIndexer in the background', () => {
  it('indexes what a write event names without sweeping, and what no event named at the next sweep', async () => {
    await indexer().drain();
    const loop = new SearchIndexer({ search: ctx.search, prefix, intervalMs: 60_000, idleIntervalMs: 60_000, sweepIntervalMs: 60_000 }).start();
    try {
      // The first round of a started indexer sweeps.
      await loop.runOnce('auto');
      const announced = await talent({ headline: 'Annoncé' });
      const silent = await talent({ headline: 'Silencieux' });
      await loop.runOnce();
      await Profile.updateOne({ _id: announced._id }, withSearchMark({ $set: { headline: 'Annoncé, modifié' } }));
      await Profile.updateOne({ _id: silent._id }, withSearchMark({ $set: { headline: 'Silencieux, modifié' } }));
      await emit('profile.updated', { profileId: String(announced._id) });

      await loop.runOnce('auto');
      expect((await indexedDoc(String(announced._id)))!.headline).toBe('Annoncé, modifié');
      expect((await sync(announced._id))!.dirty).toBe(false);
      // No event named it and no sweep is due yet: still marked, still the old text in the index.
      expect((await sync(silent._id))!.dirty).toBe(true);
      expect((await indexedDoc(String(silent._id)))!.headline).toBe('Silencieux');

      await loop.runOnce();
      expect((await indexedDoc(String(silent._id)))!.headline).toBe('Silencieux, modifié');
      expect((await searchBacklog()).total).toBe(0);
    } finally {
      await loop.stop();
    }
  });
});

describe('rebuildIndex', () => {
  it('builds a new index beside the live one, keeps changes made meanwhile, swaps the alias and deletes the old index', async () => {
    await ensureSearchIndices(ctx.search, prefix);
    const user = await talent({ headline: 'Avant la reconstruction' });
    await indexer().drain();
    const [before] = await indicesBehind(ctx.search, readAlias(prefix, 'profiles'));

    let building: string[] = [];
    const { name, count } = await rebuildIndex({
      search: ctx.search,
      prefix,
      index: 'profiles',
      onProgress: async () => {
        // Searches still read the old index while the new one fills; a change now reaches both.
        expect(await indicesBehind(ctx.search, readAlias(prefix, 'profiles'))).toEqual([before]);
        building = await indicesBehind(ctx.search, nextAlias(prefix, 'profiles'));
        await Profile.updateOne({ _id: user._id }, withSearchMark({ $set: { headline: 'Pendant la reconstruction' } }));
        await indexer().drain();
      },
    });

    expect(building).toEqual([name]);
    expect(count).toBe(await Profile.countDocuments());
    expect(await indicesBehind(ctx.search, readAlias(prefix, 'profiles'))).toEqual([name]);
    expect(await indicesBehind(ctx.search, nextAlias(prefix, 'profiles'))).toEqual([]);
    expect(await ctx.search.indices.exists({ index: before! })).toBe(false);
    expect((await indexedDoc(String(user._id)))!.headline).toBe('Pendant la reconstruction');
  });

  it('refuses to start while another rebuild of the same index is running', async () => {
    await ctx.search.indices.create({ index: `${prefix}profiles_stale`, aliases: { [nextAlias(prefix, 'profiles')]: {} } });
    await expect(rebuildIndex({ search: ctx.search, prefix, index: 'profiles' })).rejects.toThrow(/already running/);
    await rebuildIndex({ search: ctx.search, prefix, index: 'profiles', force: true });
    expect(await ctx.search.indices.exists({ index: `${prefix}profiles_stale` })).toBe(false);
  });

  it('is not needed at start-up when the indices already have the current mapping', async () => {
    expect(await ensureSearchIndices(ctx.search, prefix)).toEqual([]);
  });
});
