/**
 * The new-match job on the real MongoDB-compatible server and Elasticsearch. Talents save their profiles and an
 * officer writes and publishes missions through the API, the search indexer drains those writes into the indices
 * as in production, and the job is run directly, as the schedule in index.ts runs it.
 */
import { startTestApp, type TestContext } from '../../testing/harness';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../testing/factories';
import { signIn, signedInTalent } from '../../testing/session';
import { syncSearch } from '../../testing/search';
import type { Browser } from '../../testing/client';
import { NewMatchNotice } from '../../models/NewMatchNotice';
import { NewMatchScan } from '../../models/NewMatchScan';
import { Notification } from '../../models/Notification';
import { Profile } from '../../models/Profile';
import { Skill } from '../../models/Skill';
import { readTaxonomy } from '../taxonomy/taxonomyReader';
import { notifyNewMatches } from './newMatchNotifier';

const BACKEND = 'it-data.backend-development';
const NODE = 'it-data.nodejs';
const SQL = 'it-data.sql';
const DEVOPS = 'it-data.devops';
const SKILLS = [BACKEND, NODE, SQL, DEVOPS, 'it-data.software-development', 'it-data.api-design'];

let ctx: TestContext;
let officer: Browser;

const run = (maxTalents?: number) => notifyNewMatches({ search: ctx.search, prefix: ctx.config.ES_INDEX_PREFIX, maxTalents });

const talentWith = (profile: Parameters<typeof signedInTalent>[1]) => signedInTalent(ctx.app, profile);

const level = (skillId: string, l: number) => ({ skillId, level: l, years: 5, acquiredBy: ['work' as const] });
const BASE = { headline: 'Ingénieure back-end', country: 'MA', city: 'Rabat', languages: [{ code: 'fr' as const, level: 'C2' as const, native: true }] };
/** Holds both must-haves at level. */
const FITS = { ...BASE, skills: [level(BACKEND, 4), level(SQL, 3)] };

/** Written and published by the officer through the API (not yet indexed); returns its id. */
async function publish(title: string): Promise<string> {
  const created = await officer
    .post('/api/v1/opportunities', {
      type: 'mission',
      title: { en: title },
      description: { en: 'Two weeks on site in Rabat to review and extend the payments API.' },
      sector: 'it-data',
      mustHaveSkills: [{ skillId: BACKEND, minLevel: 3 }, { skillId: SQL, minLevel: 2 }],
      niceToHaveSkills: [{ skillId: DEVOPS, minLevel: 2 }],
      location: { mode: 'onsite', city: 'Rabat' },
      startDate: '2027-03-01',
      endDate: '2027-03-12',
      mission: { hostInstitution: 'CRI Rabat', objectives: 'Review the payments API', durationDays: 10, budget: { travelMad: 5000, dailyAllowanceMad: 800 } },
    })
    .expect(201);
  await officer.post(`/api/v1/opportunities/${created.body.id}/status`, { status: 'published' }).expect(200);
  return created.body.id;
}

/** The talent sets what they want of `newMatch` notifications (the Browser has no put). */
const wantNewMatch = (b: Browser, channels: { inApp: boolean; emailDigest: boolean }) =>
  b.agent.put('/api/v1/me/notification-preferences').set('X-Forwarded-For', '10.0.0.1').set('X-CSRF-Token', b.csrf).send({ newMatch: channels }).expect(200);

/** The talent's new-match notifications about one opportunity, as their inbox shows them. */
async function toldAbout(talent: { b: Browser }, opportunityId: string) {
  const res = await talent.b.get('/api/v1/notifications?limit=50').expect(200);
  return res.body.items.filter((n: { kind: string; opportunity: { id: string } | null }) => n.kind === 'newMatch' && n.opportunity?.id === opportunityId);
}

let fits: Awaited<ReturnType<typeof talentWith>>;
let hidden: Awaited<ReturnType<typeof talentWith>>;
let close: Awaited<ReturnType<typeof talentWith>>;
let missing: Awaited<ReturnType<typeof talentWith>>;

beforeAll(async () => {
  ctx = await startTestApp();
  // The taxonomy's own skills and relations (Node.js is narrower than back-end development).
  const taxonomy = readTaxonomy();
  await Skill.insertMany(
    taxonomy.skills.filter((s) => SKILLS.includes(s.id)).map((s) => ({ _id: s.id, sector: s.sector, labels: s.labels, synonyms: s.synonyms, broader: s.broader, related: s.related, isco: s.isco, taxonomyVersion: 'test' })),
  );
  const org = await buildOrganisation({ kind: 'institution', status: 'verified' });
  officer = await signIn(ctx.app, await buildUser({ role: 'officer', organisationId: org._id, orgAdmin: true }));
  fits = await talentWith(FITS);
  // Hidden from employers, still wants opportunities.
  hidden = await talentWith({ ...FITS, visibility: 'hidden' });
  // Back-end only through Node.js: every must-have covered, not met.
  close = await talentWith({ ...BASE, skills: [level(NODE, 4), level(SQL, 4), level(DEVOPS, 4)] });
  missing = await talentWith({ ...BASE, skills: [level(BACKEND, 4), level(DEVOPS, 4)] });
  await syncSearch(ctx);
});
afterAll(() => ctx.close());

describe('notifyNewMatches', () => {
  it('tells each talent who holds every must-have once, hidden profiles included, and nobody else', async () => {
    const id = await publish('Payment back-end for the regional investment centre');
    await syncSearch(ctx);
    const result = await run();
    expect(result).toMatchObject({ notified: 2, failed: 0 });

    expect(await toldAbout(fits, id)).toEqual([
      expect.objectContaining({ kind: 'newMatch', link: `/opportunities/${id}`, opportunity: { id, title: { en: 'Payment back-end for the regional investment centre' } }, readAt: null }),
    ]);
    expect(await toldAbout(hidden, id)).toHaveLength(1);
    // A stand-in skill or a missing must-have: not the top tier, no notification.
    expect(await toldAbout(close, id)).toEqual([]);
    expect(await toldAbout(missing, id)).toEqual([]);

    // The next run finds nothing new to say.
    expect(await run()).toMatchObject({ opportunities: 0, notified: 0 });
    expect(await toldAbout(fits, id)).toHaveLength(1);
  });

  it('tells each talent once when two runs (two server processes) go at the same time', async () => {
    const id = await publish('Data platform for the ministry');
    await syncSearch(ctx);
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.notified + b.notified).toBe(2);
    expect(await toldAbout(fits, id)).toHaveLength(1);
    expect(await toldAbout(hidden, id)).toHaveLength(1);
    expect(await NewMatchScan.countDocuments({ _id: id })).toBe(1);
  });

  it('says nothing again when the opportunity is closed and published again, nor after a run that stopped half-way', async () => {
    const id = await publish('Payments API review');
    await syncSearch(ctx);
    await run();
    await officer.post(`/api/v1/opportunities/${id}/status`, { status: 'closed' }).expect(200);
    await officer.post(`/api/v1/opportunities/${id}/status`, { status: 'published' }).expect(200);
    await syncSearch(ctx);
    expect(await run()).toMatchObject({ notified: 0 });
    // A run that told the talents but stopped before recording the opportunity as done: the next one tells nobody twice.
    await NewMatchScan.deleteOne({ _id: id });
    expect(await run()).toMatchObject({ opportunities: 1, notified: 0 });
    expect(await toldAbout(fits, id)).toHaveLength(1);
    expect(await toldAbout(hidden, id)).toHaveLength(1);
  });

  it('finishes the work of a run that stopped after telling some talents', async () => {
    const id = await publish('Back-end mentoring in Rabat');
    await syncSearch(ctx);
    // As if a crashed run had told the first talent only.
    await NewMatchNotice.create({ opportunityId: id, talentId: fits.id, at: new Date() });
    expect(await run()).toMatchObject({ opportunities: 1, notified: 1 });
    expect(await toldAbout(hidden, id)).toHaveLength(1);
    expect(await toldAbout(fits, id)).toEqual([]);
  });

  it('waits for the indexer: an opportunity not yet indexed is taken up by a later run', async () => {
    const id = await publish('Payments back-office for Tanger Med');
    const early = await run();
    expect(early).toMatchObject({ waiting: 1, notified: 0 });
    expect(await toldAbout(fits, id)).toEqual([]);
    expect(await NewMatchScan.countDocuments({ _id: id })).toBe(0);

    await syncSearch(ctx);
    expect(await run()).toMatchObject({ waiting: 0, notified: 2 });
    expect(await toldAbout(fits, id)).toHaveLength(1);
  });

  it('stops telling when the server shuts down, and leaves the rest to the next run', async () => {
    const id = await publish('Ledger service for a Casablanca bank');
    await syncSearch(ctx);
    const stop = { requested: true };
    expect(await notifyNewMatches({ search: ctx.search, prefix: ctx.config.ES_INDEX_PREFIX, stop })).toMatchObject({ notified: 0 });
    expect(await toldAbout(fits, id)).toEqual([]);
    expect(await NewMatchScan.countDocuments({ _id: id })).toBe(0);

    expect(await run()).toMatchObject({ notified: 2 });
    expect(await toldAbout(fits, id)).toHaveLength(1);
  });

  it('follows the talent’s preferences: in-app off keeps it out of the inbox (the digest still has it), both off stores nothing', async () => {
    const emailOnly = await talentWith(FITS);
    const silent = await talentWith(FITS);
    await wantNewMatch(emailOnly.b, { inApp: false, emailDigest: true });
    await wantNewMatch(silent.b, { inApp: false, emailDigest: false });
    await syncSearch(ctx);
    const id = await publish('Payments API for the post office');
    await syncSearch(ctx);
    await run();
    expect(await toldAbout(emailOnly, id)).toEqual([]);
    expect(await Notification.find({ userId: emailOnly.id, kind: 'newMatch', 'opportunity.id': id }, { inbox: 1 }).lean()).toEqual([expect.objectContaining({ inbox: false })]);
    expect(await Notification.countDocuments({ userId: silent.id, kind: 'newMatch' })).toBe(0);
    expect(await toldAbout(fits, id)).toHaveLength(1);
  });

  it('skips a talent whose profile is gone from MongoDB while the index still holds it', async () => {
    const gone = await talentWith(FITS);
    await syncSearch(ctx);
    await Profile.deleteOne({ _id: gone.id });
    const id = await publish('Payments API for the customs');
    await syncSearch(ctx);
    await run();
    expect(await toldAbout(gone, id)).toEqual([]);
    expect(await NewMatchNotice.countDocuments({ opportunityId: id, talentId: gone.id })).toBe(0);
    expect(await toldAbout(fits, id)).toHaveLength(1);
  });

  it('forgets which opportunities a talent was told about when they delete their account', async () => {
    const leaving = await talentWith(FITS);
    await syncSearch(ctx);
    const id = await publish('Payments API for the railways');
    await syncSearch(ctx);
    await run();
    expect(await NewMatchNotice.countDocuments({ talentId: leaving.id })).toBe(1);
    await leaving.b.del('/api/v1/me', { password: TEST_PASSWORD, confirm: 'DELETE' }).expect(204);
    expect(await NewMatchNotice.countDocuments({ talentId: leaving.id })).toBe(0);
    expect(await toldAbout(fits, id)).toHaveLength(1);
  });

  it('tells only the best-ranked talents when more fit than the cap allows', async () => {
    // Every must-have and the nice-to-have too: ranks above the others of the top tier.
    const best = await talentWith({ ...FITS, skills: [...FITS.skills, level(DEVOPS, 3)] });
    await syncSearch(ctx);
    const id = await publish('Payments API with DevOps');
    await syncSearch(ctx);
    expect(await run(1)).toMatchObject({ opportunities: 1, notified: 1 });
    expect(await toldAbout(best, id)).toHaveLength(1);
    expect(await toldAbout(fits, id)).toEqual([]);
    expect(await toldAbout(hidden, id)).toEqual([]);
    expect(await NewMatchScan.findById(id).lean()).toMatchObject({ outcome: 'matched', talents: 1 });
  });
});
