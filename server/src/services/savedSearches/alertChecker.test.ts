/**
 * The saved-search alert job on the real MongoDB-compatible server and Elasticsearch. Talents save their
 * profiles through the API (PATCH /api/v1/me/profile) and the search indexer drains those writes into the
 * index, as in production; the job is then run directly, as the schedule in index.ts runs it.
 */
import { startTestApp, type TestContext } from '../../testing/harness';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../testing/factories';
import { signIn, signedInTalent } from '../../testing/session';
import { syncSearch } from '../../testing/search';
import { connectLive, signInOverHttp, startLiveServer } from '../../testing/realtime';
import type { Browser } from '../../testing/client';
import { Notification } from '../../models/Notification';
import { Organisation } from '../../models/Organisation';
import { Profile } from '../../models/Profile';
import { SavedSearch } from '../../models/SavedSearch';
import { SavedSearchAlert } from '../../models/SavedSearchAlert';
import { Skill } from '../../models/Skill';
import { forgetTaxonomySnapshot } from '../taxonomy/taxonomySnapshot';
import { checkSavedSearchAlerts } from './alertChecker';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

const run = (now?: Date) => checkSavedSearchAlerts({ search: ctx.search, prefix: ctx.config.ES_INDEX_PREFIX, now });

const talentWith = (profile: Parameters<typeof signedInTalent>[1]) => signedInTalent(ctx.app, profile);

/** An employer of a verified organisation who saved "Civil engineers in Rabat", signed in. */
async function employerWithSearch(name = 'Civil engineers in Rabat') {
  const org = await buildOrganisation({ kind: 'employer', status: 'verified' });
  const user = await buildUser({ role: 'employer', organisationId: org._id });
  const b = await signIn(ctx.app, user);
  const saved = await b.post('/api/v1/saved-searches', { name, filters: { q: 'béton', country: 'MA' } }).expect(201);
  return { org, user, b, searchId: saved.body.id as string };
}

const CONCRETE = { headline: 'Ingénieure béton armé', country: 'MA', city: 'Rabat' } as const;
const alertsOf = async (b: Browser) => (await b.get('/api/v1/notifications').expect(200)).body.items.filter((n: { kind: string }) => n.kind === 'savedSearchAlert');

describe('checkSavedSearchAlerts', () => {
  it('tells the owner once about a talent who changed their profile and now matches, never twice', async () => {
    const before = await talentWith(CONCRETE);
    await syncSearch(ctx);
    const owner = await employerWithSearch();
    const talent = await talentWith({ headline: 'Technicien', country: 'MA' });
    const nurse = await talentWith({ headline: 'Infirmière', country: 'MA' });
    await talent.b.patch('/api/v1/me/profile', { headline: 'Conducteur de travaux béton' }).expect(200);
    await syncSearch(ctx);

    await run();
    const alerts = await alertsOf(owner.b);
    // Only the one who changed after the search was saved: the earlier match is not news, the nurse does not match.
    expect(alerts).toEqual([
      expect.objectContaining({
        kind: 'savedSearchAlert',
        link: `/talents/${talent.id}`,
        actorName: talent.user.displayName,
        count: 1,
        savedSearch: { id: owner.searchId, name: 'Civil engineers in Rabat', profileIds: [talent.id] },
        readAt: null,
      }),
    ]);
    const text = JSON.stringify(alerts);
    expect(text).not.toContain(before.id);
    expect(text).not.toContain(nurse.id);

    // Again, and after the talent changes their profile again: still that one notification.
    await run();
    await talent.b.patch('/api/v1/me/profile', { headline: 'Conducteur de travaux béton armé', city: 'Salé' }).expect(200);
    await syncSearch(ctx);
    await run();
    expect(await alertsOf(owner.b)).toHaveLength(1);
    expect(await SavedSearchAlert.countDocuments({ searchId: owner.searchId })).toBe(1);
  });

  it('finds what the search finds through the skills its words name: a nurse who wrote in French for a search in Arabic', async () => {
    const skill = (id: string, labels: { fr: string; en: string; ar: string }, ar: string[], broader: string[]) =>
      ({ _id: id, sector: 'health', labels, synonyms: { fr: [], en: [], ar }, broader, related: [], isco: [], taxonomyVersion: 'test' });
    await Skill.create([
      skill('health.alert-nursing', { fr: 'Soins infirmiers (alerte)', en: 'Nursing (alert)', ar: 'التمريض (تنبيه)' }, ['ممرضة'], []),
      // The talent holds only this more specific skill: none of its names, nor her words, say "ممرضة".
      skill('health.alert-icu-nursing', { fr: 'Réanimation (alerte)', en: 'Intensive care (alert)', ar: 'الإنعاش (تنبيه)' }, [], ['health.alert-nursing']),
    ]);
    forgetTaxonomySnapshot();
    const org = await buildOrganisation({ kind: 'employer', status: 'verified' });
    const employer = await signIn(ctx.app, await buildUser({ role: 'employer', organisationId: org._id }));
    await employer.post('/api/v1/saved-searches', { name: 'ممرضات', filters: { q: 'ممرضة' } }).expect(201);
    const nurse = await talentWith({
      headline: 'Infirmière de nuit',
      country: 'FR',
      skills: [{ skillId: 'health.alert-icu-nursing', level: 3, years: 8, acquiredBy: ['work'] }],
    });
    await syncSearch(ctx);

    await run();
    const [alert, ...others] = await alertsOf(employer);
    expect(others).toEqual([]);
    expect(alert.savedSearch.profileIds).toEqual([nurse.id]);
  });

  it('gathers the talents one run finds into one notification that opens the search, newest changes first', async () => {
    const owner = await employerWithSearch('Béton au Maroc');
    const found = [await talentWith(CONCRETE), await talentWith({ ...CONCRETE, headline: 'Chef de chantier béton' }), await talentWith({ ...CONCRETE, headline: 'Coffreur béton' })];
    await syncSearch(ctx);
    const result = await run();
    expect(result.failed).toBe(0);
    const [alert, ...others] = await alertsOf(owner.b);
    expect(others).toEqual([]);
    expect(alert).toMatchObject({ count: 3, actorName: null, link: '/search?q=b%C3%A9ton&country=MA&sort=recent', savedSearch: { name: 'Béton au Maroc' } });
    expect([...alert.savedSearch.profileIds].sort()).toEqual(found.map((t) => t.id).sort());
  });

  it('says nothing of hidden profiles, nor of profiles visible to officers only when the owner is an employer', async () => {
    const owner = await employerWithSearch();
    const institution = await buildOrganisation({ kind: 'institution', status: 'verified' });
    const officer = await signIn(ctx.app, await buildUser({ role: 'officer', organisationId: institution._id }));
    await officer.post('/api/v1/saved-searches', { name: 'Béton (programme)', filters: { q: 'béton', country: 'MA' } }).expect(201);
    await talentWith({ ...CONCRETE, visibility: 'hidden' });
    const officersOnly = await talentWith({ ...CONCRETE, visibility: 'officers' });
    await syncSearch(ctx);
    await run();
    expect(await alertsOf(owner.b)).toEqual([]);
    // Programme staff may see it: their own search tells them, and only about it.
    expect(await alertsOf(officer)).toEqual([expect.objectContaining({ link: `/talents/${officersOnly.id}`, count: 1 })]);
  });

  it('drops a talent who hid their profile before the index followed', async () => {
    const owner = await employerWithSearch();
    const talent = await talentWith(CONCRETE);
    await syncSearch(ctx);
    await Profile.updateOne({ _id: talent.id }, { $set: { visibility: 'hidden' } });
    await run();
    expect(await alertsOf(owner.b)).toEqual([]);
  });

  it('tells an employer nothing once their organisation is no longer verified, and nothing when alerts are off', async () => {
    const unverified = await employerWithSearch();
    const muted = await employerWithSearch();
    await muted.b.patch(`/api/v1/saved-searches/${muted.searchId}`, { alerts: false }).expect(200);
    await Organisation.updateOne({ _id: unverified.org._id }, { $set: { status: 'pending' } });
    await talentWith(CONCRETE);
    await syncSearch(ctx);
    await run();
    expect(await Notification.countDocuments({ userId: { $in: [unverified.user._id, muted.user._id] } })).toBe(0);
    expect(await SavedSearchAlert.countDocuments({ searchId: { $in: [unverified.searchId, muted.searchId] } })).toBe(0);
  });

  it('waits for changes the indexer has not written yet instead of skipping them', async () => {
    const owner = await employerWithSearch();
    const talent = await talentWith(CONCRETE);
    // A run ten minutes later, before the indexer wrote the change: the change is not searchable yet...
    await run(new Date(Date.now() + 10 * 60_000));
    expect(await alertsOf(owner.b)).toEqual([]);
    const { lastCheckedAt } = (await SavedSearch.findById(owner.searchId).lean())!;
    const { updatedAt } = (await Profile.findById(talent.id, { updatedAt: 1 }).lean())!;
    expect(lastCheckedAt.getTime()).toBeLessThan(updatedAt!.getTime());
    // ...so the next run, once it is, still finds it.
    await syncSearch(ctx);
    await run(new Date(Date.now() + 15 * 60_000));
    expect(await alertsOf(owner.b)).toEqual([expect.objectContaining({ link: `/talents/${talent.id}` })]);
  });

  it('forgets a talent who deletes their account: no name, no id left in the owner’s alert', async () => {
    const owner = await employerWithSearch();
    const talent = await talentWith(CONCRETE);
    await syncSearch(ctx);
    await run();
    expect(await alertsOf(owner.b)).toEqual([expect.objectContaining({ actorName: talent.user.displayName })]);
    await talent.b.del('/api/v1/me', { password: TEST_PASSWORD, confirm: 'DELETE' }).expect(204);
    const [alert] = await alertsOf(owner.b);
    expect(alert).toMatchObject({ actorName: null, count: 1, savedSearch: { id: owner.searchId, profileIds: [] } });
    expect(JSON.stringify(alert)).not.toContain(talent.id);
    expect(await SavedSearchAlert.countDocuments({ profileId: talent.id })).toBe(0);
  });

  it('pushes the notification live to the owner', async () => {
    const live = await startLiveServer(ctx);
    try {
      const owner = await employerWithSearch('Béton en direct');
      const session = await signInOverHttp(live.url, owner.user);
      const client = await connectLive(live.url, session.cookie);
      try {
        await talentWith(CONCRETE);
        await syncSearch(ctx);
        await run();
        const pushed = await client.waitFor('notification.created', (p) => p.notification.kind === 'savedSearchAlert' && p.notification.savedSearch?.id === owner.searchId);
        expect(pushed.notification).toMatchObject({ count: 1, savedSearch: { name: 'Béton en direct' } });
      } finally {
        client.close();
      }
    } finally {
      await live.close();
    }
  });
});
