/**
 * The match lists through HTTP, on the real MongoDB-compatible server and Elasticsearch. Data goes through the
 * real write path: talents save their profiles and officers write and publish missions through the API, and the
 * search indexer drains the marks those writes leave into the indices, as in production.
 */
import { TalentMatchPageSchema, OpportunityMatchPageSchema } from '@kafaat/shared';
import { startTestApp, type TestContext } from '../../testing/harness';
import { buildOpportunity, buildOrganisation, buildUser } from '../../testing/factories';
import { signIn, signedInTalent } from '../../testing/session';
import type { Browser } from '../../testing/client';
import { Skill } from '../../models/Skill';
import { SearchIndexer } from '../../search/indexer';
import { readTaxonomy } from '../../services/taxonomy/taxonomyReader';

const BACKEND = 'it-data.backend-development';
const NODE = 'it-data.nodejs';
const SQL = 'it-data.sql';
const DEVOPS = 'it-data.devops';
const MEDICINE = 'health.medicine';
const SKILLS = [BACKEND, NODE, SQL, DEVOPS, MEDICINE, 'it-data.software-development', 'it-data.api-design'];

let ctx: TestContext;
let indexer: SearchIndexer;

/** Lets the indexer write every pending change, then makes it searchable. */
async function syncSearch() {
  await indexer.drain();
  await ctx.search.indices.refresh({ index: `${ctx.config.ES_INDEX_PREFIX}*` });
}

beforeAll(async () => {
  ctx = await startTestApp();
  indexer = new SearchIndexer({ search: ctx.search, prefix: ctx.config.ES_INDEX_PREFIX });
  // The taxonomy's own skills and relations (Node.js is narrower than back-end development).
  const taxonomy = readTaxonomy();
  await Skill.insertMany(
    taxonomy.skills.filter((s) => SKILLS.includes(s.id)).map((s) => ({ _id: s.id, sector: s.sector, labels: s.labels, synonyms: s.synonyms, broader: s.broader, related: s.related, isco: s.isco, taxonomyVersion: 'test' })),
  );
});
afterAll(() => ctx.close());

const talentWith = (profile: Parameters<typeof signedInTalent>[1]) => signedInTalent(ctx.app, profile);

const level = (skillId: string, l: number) => ({ skillId, level: l, years: 5, acquiredBy: ['work' as const] });
const AVAILABLE = [{ from: '2027-02-15', to: '2027-03-31' }];
const MOBILE = { remote: true, shortMissions: true, maxMissionWeeks: 4, relocation: true };

/** An organisation and one of its managers, signed in. */
async function manager(kind: 'employer' | 'institution') {
  const org = await buildOrganisation({ kind, status: 'verified' });
  const user = await buildUser({ role: kind === 'employer' ? 'employer' : 'officer', organisationId: org._id, orgAdmin: true });
  return { org, user, b: await signIn(ctx.app, user) };
}

/** Written in English only: the profiles are in French. */
const MISSION = {
  type: 'mission',
  title: { en: 'Payment back-end for the regional investment centre' },
  description: { en: 'Two weeks on site in Rabat to review and extend the payments API.' },
  sector: 'it-data',
  mustHaveSkills: [{ skillId: BACKEND, minLevel: 3 }, { skillId: SQL, minLevel: 2 }],
  niceToHaveSkills: [{ skillId: DEVOPS, minLevel: 2 }],
  languages: [{ code: 'en', minLevel: 'B2' }],
  location: { mode: 'onsite', city: 'Rabat' },
  startDate: '2027-03-01',
  endDate: '2027-03-12',
  mission: { hostInstitution: 'CRI Rabat', objectives: 'Review the payments API', durationDays: 10, budget: { travelMad: 5000, dailyAllowanceMad: 800 } },
};

/** Written in French: the same two must-haves as the mission, no language asked. */
const JOB = {
  type: 'job',
  title: { fr: 'Développeuse back-end' },
  description: { fr: 'Équipe paiements à Casablanca.' },
  sector: 'it-data',
  mustHaveSkills: [{ skillId: BACKEND, minLevel: 3 }, { skillId: SQL, minLevel: 2 }],
  location: { mode: 'hybrid', city: 'Casablanca' },
};

/** Writes and publishes an opportunity through the API; returns its id. */
async function publish(b: Browser, body: object): Promise<string> {
  const created = await b.post('/api/v1/opportunities', body).expect(201);
  await b.post(`/api/v1/opportunities/${created.body.id}/status`, { status: 'published' }).expect(200);
  return created.body.id;
}

let officer: Awaited<ReturnType<typeof manager>>;
let employer: Awaited<ReturnType<typeof manager>>;
let missionId: string;
let jobId: string;
const t: Record<'full' | 'officersOnly' | 'close' | 'missing' | 'hidden' | 'unrelated', Awaited<ReturnType<typeof talentWith>>> = {} as never;

beforeAll(async () => {
  officer = await manager('institution');
  employer = await manager('employer');
  const base = { headline: 'Ingénieure back-end', country: 'FR', city: 'Toulouse', mobility: MOBILE, availability: AVAILABLE } as const;
  const english = [{ code: 'fr', level: 'C2', native: true }, { code: 'en', level: 'C1', native: false }] as const;
  t.full = await talentWith({ ...base, skills: [level(BACKEND, 4), level(SQL, 3), level(DEVOPS, 3)], languages: [...english] });
  // Everything but English: still has every must-have, so above anyone who lacks one.
  t.officersOnly = await talentWith({ ...base, skills: [level(BACKEND, 4), level(SQL, 3)], languages: [english[0]], visibility: 'officers' });
  t.close = await talentWith({ ...base, headline: 'Développeur Node.js', skills: [level(NODE, 4), level(SQL, 4), level(DEVOPS, 4)], languages: [...english] });
  t.missing = await talentWith({ ...base, skills: [level(BACKEND, 4), level(DEVOPS, 4)], languages: [...english] });
  t.hidden = await talentWith({ ...base, skills: [level(BACKEND, 4), level(SQL, 4)], languages: [...english], visibility: 'hidden' });
  t.unrelated = await talentWith({ ...base, headline: 'Médecin', skills: [level(MEDICINE, 4)], languages: [...english] });
  missionId = await publish(officer.b, MISSION);
  jobId = await publish(employer.b, JOB);
  await syncSearch();
});

describe('GET /api/v1/opportunities/:id/matches', () => {
  it('ranks the talents for the officer who manages the mission, each with its explanation and skill labels', async () => {
    const res = await officer.b.get(`/api/v1/opportunities/${missionId}/matches?lang=en`).expect(200);
    const page = TalentMatchPageSchema.parse(res.body);
    // Every must-have first (the one who also speaks English above), then a close stand-in, then a missing one.
    expect(page.items.map((m) => m.talent.id)).toEqual([t.full.id, t.officersOnly.id, t.close.id, t.missing.id]);
    expect(page.items.map((m) => m.explanation.tier)).toEqual(['all-met', 'all-met', 'all-covered', 'some-missing']);
    expect(page.total).toBe(4);
    expect(page.nextCursor).toBeNull();

    const [full, , close, missing] = page.items;
    expect(full!.talent).toEqual({ id: t.full.id, displayName: t.full.user.displayName, headline: 'Ingénieure back-end', kind: 'diaspora', country: 'FR', city: 'Toulouse' });
    expect(full!.explanation.mustHave).toEqual([
      { skillId: BACKEND, status: 'met', talentLevel: 4, minLevel: 3, verified: false, credit: 1 },
      { skillId: SQL, status: 'met', talentLevel: 3, minLevel: 2, verified: false, credit: 1 },
    ]);
    expect(full!.explanation.availability).toEqual({ applicable: true, windowsDeclared: true, requiredDays: 12, overlapDays: 12, fit: 1 });
    expect(full!.explanation.location).toEqual({ mode: 'onsite', reason: 'short-missions', fit: 1, missionWeeks: 2, maxMissionWeeks: 4 });
    expect(close!.explanation.mustHave[0]).toMatchObject({ skillId: BACKEND, status: 'close', via: { skillId: NODE, relation: 'narrower' }, talentLevel: 4 });
    expect(missing!.explanation.mustHave[1]).toMatchObject({ skillId: SQL, status: 'missing', talentLevel: null });
    expect(full!.score).toBeGreaterThan(close!.score);
    expect(close!.score).toBeGreaterThan(missing!.score);
    expect(page.skillLabels).toMatchObject({ [BACKEND]: 'Back-end development', [SQL]: 'SQL', [NODE]: 'Node.js', [DEVOPS]: 'DevOps' });
    // Never the hidden profile, nor one without any skill asked for.
    expect(res.text).not.toContain(t.hidden.id);
    expect(res.text).not.toContain(t.unrelated.id);
  });

  it('labels the skills in the language asked for', async () => {
    const res = await officer.b.get(`/api/v1/opportunities/${missionId}/matches?lang=ar&limit=1`).expect(200);
    expect(res.body.skillLabels[BACKEND]).toBe('تطوير الواجهات الخلفية');
  });

  it('pages through the ranking with the cursor and refuses a damaged one', async () => {
    const first = await officer.b.get(`/api/v1/opportunities/${missionId}/matches?limit=3`).expect(200);
    expect(first.body.items).toHaveLength(3);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await officer.b.get(`/api/v1/opportunities/${missionId}/matches?limit=3&cursor=${first.body.nextCursor}`).expect(200);
    expect(second.body.items.map((m: { talent: { id: string } }) => m.talent.id)).toEqual([t.missing.id]);
    expect(second.body.nextCursor).toBeNull();
    const bad = await officer.b.get(`/api/v1/opportunities/${missionId}/matches?cursor=not-a-cursor`).expect(400);
    expect(bad.body.error.details[0]).toMatchObject({ path: 'cursor', code: 'invalid_cursor' });
  });

  it('shows an employer neither hidden profiles nor those visible to officers only', async () => {
    const res = await employer.b.get(`/api/v1/opportunities/${jobId}/matches`).expect(200);
    const ids = res.body.items.map((m: { talent: { id: string } }) => m.talent.id);
    expect(ids).toEqual(expect.arrayContaining([t.full.id, t.close.id, t.missing.id]));
    expect(ids).not.toContain(t.officersOnly.id);
    expect(ids).not.toContain(t.hidden.id);
  });

  it('ranks with the requirements as edited a moment before, though the list was just read', async () => {
    const id = await publish(employer.b, JOB);
    const statuses = (body: { items: Array<{ talent: { id: string }; explanation: { mustHave: Array<{ status: string }> } }> }) =>
      body.items.find((m) => m.talent.id === t.missing.id)!.explanation.mustHave.map((s) => s.status);
    expect(statuses((await employer.b.get(`/api/v1/opportunities/${id}/matches`).expect(200)).body)).toEqual(['met', 'missing']);
    await employer.b.patch(`/api/v1/opportunities/${id}`, { mustHaveSkills: [{ skillId: BACKEND, minLevel: 3 }] }).expect(200);
    expect(statuses((await employer.b.get(`/api/v1/opportunities/${id}/matches`).expect(200)).body)).toEqual(['met']);
  });

  it('answers 404 to anyone who does not manage the opportunity', async () => {
    const otherOfficer = await manager('institution');
    await otherOfficer.b.get(`/api/v1/opportunities/${missionId}/matches`).expect(404);
    await t.full.b.get(`/api/v1/opportunities/${missionId}/matches`).expect(404);
    await employer.b.get(`/api/v1/opportunities/${missionId}/matches`).expect(404);
    await officer.b.get('/api/v1/opportunities/0123456789abcdef01234567/matches').expect(404);
  });

  it('drops a talent the moment their save of a hidden profile answers, with no indexer running', async () => {
    const talent = await talentWith({ headline: 'Backend', skills: [level(BACKEND, 4), level(SQL, 4)], visibility: 'verified-organisations' });
    await syncSearch();
    const before = await employer.b.get(`/api/v1/opportunities/${jobId}/matches?limit=50`).expect(200);
    expect(before.body.items.map((m: { talent: { id: string } }) => m.talent.id)).toContain(talent.id);
    await talent.b.patch('/api/v1/me/profile', { visibility: 'hidden' }).expect(200);
    const after = await employer.b.get(`/api/v1/opportunities/${jobId}/matches?limit=50`).expect(200);
    expect(after.body.items.map((m: { talent: { id: string } }) => m.talent.id)).not.toContain(talent.id);
  });
});

describe('GET /api/v1/me/matches', () => {
  it('lists the published opportunities that fit the talent, never drafts, closed ones or passed deadlines', async () => {
    const draft = (await officer.b.post('/api/v1/opportunities', { ...MISSION, title: { en: 'Draft mission' } }).expect(201)).body.id;
    const closed = await publish(officer.b, { ...MISSION, title: { en: 'Closed mission' } });
    await officer.b.post(`/api/v1/opportunities/${closed}/status`, { status: 'closed' }).expect(200);
    const expired = await buildOpportunity({ organisationId: employer.org._id, type: 'job' }, { sector: 'it-data', mustHaveSkills: [{ skillId: BACKEND, minLevel: 2 }], deadline: '2020-01-31' });
    const medicine = await publish(officer.b, { ...MISSION, title: { en: 'Hospital mission' }, mustHaveSkills: [{ skillId: MEDICINE, minLevel: 3 }], niceToHaveSkills: [] });
    await syncSearch();

    const res = await t.full.b.get('/api/v1/me/matches?lang=fr').expect(200);
    const page = OpportunityMatchPageSchema.parse(res.body);
    const ids = page.items.map((m) => m.opportunity.id);
    expect(ids).toEqual(expect.arrayContaining([missionId, jobId]));
    for (const excluded of [draft, closed, String(expired._id), medicine]) expect(ids).not.toContain(excluded);
    const mission = page.items.find((m) => m.opportunity.id === missionId)!;
    expect(mission.opportunity).toMatchObject({ type: 'mission', title: { en: 'Payment back-end for the regional investment centre' }, organisation: { id: officer.org.id, name: officer.org.name }, startDate: '2027-03-01', endDate: '2027-03-12' });
    expect(mission.explanation).toMatchObject({ tier: 'all-met', location: { reason: 'short-missions', missionWeeks: 2 } });
    expect(page.skillLabels[BACKEND]).toBe('Développement back-end');
  });

  it('ranks with the same rules: a talent with a close skill sees the mission as covered, not met', async () => {
    const res = await t.close.b.get('/api/v1/me/matches').expect(200);
    const mission = res.body.items.find((m: { opportunity: { id: string } }) => m.opportunity.id === missionId);
    expect(mission.explanation.tier).toBe('all-covered');
    expect(mission.explanation.mustHave[0]).toMatchObject({ status: 'close', via: { skillId: NODE, relation: 'narrower' } });
  });

  it('is empty for a talent without skills, and refused to anyone but talents', async () => {
    const newcomer = await buildUser({ role: 'talent' });
    const b = await signIn(ctx.app, newcomer);
    const res = await b.get('/api/v1/me/matches').expect(200);
    expect(res.body).toEqual({ items: [], nextCursor: null, total: 0, skillLabels: {} });
    await officer.b.get('/api/v1/me/matches').expect(403);
    await employer.b.get('/api/v1/me/matches').expect(403);
  });
});
