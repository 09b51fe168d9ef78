/**
 * Saved searches through HTTP: who may keep them (whoever may search talents), that each person sees and
 * changes only their own, the limit of 50, and what "download my data" and "delete my account" do with them.
 */
import { SAVED_SEARCHES_MAX, SavedSearchPageSchema, SavedSearchSchema } from '@kafaat/shared';
import { startTestApp, type TestContext } from '../../testing/harness';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../testing/factories';
import { signIn } from '../../testing/session';
import type { Browser } from '../../testing/client';
import { Organisation } from '../../models/Organisation';
import { SavedSearch } from '../../models/SavedSearch';
import { SavedSearchAlert } from '../../models/SavedSearchAlert';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

/** A member of an organisation of `kind` in `status`, signed in. */
async function member(kind: 'employer' | 'institution' = 'employer', status: 'verified' | 'pending' = 'verified') {
  const org = await buildOrganisation({ kind, status });
  const user = await buildUser({ role: kind === 'employer' ? 'employer' : 'officer', organisationId: org._id });
  return { org, user, b: await signIn(ctx.app, user) };
}

const CIVIL = { name: 'Ingénieurs civils à Rabat', filters: { q: 'génie civil', country: 'MA', languages: 'fr:B2', minYears: '3' } };
const save = (b: Browser, body: object = CIVIL) => b.post('/api/v1/saved-searches', body);

describe('POST /api/v1/saved-searches', () => {
  it('saves the search with its filters parsed, the query string that runs it, alerts on, and counts from now', async () => {
    const { b, user } = await member();
    const before = Date.now();
    const res = await save(b).expect(201);
    const saved = SavedSearchSchema.parse(res.body);
    expect(saved).toMatchObject({
      name: 'Ingénieurs civils à Rabat',
      filters: { q: 'génie civil', country: ['MA'], languages: [{ code: 'fr', minLevel: 'B2' }], minYears: 3, skillsMode: 'all', verifiedOnly: false },
      query: 'q=g%C3%A9nie+civil&languages=fr%3AB2&country=MA&minYears=3',
      alerts: true,
    });
    // Existing matches are not news: only profiles changed after this can alert.
    const stored = await SavedSearch.findById(saved.id).lean();
    expect(String(stored!.ownerId)).toBe(user.id);
    expect(stored!.lastCheckedAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(stored!.lastCheckedAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('lets programme officers save searches too, with alerts off if they wish', async () => {
    const { b } = await member('institution');
    const res = await save(b, { ...CIVIL, alerts: false }).expect(201);
    expect(res.body.alerts).toBe(false);
  });

  it('says which field is wrong: an empty or long name, filters the talent search refuses, paging', async () => {
    const { b, user } = await member();
    const empty = await save(b, { ...CIVIL, name: '  ' }).expect(400);
    expect(empty.body.error.details).toEqual([expect.objectContaining({ path: 'name' })]);
    await save(b, { ...CIVIL, name: 'x'.repeat(81) }).expect(400);
    const languages = await save(b, { name: 'Langues', filters: { languages: 'français' } }).expect(400);
    expect(languages.body.error.details).toEqual([expect.objectContaining({ path: 'filters.languages.0', message: 'write languages as code:level, e.g. fr:B2' })]);
    await save(b, { name: 'Page', filters: { cursor: 'abc' } }).expect(400);
    expect(await SavedSearch.countDocuments({ ownerId: user._id })).toBe(0);
  });

  it('refuses talents and employers whose organisation is not verified yet (403)', async () => {
    const talent = await buildUser({ role: 'talent' });
    const t = await signIn(ctx.app, talent);
    expect((await save(t).expect(403)).body.error.code).toBe('forbidden');
    const pending = await member('employer', 'pending');
    await save(pending.b).expect(403);
    await pending.b.get('/api/v1/saved-searches').expect(403);
    expect(await SavedSearch.countDocuments({ ownerId: { $in: [talent._id, pending.user._id] } })).toBe(0);
  });

  it(`keeps at most ${SAVED_SEARCHES_MAX} per person, even when saves race`, async () => {
    const { b, user } = await member();
    for (let i = 0; i < SAVED_SEARCHES_MAX; i += 1) await save(b, { name: `Recherche ${i}`, filters: {} }).expect(201);
    const over = await save(b, { name: 'Une de trop', filters: {} }).expect(409);
    expect(over.body.error).toMatchObject({ code: 'limit_reached', details: { max: SAVED_SEARCHES_MAX } });

    const one = await SavedSearch.findOne({ ownerId: user._id }).lean();
    await b.del(`/api/v1/saved-searches/${one!._id}`).expect(204);
    const raced = await Promise.all([1, 2, 3].map((i) => save(b, { name: `Course ${i}`, filters: {} })));
    expect(raced.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await SavedSearch.countDocuments({ ownerId: user._id })).toBe(SAVED_SEARCHES_MAX);
  });
});

describe('GET /api/v1/saved-searches', () => {
  it('lists the user’s own searches, newest first, page by page', async () => {
    const { b } = await member();
    const other = await member();
    await save(other.b, { name: 'Pas à moi', filters: {} }).expect(201);
    for (const name of ['Première', 'Deuxième', 'Troisième']) await save(b, { name, filters: { country: 'MA' } }).expect(201);

    const first = SavedSearchPageSchema.parse((await b.get('/api/v1/saved-searches?limit=2').expect(200)).body);
    expect(first.items.map((s) => s.name)).toEqual(['Troisième', 'Deuxième']);
    const second = SavedSearchPageSchema.parse((await b.get(`/api/v1/saved-searches?limit=2&cursor=${first.nextCursor}`).expect(200)).body);
    expect(second.items.map((s) => s.name)).toEqual(['Première']);
    expect(second.nextCursor).toBeNull();
    const bad = await b.get('/api/v1/saved-searches?cursor=%%%').expect(400);
    expect(bad.body.error.details[0]).toMatchObject({ path: 'cursor', code: 'invalid_cursor' });
  });
});

describe('GET, PATCH and DELETE /api/v1/saved-searches/:id', () => {
  it('shows, renames and turns off alerts of one’s own search, without counting from now', async () => {
    const { b } = await member();
    const { id } = (await save(b).expect(201)).body;
    expect((await b.get(`/api/v1/saved-searches/${id}`).expect(200)).body).toMatchObject({ id, name: CIVIL.name });
    const checked = (await SavedSearch.findById(id).lean())!.lastCheckedAt;

    const renamed = await b.patch(`/api/v1/saved-searches/${id}`, { name: 'Génie civil – Rabat', alerts: false }).expect(200);
    expect(renamed.body).toMatchObject({ name: 'Génie civil – Rabat', alerts: false, filters: { country: ['MA'] } });
    expect((await SavedSearch.findById(id).lean())!.lastCheckedAt).toEqual(checked);
    await b.patch(`/api/v1/saved-searches/${id}`, {}).expect(400);
  });

  it('counts from now again when the filters change or alerts are turned back on', async () => {
    const { b } = await member();
    const { id } = (await save(b, { ...CIVIL, alerts: false }).expect(201)).body;
    const past = new Date('2026-01-01T00:00:00.000Z');
    await SavedSearch.updateOne({ _id: id }, { $set: { lastCheckedAt: past } });
    await b.patch(`/api/v1/saved-searches/${id}`, { alerts: true }).expect(200);
    expect((await SavedSearch.findById(id).lean())!.lastCheckedAt.getTime()).toBeGreaterThan(past.getTime());

    await SavedSearch.updateOne({ _id: id }, { $set: { lastCheckedAt: past } });
    const changed = await b.patch(`/api/v1/saved-searches/${id}`, { filters: { country: 'FR,BE', skillsMode: 'any' } }).expect(200);
    expect(changed.body).toMatchObject({ filters: { country: ['FR', 'BE'], skillsMode: 'any' }, query: 'skillsMode=any&country=FR%2CBE' });
    expect(changed.body.filters.q).toBeUndefined();
    expect((await SavedSearch.findById(id).lean())!.lastCheckedAt.getTime()).toBeGreaterThan(past.getTime());
  });

  it('answers 404 to another employer, 403 to a talent and to an employer no longer verified', async () => {
    const owner = await member();
    const { id } = (await save(owner.b).expect(201)).body;
    const other = await member();
    await other.b.get(`/api/v1/saved-searches/${id}`).expect(404);
    await other.b.patch(`/api/v1/saved-searches/${id}`, { name: 'Volée' }).expect(404);
    await other.b.del(`/api/v1/saved-searches/${id}`).expect(404);
    const t = await signIn(ctx.app, await buildUser({ role: 'talent' }));
    await t.get(`/api/v1/saved-searches/${id}`).expect(403);
    await t.del(`/api/v1/saved-searches/${id}`).expect(403);

    await Organisation.updateOne({ _id: owner.org._id }, { $set: { status: 'pending' } });
    await owner.b.get(`/api/v1/saved-searches/${id}`).expect(403);
    await owner.b.patch(`/api/v1/saved-searches/${id}`, { name: 'Encore' }).expect(403);
    expect((await SavedSearch.findById(id).lean())!.name).toBe(CIVIL.name);
  });

  it('deletes one’s own search and what it remembers of the profiles it alerted', async () => {
    const { b, user } = await member();
    const { id } = (await save(b).expect(201)).body;
    await SavedSearchAlert.create({ searchId: id, profileId: user._id, ownerId: user._id, at: new Date() });
    await b.del(`/api/v1/saved-searches/${id}`).expect(204);
    await b.get(`/api/v1/saved-searches/${id}`).expect(404);
    await b.del(`/api/v1/saved-searches/${id}`).expect(404);
    expect(await SavedSearchAlert.countDocuments({ searchId: id })).toBe(0);
  });
});

describe('saved searches and the account', () => {
  it('are in "download my data" and go with the account', async () => {
    const { b, user } = await member();
    await save(b).expect(201);
    const exported = await b.get('/api/v1/me/export').expect(200);
    expect(exported.body.savedSearches).toEqual([expect.objectContaining({ name: CIVIL.name, query: expect.stringContaining('country=MA') })]);
    await b.del('/api/v1/me', { password: TEST_PASSWORD, confirm: 'DELETE' }).expect(204);
    expect(await SavedSearch.countDocuments({ ownerId: user._id })).toBe(0);
  });
});
