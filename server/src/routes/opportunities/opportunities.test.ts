import { startTestApp, type TestContext } from '../../testing/harness';
import { openBrowser } from '../../testing/client';
import { buildApplication, buildOpportunity, buildOrganisation, buildUser } from '../../testing/factories';
import { signIn } from '../../testing/session';
import { AuditLog } from '../../models/AuditLog';
import { Opportunity } from '../../models/Opportunity';
import { Skill } from '../../models/Skill';
import { on } from '../../services/events';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
  const labels = { fr: 'Radiologie', en: 'Radiology', ar: 'الأشعة' };
  await Skill.create([
    { _id: 'health.radiology', sector: 'health', labels, taxonomyVersion: 'test' },
    { _id: 'health.nursing', sector: 'health', labels, taxonomyVersion: 'test' },
  ]);
});
afterAll(() => ctx.close());

/** An organisation with one manager (an employer, or an officer for institutions), signed in. */
async function orgWithManager(kind: 'employer' | 'institution' = 'institution', status: 'pending' | 'verified' | 'rejected' = 'verified') {
  const org = await buildOrganisation({ kind, status });
  const manager = await buildUser({ role: kind === 'employer' ? 'employer' : 'officer', organisationId: org._id, orgAdmin: true });
  return { org, manager, b: await signIn(ctx.app, manager) };
}

const MISSION = {
  type: 'mission',
  title: { fr: 'Formation en radiologie interventionnelle', en: 'Interventional radiology training' },
  description: { fr: 'Le CHU de Fès accueille un expert pour former ses équipes.' },
  sector: 'health',
  mustHaveSkills: [{ skillId: 'health.radiology', minLevel: 4 }],
  languages: [{ code: 'fr', minLevel: 'C1' }],
  location: { mode: 'onsite', city: 'Fès' },
  startDate: '2027-03-01',
  endDate: '2027-03-20',
  mission: { hostInstitution: 'CHU Hassan II de Fès', objectives: 'Former 12 techniciens', durationDays: 10, budget: { travelMad: 6000, dailyAllowanceMad: 900 } },
};
const JOB = { type: 'job', title: { fr: 'Développeuse backend' }, description: { en: 'Payments team' }, sector: 'it-data', location: { mode: 'hybrid', city: 'Casablanca' } };

describe('POST /api/v1/opportunities', () => {
  it("saves an officer's mission as a draft of the institution and records ids only in the audit log", async () => {
    const { org, manager, b } = await orgWithManager('institution');
    const res = await b.post('/api/v1/opportunities', MISSION).expect(201);
    expect(res.body).toMatchObject({
      type: 'mission',
      status: 'draft',
      organisation: { id: org.id, name: org.name, kind: 'institution' },
      mustHaveSkills: [{ skillId: 'health.radiology', minLevel: 4 }],
      niceToHaveSkills: [],
      location: { mode: 'onsite', country: 'MA', city: 'Fès' },
      mission: { hostInstitution: 'CHU Hassan II de Fès', durationDays: 10, deliverables: [], budget: { travelMad: 6000, dailyAllowanceMad: 900 } },
      project: null,
      publishedAt: null,
      canManage: true,
    });
    const stored = await Opportunity.findById(res.body.id).lean();
    expect(stored).toMatchObject({ organisationId: org._id, createdBy: manager._id });
    const entry = await AuditLog.findOne({ action: 'opportunity.created', targetId: stored!._id }).lean();
    expect(entry).toMatchObject({ actorId: manager._id, meta: { type: 'mission', organisationId: org.id } });
    expect(JSON.stringify(entry)).not.toContain('radiologie');
  });

  it('lets a pending employer prepare a draft job while it waits for verification', async () => {
    const { b } = await orgWithManager('employer', 'pending');
    expect((await b.post('/api/v1/opportunities', JOB).expect(201)).body.status).toBe('draft');
  });

  it('tells an employer which kinds of opportunity their organisation can create', async () => {
    const { b } = await orgWithManager('employer');
    const res = await b.post('/api/v1/opportunities', MISSION).expect(403);
    expect(res.body.error.message).toBe('Your organisation can create these kinds of opportunity: job, project.');
  });

  it('refuses talents and assessors', async () => {
    const org = await buildOrganisation({ kind: 'institution' });
    for (const user of [await buildUser({ role: 'talent' }), await buildUser({ role: 'assessor', organisationId: org._id })]) {
      await (await signIn(ctx.app, user)).post('/api/v1/opportunities', MISSION).expect(403);
    }
  });

  it('names the wrong field of a mission and stores nothing', async () => {
    const { org, b } = await orgWithManager('institution');
    const res = await b.post('/api/v1/opportunities', { ...MISSION, endDate: '2027-02-01', mission: { ...MISSION.mission, durationDays: 0 } }).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'mission.durationDays', location: 'body', message: 'must be at least 1 day' })]));
    const missing = await b.post('/api/v1/opportunities', { ...MISSION, mission: undefined }).expect(400);
    expect(missing.body.error.details).toEqual([expect.objectContaining({ path: 'mission' })]);
    expect(await Opportunity.countDocuments({ organisationId: org._id })).toBe(0);
  });

  it('refuses a skill that is not in the taxonomy, at the field that names it', async () => {
    const { org, b } = await orgWithManager('institution');
    const res = await b.post('/api/v1/opportunities', { ...MISSION, niceToHaveSkills: [{ skillId: 'health.nursing' }, { skillId: 'health.astrology' }] }).expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'niceToHaveSkills.1.skillId', code: 'unknown_skill' })]);
    expect(await Opportunity.countDocuments({ organisationId: org._id })).toBe(0);
  });
});

describe('GET /api/v1/opportunities and /opportunities/:id', () => {
  it('shows talents published opportunities, newest first, page by page, and never drafts', async () => {
    const { org } = await orgWithManager('employer');
    const draft = await buildOpportunity({ organisationId: org._id, status: 'draft' });
    const older = await buildOpportunity({ organisationId: org._id });
    const newer = await buildOpportunity({ organisationId: org._id });
    const b = await signIn(ctx.app, await buildUser({ role: 'talent' }));
    const first = await b.get('/api/v1/opportunities?limit=1').expect(200);
    expect(first.body.items.map((o: { id: string }) => o.id)).toEqual([newer.id]);
    expect(first.body.items[0].canManage).toBe(false);
    const second = await b.get(`/api/v1/opportunities?limit=1&cursor=${first.body.nextCursor}`).expect(200);
    expect(second.body.items.map((o: { id: string }) => o.id)).toEqual([older.id]);
    const drafts = await b.get('/api/v1/opportunities?status=draft').expect(200);
    expect(drafts.body.items).toEqual([]);
    expect((await b.get(`/api/v1/opportunities/${draft.id}`).expect(404)).body.error.code).toBe('not_found');
  });

  it("lists an organisation's own opportunities in every status with mine=true", async () => {
    const { org, b } = await orgWithManager('employer');
    const draft = await buildOpportunity({ organisationId: org._id, status: 'draft' });
    const closed = await buildOpportunity({ organisationId: org._id, status: 'closed' });
    const res = await b.get('/api/v1/opportunities?mine=true').expect(200);
    expect(res.body.items.map((o: { id: string }) => o.id)).toEqual([closed.id, draft.id]);
    expect(res.body.items.every((o: { canManage: boolean }) => o.canManage)).toBe(true);
    expect((await b.get(`/api/v1/opportunities/${draft.id}`).expect(200)).body.status).toBe('draft');
  });

  it('says a damaged page link is damaged', async () => {
    const b = await signIn(ctx.app, await buildUser({ role: 'talent' }));
    const res = await b.get('/api/v1/opportunities?cursor=bm90LWFuLWlk').expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'cursor', code: 'invalid_cursor' })]);
  });

  it('asks visitors to sign in', async () => {
    await (await openBrowser(ctx.app)).get('/api/v1/opportunities').expect(401);
  });
});

describe('PATCH /api/v1/opportunities/:id', () => {
  it('changes only the fields given and keeps the others (skills, dates, seats)', async () => {
    const { b } = await orgWithManager('institution');
    const created = (await b.post('/api/v1/opportunities', { ...MISSION, seats: 2, deadline: '2027-02-01' }).expect(201)).body;
    const res = await b.patch(`/api/v1/opportunities/${created.id}`, { seats: 3 }).expect(200);
    expect(res.body).toMatchObject({ seats: 3, mustHaveSkills: created.mustHaveSkills, languages: created.languages, startDate: '2027-03-01', endDate: '2027-03-20', deadline: '2027-02-01' });
    const entry = await AuditLog.findOne({ action: 'opportunity.updated', targetId: created.id }).lean();
    expect(entry?.meta).toEqual({ fields: 'seats' });
  });

  it('checks the result against what is stored: dates in order, no mission details on a job', async () => {
    const { org, b } = await orgWithManager('employer');
    const job = await buildOpportunity({ organisationId: org._id, status: 'draft' }, { startDate: '2027-05-01' });
    const dates = await b.patch(`/api/v1/opportunities/${job.id}`, { endDate: '2027-04-01' }).expect(400);
    expect(dates.body.error.details).toEqual([expect.objectContaining({ path: 'endDate', location: 'body' })]);
    const mission = await b.patch(`/api/v1/opportunities/${job.id}`, { mission: MISSION.mission }).expect(400);
    expect(mission.body.error.details).toEqual([expect.objectContaining({ path: 'mission', message: 'only missions have mission details' })]);
    await b.patch(`/api/v1/opportunities/${job.id}`, {}).expect(400);
    expect((await Opportunity.findById(job._id).lean())!.endDate).toBeNull();
  });

  it("refuses another organisation's managers and the organisation's assessors", async () => {
    const { org } = await orgWithManager('institution');
    const opp = await buildOpportunity({ organisationId: org._id, type: 'mission' });
    const { b: other } = await orgWithManager('institution');
    await other.patch(`/api/v1/opportunities/${opp.id}`, { seats: 9 }).expect(403);
    const assessor = await signIn(ctx.app, await buildUser({ role: 'assessor', organisationId: org._id }));
    await assessor.patch(`/api/v1/opportunities/${opp.id}`, { seats: 9 }).expect(403);
    expect((await Opportunity.findById(opp._id).lean())!.seats).toBe(1);
  });
});

describe('POST /api/v1/opportunities/:id/status', () => {
  it('publishes a verified organisation’s draft and dates the publication', async () => {
    const { org, b } = await orgWithManager('employer');
    const draft = await buildOpportunity({ organisationId: org._id, status: 'draft' });
    const res = await b.post(`/api/v1/opportunities/${draft.id}/status`, { status: 'published' }).expect(200);
    expect(res.body.status).toBe('published');
    expect(Date.parse(res.body.publishedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await AuditLog.findOne({ action: 'opportunity.status_changed', targetId: draft._id }).lean()).toMatchObject({ meta: { from: 'draft', to: 'published' } });
  });

  it('refuses to publish for an organisation still pending verification, and says why', async () => {
    const { org, b } = await orgWithManager('employer', 'pending');
    const draft = await buildOpportunity({ organisationId: org._id, status: 'draft' });
    const res = await b.post(`/api/v1/opportunities/${draft.id}/status`, { status: 'published' }).expect(403);
    expect(res.body.error.message).toMatch(/must be verified before it can publish/);
    expect((await Opportunity.findById(draft._id).lean())!.status).toBe('draft');
    // Closing a draft is still possible.
    await b.post(`/api/v1/opportunities/${draft.id}/status`, { status: 'closed' }).expect(200);
  });

  it.each([
    ['job', 'draft', 'filled', ['published', 'closed']],
    ['job', 'published', 'in-progress', ['closed', 'filled']],
    ['mission', 'published', 'completed', ['closed', 'filled', 'in-progress']],
    ['mission', 'completed', 'published', []],
    ['job', 'closed', 'closed', ['published']],
  ] as const)('refuses a %s going from %s to %s with 409 and the statuses allowed', async (type, from, to, allowed) => {
    const { org, b } = await orgWithManager(type === 'job' ? 'employer' : 'institution');
    const opp = await buildOpportunity({ organisationId: org._id, type, status: from });
    const res = await b.post(`/api/v1/opportunities/${opp.id}/status`, { status: to }).expect(409);
    expect(res.body.error).toMatchObject({ code: 'invalid_transition', details: { from, allowed } });
    expect((await Opportunity.findById(opp._id).lean())!.status).toBe(from);
  });

  it('takes a mission through in-progress to completed, then keeps it as a record', async () => {
    const { org, b } = await orgWithManager('institution');
    const mission = await buildOpportunity({ organisationId: org._id, type: 'mission', status: 'filled' });
    await b.post(`/api/v1/opportunities/${mission.id}/status`, { status: 'in-progress' }).expect(200);
    await b.post(`/api/v1/opportunities/${mission.id}/status`, { status: 'completed' }).expect(200);
    expect((await b.patch(`/api/v1/opportunities/${mission.id}`, { seats: 2 }).expect(409)).body.error.code).toBe('conflict');
  });

  it('refuses to publish with a deadline already passed', async () => {
    const { org, b } = await orgWithManager('employer');
    const draft = await buildOpportunity({ organisationId: org._id, status: 'draft' }, { deadline: '2020-01-31' });
    const res = await b.post(`/api/v1/opportunities/${draft.id}/status`, { status: 'published' }).expect(409);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'deadline', code: 'deadline_passed' })]);
  });

  it('lets only one of two simultaneous moves happen and tells talents still in the pipeline', async () => {
    // Started or closed: neither may follow the other, so both can never succeed, whatever the order.
    const { org, b } = await orgWithManager('institution');
    const opp = await buildOpportunity({ organisationId: org._id, type: 'mission' });
    const talent = await buildUser({ role: 'talent' });
    const gone = await buildUser({ role: 'talent' });
    await buildApplication({ opportunity: opp, talentId: talent._id });
    await buildApplication({ opportunity: opp, talentId: gone._id, stage: 'withdrawn' });
    const events: unknown[] = [];
    const off = on('opportunity.statusChanged', (payload) => void events.push(payload));
    const [a, c] = await Promise.all([
      b.post(`/api/v1/opportunities/${opp.id}/status`, { status: 'closed' }),
      b.post(`/api/v1/opportunities/${opp.id}/status`, { status: 'in-progress' }),
    ]);
    off();
    expect([a.status, c.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : c;
    expect(loser.body.error.code).toBe('invalid_transition');
    expect(events).toEqual([
      expect.objectContaining({ opportunityId: opp.id, organisationId: org.id, from: 'published', recipientIds: [talent.id] }),
    ]);
  });
});
