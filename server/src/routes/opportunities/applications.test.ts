import mongoose, { Types } from 'mongoose';
import { startTestApp, type TestContext } from '../../testing/harness';
import { buildApplication, buildOpportunity, buildOrganisation, buildTalentProfile, buildUser } from '../../testing/factories';
import { signIn } from '../../testing/session';
import { Application } from '../../models/Application';
import { AuditLog } from '../../models/AuditLog';
import { Opportunity } from '../../models/Opportunity';
import { on } from '../../services/events';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

async function employer(status: 'pending' | 'verified' = 'verified') {
  const org = await buildOrganisation({ kind: 'employer', status });
  const manager = await buildUser({ role: 'employer', organisationId: org._id, orgAdmin: true });
  return { org, manager, b: await signIn(ctx.app, manager) };
}

/** A talent with a saved profile (visible to verified organisations unless said otherwise), signed in. */
async function talent(visibility: 'verified-organisations' | 'officers' | 'hidden' = 'verified-organisations') {
  const user = await buildUser({ role: 'talent' });
  await buildTalentProfile(user, {
    headline: 'Carreleur, 10 ans de chantier',
    visibility,
    sensitive: { nationality: 'ML', residenceStatus: 'pending-regularisation', gender: 'man', birthYear: 1990 },
  });
  return { user, b: await signIn(ctx.app, user) };
}

const APPLY = { motivation: 'Dix ans de carrelage, disponible tout de suite.' };

describe('POST /api/v1/opportunities/:id/applications (apply)', () => {
  it("records a talent's application and shows them where it stands and what they may do next", async () => {
    const { org, manager } = await employer();
    const opp = await buildOpportunity({ organisationId: org._id });
    const { user, b } = await talent();
    const colleague = await buildUser({ role: 'employer', organisationId: org._id });
    const events: unknown[] = [];
    const off = on('application.submitted', (p) => void events.push(p));
    const res = await b.post(`/api/v1/opportunities/${opp.id}/applications`, APPLY).expect(201);
    off();
    expect(res.body).toMatchObject({
      opportunity: { id: opp.id, type: 'job', title: { fr: expect.any(String) }, organisationName: org.name },
      talent: { id: user.id, displayName: user.displayName, headline: 'Carreleur, 10 ans de chantier' },
      stage: 'applied',
      motivation: APPLY.motivation,
      history: [{ stage: 'applied', by: 'talent', byName: user.displayName, note: '' }],
      mission: null,
      allowedMoves: ['withdrawn'],
    });
    // Ids only, to the managers (both of them), never the motivation.
    expect(events).toEqual([
      expect.objectContaining({ applicationId: res.body.id, talentId: user.id, actorId: user.id, acceptedInvitation: false, recipientIds: expect.arrayContaining([manager.id, colleague.id]) }),
    ]);
    expect(JSON.stringify(events)).not.toContain('carrelage');
    expect(await AuditLog.findOne({ action: 'application.submitted', targetId: res.body.id }).lean()).toMatchObject({ meta: { opportunityId: opp.id, acceptedInvitation: false } });
  });

  it('accepts a single application per talent', async () => {
    const { org } = await employer();
    const opp = await buildOpportunity({ organisationId: org._id });
    const { b } = await talent();
    const [one, two] = await Promise.all([
      b.post(`/api/v1/opportunities/${opp.id}/applications`, APPLY),
      b.post(`/api/v1/opportunities/${opp.id}/applications`, APPLY),
    ]);
    expect([one.status, two.status].sort()).toEqual([201, 409]);
    expect(await Application.countDocuments({ opportunityId: opp._id })).toBe(1);
  });

  it('refuses closed opportunities and passed deadlines, and people who are not talents', async () => {
    const { org, b: employerBrowser } = await employer();
    const closed = await buildOpportunity({ organisationId: org._id, status: 'closed' });
    const late = await buildOpportunity({ organisationId: org._id }, { deadline: '2020-06-30' });
    const { b } = await talent();
    expect((await b.post(`/api/v1/opportunities/${closed.id}/applications`, APPLY).expect(409)).body.error.details).toMatchObject({ reason: 'not_open' });
    await b.post(`/api/v1/opportunities/${late.id}/applications`, APPLY).expect(409);
    const open = await buildOpportunity({ organisationId: org._id });
    expect((await employerBrowser.post(`/api/v1/opportunities/${open.id}/applications`, APPLY).expect(403)).body.error.message).toBe('Only talents can apply to opportunities.');
    expect(await Application.countDocuments({ organisationId: org._id })).toBe(0);
  });

  it('explains a missing motivation or a document that is not theirs, and stores nothing', async () => {
    const { org } = await employer();
    const opp = await buildOpportunity({ organisationId: org._id });
    const { b } = await talent();
    const empty = await b.post(`/api/v1/opportunities/${opp.id}/applications`, { motivation: '  ' }).expect(400);
    expect(empty.body.error.details).toEqual([expect.objectContaining({ path: 'motivation', location: 'body' })]);
    const stranger = await buildUser({ role: 'talent' });
    const { insertedId } = await mongoose.connection.collection('documents').insertOne({ ownerId: stranger._id, kind: 'cv', name: 'cv.pdf', size: 10, shared: false });
    const foreign = await b.post(`/api/v1/opportunities/${opp.id}/applications`, { ...APPLY, documentIds: [String(insertedId)] }).expect(400);
    expect(foreign.body.error.details).toEqual([expect.objectContaining({ path: 'documentIds.0', code: 'unknown_document' })]);
    expect(await Application.countDocuments({ opportunityId: opp._id })).toBe(0);
  });
});

describe('POST /api/v1/opportunities/:id/invitations', () => {
  it('invites a talent the employer may see; applying then accepts the invitation', async () => {
    const { org, manager, b } = await employer();
    const opp = await buildOpportunity({ organisationId: org._id });
    const { user, b: talentBrowser } = await talent();
    const invited: unknown[] = [];
    const off = on('application.invited', (p) => void invited.push(p));
    const res = await b.post(`/api/v1/opportunities/${opp.id}/invitations`, { talentId: user.id, message: 'Votre profil nous intéresse.' }).expect(201);
    off();
    expect(res.body).toMatchObject({ stage: 'invited', history: [{ stage: 'invited', by: 'owner', byName: manager.displayName, note: 'Votre profil nous intéresse.' }], allowedMoves: ['withdrawn'] });
    expect(invited).toEqual([expect.objectContaining({ applicationId: res.body.id, recipientIds: [user.id], actorId: manager.id })]);

    const seen = await talentBrowser.get(`/api/v1/applications/${res.body.id}`).expect(200);
    expect(seen.body.allowedMoves).toEqual(['applied', 'declined']);
    const accepted = await talentBrowser.post(`/api/v1/opportunities/${opp.id}/applications`, APPLY).expect(200);
    expect(accepted.body).toMatchObject({ id: res.body.id, stage: 'applied', motivation: APPLY.motivation });
    expect(accepted.body.history.map((h: { stage: string }) => h.stage)).toEqual(['invited', 'applied']);
  });

  it('says a talent with a hidden profile, or one shown to officers only, is not found for an employer', async () => {
    const { org, b } = await employer();
    const opp = await buildOpportunity({ organisationId: org._id });
    for (const visibility of ['hidden', 'officers'] as const) {
      const { user } = await talent(visibility);
      const res = await b.post(`/api/v1/opportunities/${opp.id}/invitations`, { talentId: user.id }).expect(404);
      expect(res.body.error).toMatchObject({ code: 'not_found', message: 'Talent not found.' });
    }
    const notATalent = await buildUser({ role: 'employer' });
    await b.post(`/api/v1/opportunities/${opp.id}/invitations`, { talentId: notATalent.id }).expect(404);
    expect(await Application.countDocuments({ opportunityId: opp._id })).toBe(0);
  });

  it("lets an officer invite a talent who shows their profile to officers only", async () => {
    const institution = await buildOrganisation({ kind: 'institution' });
    const officer = await signIn(ctx.app, await buildUser({ role: 'officer', organisationId: institution._id }));
    const mission = await buildOpportunity({ organisationId: institution._id, type: 'mission' });
    const { user } = await talent('officers');
    const res = await officer.post(`/api/v1/opportunities/${mission.id}/invitations`, { talentId: user.id }).expect(201);
    expect(res.body.mission).toEqual({ confirmation: null, report: null, evaluation: null });
  });

  it('refuses inviting to a draft, inviting twice, and inviting to another organisation’s opportunity', async () => {
    const { org, b } = await employer();
    const { user } = await talent();
    const draft = await buildOpportunity({ organisationId: org._id, status: 'draft' });
    await b.post(`/api/v1/opportunities/${draft.id}/invitations`, { talentId: user.id }).expect(409);
    const opp = await buildOpportunity({ organisationId: org._id });
    await b.post(`/api/v1/opportunities/${opp.id}/invitations`, { talentId: user.id }).expect(201);
    expect((await b.post(`/api/v1/opportunities/${opp.id}/invitations`, { talentId: user.id }).expect(409)).body.error.details).toEqual({ reason: 'already_in_pipeline' });
    const { org: otherOrg } = await employer();
    const theirs = await buildOpportunity({ organisationId: otherOrg._id });
    await b.post(`/api/v1/opportunities/${theirs.id}/invitations`, { talentId: user.id }).expect(403);
  });
});

describe('GET /api/v1/opportunities/:id/applications (the board)', () => {
  it('groups applications by stage with counts, and never shows a talent’s sensitive answers', async () => {
    const { org, b } = await employer();
    const opp = await buildOpportunity({ organisationId: org._id });
    const people = await Promise.all([talent(), talent(), talent()]);
    await buildApplication({ opportunity: opp, talentId: people[0]!.user._id });
    await buildApplication({ opportunity: opp, talentId: people[1]!.user._id });
    await buildApplication({ opportunity: opp, talentId: people[2]!.user._id, stage: 'shortlisted' });
    const res = await b.get(`/api/v1/opportunities/${opp.id}/applications?limit=1`).expect(200);
    const columns = Object.fromEntries(res.body.columns.map((c: { stage: string }) => [c.stage, c]));
    expect(res.body.columns.map((c: { stage: string }) => c.stage)).toEqual(['invited', 'applied', 'shortlisted', 'interview', 'selected', 'declined', 'withdrawn', 'confirmed', 'completed']);
    expect(columns.applied).toMatchObject({ count: 2, items: [expect.objectContaining({ stage: 'applied' })], nextCursor: expect.any(String) });
    expect(columns.shortlisted).toMatchObject({ count: 1, nextCursor: null });
    expect(columns.invited).toEqual({ stage: 'invited', count: 0, items: [], nextCursor: null });
    const card = columns.shortlisted.items[0];
    expect(Object.keys(card.talent).sort()).toEqual(['displayName', 'headline', 'id']);
    expect(card.allowedMoves).toEqual(['applied', 'interview', 'selected', 'declined']);
    for (const secret of ['pending-regularisation', 'nationality', 'residenceStatus', 'gender', 'birthYear']) expect(res.text).not.toContain(secret);

    const next = await b.get(`/api/v1/opportunities/${opp.id}/applications?stage=applied&limit=1&cursor=${columns.applied.nextCursor}`).expect(200);
    expect(next.body.columns).toEqual([expect.objectContaining({ stage: 'applied', count: 2, nextCursor: null })]);
    expect(next.body.columns[0].items[0].id).not.toBe(columns.applied.items[0].id);
  });

  it('is for the managers only', async () => {
    const { org } = await employer();
    const opp = await buildOpportunity({ organisationId: org._id });
    const { b } = await talent();
    await b.get(`/api/v1/opportunities/${opp.id}/applications`).expect(403);
    const { b: other } = await employer();
    await other.get(`/api/v1/opportunities/${opp.id}/applications`).expect(403);
  });
});

describe('GET /api/v1/applications/:id and /me/applications', () => {
  it("hides a talent's application from other talents and other organisations (404)", async () => {
    const { org } = await employer();
    const opp = await buildOpportunity({ organisationId: org._id });
    const { user } = await talent();
    const app = await buildApplication({ opportunity: opp, talentId: user._id });
    const { b: otherTalent } = await talent();
    expect((await otherTalent.get(`/api/v1/applications/${app.id}`).expect(404)).body.error.code).toBe('not_found');
    const { b: otherEmployer } = await employer();
    await otherEmployer.get(`/api/v1/applications/${app.id}`).expect(404);
    await otherTalent.post(`/api/v1/applications/${app.id}/stage`, { stage: 'withdrawn' }).expect(404);
  });

  it("lists a talent's own applications, most recently changed first, filtered by stage", async () => {
    const { org } = await employer();
    const [a, c] = [await buildOpportunity({ organisationId: org._id }), await buildOpportunity({ organisationId: org._id })];
    const { user, b } = await talent();
    const first = await buildApplication({ opportunity: a, talentId: user._id });
    const second = await buildApplication({ opportunity: c, talentId: user._id, stage: 'invited', byUserId: new Types.ObjectId() });
    await buildApplication({ opportunity: a, talentId: (await buildUser({ role: 'talent' }))._id });
    const res = await b.get('/api/v1/me/applications').expect(200);
    expect(res.body.items.map((x: { id: string }) => x.id)).toEqual([second.id, first.id]);
    expect((await b.get('/api/v1/me/applications?stage=invited').expect(200)).body.items.map((x: { id: string }) => x.id)).toEqual([second.id]);
    const { b: employerBrowser } = await employer();
    await employerBrowser.get('/api/v1/me/applications').expect(403);
  });
});

describe('POST /api/v1/applications/:id/stage', () => {
  async function pipeline(stage: 'applied' | 'invited' = 'applied') {
    const { org, manager, b } = await employer();
    const opp = await buildOpportunity({ organisationId: org._id });
    const t = await talent();
    const app = await buildApplication({ opportunity: opp, talentId: t.user._id, stage, byUserId: manager._id });
    return { opp, app, owner: b, manager, talent: t };
  }

  it('moves a candidate forward, records who did it with the note, and tells the talent', async () => {
    const { app, owner, manager, talent: t } = await pipeline();
    const events: unknown[] = [];
    const off = on('application.stageChanged', (p) => void events.push(p));
    const res = await owner.post(`/api/v1/applications/${app.id}/stage`, { stage: 'shortlisted', note: 'Très bon profil' }).expect(200);
    off();
    expect(res.body.stage).toBe('shortlisted');
    expect(res.body.history.at(-1)).toMatchObject({ stage: 'shortlisted', by: 'owner', byName: manager.displayName, note: 'Très bon profil' });
    expect(events).toEqual([expect.objectContaining({ from: 'applied', to: 'shortlisted', by: 'owner', recipientIds: [t.user.id] })]);
    expect(JSON.stringify(events)).not.toContain('Très bon profil');
    expect(await AuditLog.findOne({ action: 'application.stage_changed', targetId: app._id }).lean()).toMatchObject({ meta: { from: 'applied', to: 'shortlisted', by: 'owner' } });
  });

  it("refuses a talent moving an organisation's stage (403) and names what they may do", async () => {
    const { app, talent: t } = await pipeline();
    const res = await t.b.post(`/api/v1/applications/${app.id}/stage`, { stage: 'shortlisted' }).expect(403);
    expect(res.body.error).toMatchObject({ code: 'forbidden', details: { from: 'applied', allowed: ['withdrawn'] } });
    expect((await Application.findById(app._id).lean())!.stage).toBe('applied');
  });

  it('refuses a move that does not exist from the current stage with 409 and the stages allowed', async () => {
    const { app, owner } = await pipeline();
    const res = await owner.post(`/api/v1/applications/${app.id}/stage`, { stage: 'completed' }).expect(409);
    expect(res.body.error).toMatchObject({ code: 'invalid_transition', details: { from: 'applied', allowed: ['shortlisted', 'interview', 'selected', 'declined'] } });
    // Confirming a job's candidate does not exist either (missions only).
    await owner.post(`/api/v1/applications/${app.id}/stage`, { stage: 'selected' }).expect(200);
    const confirm = await owner.post(`/api/v1/applications/${app.id}/stage`, { stage: 'confirmed' }).expect(409);
    expect(confirm.body.error.details.allowed).toEqual(['interview', 'declined']);
  });

  it('lets a talent decline an invitation, after which nothing moves', async () => {
    const { app, owner, talent: t } = await pipeline('invited');
    const res = await t.b.post(`/api/v1/applications/${app.id}/stage`, { stage: 'declined' }).expect(200);
    expect(res.body.allowedMoves).toEqual([]);
    const after = await owner.post(`/api/v1/applications/${app.id}/stage`, { stage: 'withdrawn' }).expect(409);
    expect(after.body.error.details).toEqual({ from: 'declined', allowed: [] });
  });

  it('lets only one of simultaneous moves win', async () => {
    const { app, owner } = await pipeline();
    const results = await Promise.all(Array.from({ length: 5 }, () => owner.post(`/api/v1/applications/${app.id}/stage`, { stage: 'shortlisted' })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'invalid_transition')).toBe(true);
    const stored = await Application.findById(app._id).lean();
    expect(stored!.history.map((h) => h.stage)).toEqual(['applied', 'shortlisted']);
  });

  it('refuses accepting an invitation once the opportunity closed', async () => {
    const { opp, app, talent: t } = await pipeline('invited');
    await Opportunity.updateOne({ _id: opp._id }, { $set: { status: 'closed' } });
    await t.b.post(`/api/v1/applications/${app.id}/stage`, { stage: 'applied' }).expect(409);
  });
});

describe('account export and deletion', () => {
  it("exports a talent's applications and deletes them with the account; an employer's departure keeps the opportunity", async () => {
    const { org, manager, b: managerBrowser } = await employer();
    await buildUser({ role: 'employer', organisationId: org._id });
    const opp = await buildOpportunity({ organisationId: org._id, createdBy: manager._id });
    const { user, b } = await talent();
    await b.post(`/api/v1/opportunities/${opp.id}/applications`, APPLY).expect(201);
    const exported = await b.get('/api/v1/me/export').expect(200);
    expect(exported.body.applications).toEqual([expect.objectContaining({ opportunity: expect.objectContaining({ id: opp.id }), stage: 'applied', motivation: APPLY.motivation })]);

    await b.del('/api/v1/me', { password: 'correct horse battery', confirm: 'DELETE' }).expect(204);
    expect(await Application.countDocuments({ talentId: user._id })).toBe(0);

    await managerBrowser.del('/api/v1/me', { password: 'correct horse battery', confirm: 'DELETE' }).expect(204);
    expect(await Opportunity.findById(opp._id).lean()).toMatchObject({ organisationId: org._id, status: 'published' });
  });
});
