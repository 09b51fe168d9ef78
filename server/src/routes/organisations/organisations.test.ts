import { startTestApp, type TestContext } from '../../testing/harness';
import { openBrowser } from '../../testing/client';
import { buildOrganisation, buildUser } from '../../testing/factories';
import { signIn } from '../../testing/session';
import { AuditLog } from '../../models/AuditLog';
import { Organisation } from '../../models/Organisation';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

/** An organisation with its admin (the person who signed it up). */
async function orgWithAdmin(kind: 'employer' | 'institution' = 'employer', status: 'pending' | 'verified' | 'rejected' = 'verified') {
  const org = await buildOrganisation({ kind, status });
  const admin = await buildUser({ role: kind === 'employer' ? 'employer' : 'officer', organisationId: org._id, orgAdmin: true });
  return { org, admin };
}

describe('GET /api/v1/organisations/:id', () => {
  it('shows a member their own organisation with how many members it has', async () => {
    const { org, admin } = await orgWithAdmin('employer', 'pending');
    await buildUser({ role: 'employer', organisationId: org._id });
    const b = await signIn(ctx.app, admin);
    const res = await b.get(`/api/v1/organisations/${org.id}`).expect(200);
    expect(res.body).toMatchObject({ id: org.id, name: org.name, kind: 'employer', status: 'pending', memberCount: 2, verifiedAt: null });
  });

  it('lets an officer of a verified institution read any organisation', async () => {
    const { org } = await orgWithAdmin('employer', 'pending');
    const { admin: officer } = await orgWithAdmin('institution', 'verified');
    const b = await signIn(ctx.app, officer);
    await b.get(`/api/v1/organisations/${org.id}`).expect(200);
  });

  it("refuses an employer looking at another organisation's page", async () => {
    const { org } = await orgWithAdmin('employer');
    const { admin: other } = await orgWithAdmin('employer');
    const b = await signIn(ctx.app, other);
    const res = await b.get(`/api/v1/organisations/${org.id}`).expect(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it('says an organisation that does not exist is not found', async () => {
    const admin = await buildUser({ role: 'admin' });
    const b = await signIn(ctx.app, admin);
    const res = await b.get('/api/v1/organisations/0123456789abcdef01234567').expect(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('asks a visitor who is not signed in to sign in', async () => {
    const { org } = await orgWithAdmin();
    const b = await openBrowser(ctx.app);
    expect((await b.get(`/api/v1/organisations/${org.id}`).expect(401)).body.error.code).toBe('unauthenticated');
  });
});

describe('PATCH /api/v1/organisations/:id', () => {
  it("saves what a pending organisation's admin edits and records which fields changed, not their values", async () => {
    const { org, admin } = await orgWithAdmin('employer', 'pending');
    const b = await signIn(ctx.app, admin);
    const res = await b.patch(`/api/v1/organisations/${org.id}`, { name: 'Fintech Maroc', city: 'Rabat', website: 'https://fintech.ma' }).expect(200);
    expect(res.body).toMatchObject({ name: 'Fintech Maroc', city: 'Rabat', website: 'https://fintech.ma', status: 'pending', memberCount: 1 });
    const entry = await AuditLog.findOne({ action: 'organisation.updated', targetId: org._id }).lean();
    expect(entry).toMatchObject({ actorId: admin._id, meta: { fields: 'name,city,website', resubmitted: false } });
    expect(JSON.stringify(entry)).not.toContain('Fintech Maroc');
  });

  it('clears a field set to null', async () => {
    const { org, admin } = await orgWithAdmin();
    await Organisation.updateOne({ _id: org._id }, { $set: { city: 'Fès' } });
    const b = await signIn(ctx.app, admin);
    expect((await b.patch(`/api/v1/organisations/${org.id}`, { city: null }).expect(200)).body.city).toBeNull();
  });

  it('refuses a member who is not an admin of the organisation and changes nothing', async () => {
    const { org } = await orgWithAdmin();
    const member = await buildUser({ role: 'employer', organisationId: org._id });
    const b = await signIn(ctx.app, member);
    await b.patch(`/api/v1/organisations/${org.id}`, { name: 'Hijacked' }).expect(403);
    expect((await Organisation.findById(org._id))!.name).toBe(org.name);
  });

  it("refuses an officer editing another institution's details", async () => {
    const { org: institution } = await orgWithAdmin('institution');
    const { admin: otherOfficer } = await orgWithAdmin('institution');
    const b = await signIn(ctx.app, otherOfficer);
    await b.patch(`/api/v1/organisations/${institution.id}`, { description: 'Not yours' }).expect(403);
    expect((await Organisation.findById(institution._id))!.description).toBeNull();
  });

  it('puts a rejected organisation back in the verification queue once its admin corrects it', async () => {
    const { org, admin } = await orgWithAdmin('employer', 'rejected');
    const b = await signIn(ctx.app, admin);
    const res = await b.patch(`/api/v1/organisations/${org.id}`, { website: 'https://real-company.ma' }).expect(200);
    expect(res.body.status).toBe('pending');
  });

  it('explains which field is wrong, and cannot be used to change the status', async () => {
    const { org, admin } = await orgWithAdmin('employer', 'pending');
    const b = await signIn(ctx.app, admin);
    const res = await b.patch(`/api/v1/organisations/${org.id}`, { website: 'javascript:alert(1)' }).expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'website', location: 'body' })]);
    const sneaky = await b.patch(`/api/v1/organisations/${org.id}`, { status: 'verified' }).expect(400);
    expect(sneaky.body.error.details).toEqual([expect.objectContaining({ code: 'unrecognized_keys' })]);
    expect((await Organisation.findById(org._id))!.status).toBe('pending');
  });
});

describe('GET /api/v1/organisations/:id/members', () => {
  it('shows members their colleagues with email, role and who manages the organisation', async () => {
    const { org, admin } = await orgWithAdmin();
    const colleague = await buildUser({ role: 'employer', organisationId: org._id });
    const b = await signIn(ctx.app, colleague);
    const res = await b.get(`/api/v1/organisations/${org.id}/members`).expect(200);
    expect(res.body.items).toEqual([
      { id: admin.id, displayName: admin.displayName, email: admin.email, role: 'employer', isAdmin: true },
      { id: colleague.id, displayName: colleague.displayName, email: colleague.email, role: 'employer', isAdmin: false },
    ]);
  });

  it('shows programme staff the members of an organisation they review', async () => {
    const { org, admin } = await orgWithAdmin('employer', 'pending');
    const staff = await buildUser({ role: 'admin' });
    const b = await signIn(ctx.app, staff);
    const res = await b.get(`/api/v1/organisations/${org.id}/members`).expect(200);
    expect(res.body.items).toEqual([expect.objectContaining({ id: admin.id, email: admin.email })]);
  });

  it("refuses a talent or another employer reading an organisation's members", async () => {
    const { org } = await orgWithAdmin();
    const talent = await buildUser({ role: 'talent' });
    const { admin: otherEmployer } = await orgWithAdmin();
    for (const user of [talent, otherEmployer]) {
      const b = await signIn(ctx.app, user);
      await b.get(`/api/v1/organisations/${org.id}/members`).expect(403);
    }
  });
});

describe('GET /api/v1/organisations', () => {
  it('gives programme staff the pending queue of one kind, newest first, page by page with no repeats', async () => {
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await buildOrganisation({ kind: 'employer', status: 'pending' }));
    await buildUser({ role: 'employer', organisationId: created[4]!._id, orgAdmin: true });
    await buildOrganisation({ kind: 'institution', status: 'pending' });
    await buildOrganisation({ kind: 'employer', status: 'verified' });
    const { admin: officer } = await orgWithAdmin('institution', 'verified');
    const b = await signIn(ctx.app, officer);

    const seen: string[] = [];
    const counts = new Map<string, number>();
    let cursor: string | null = null;
    do {
      const query: string = `/api/v1/organisations?status=pending&kind=employer&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await b.get(query).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      for (const item of res.body.items) {
        expect(item).toMatchObject({ status: 'pending', kind: 'employer' });
        seen.push(item.id);
        counts.set(item.id, item.memberCount);
      }
      cursor = res.body.nextCursor;
    } while (cursor);

    const expected = created.map((o) => o.id).reverse();
    expect(seen.filter((id) => expected.includes(id))).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);
    expect(created.map((o) => counts.get(o.id))).toEqual([0, 0, 0, 0, 1]);
  });

  it('refuses employers, verified or not, and officers of a pending institution', async () => {
    const { admin: pendingEmployer } = await orgWithAdmin('employer', 'pending');
    const { admin: verifiedEmployer } = await orgWithAdmin('employer', 'verified');
    const { admin: pendingOfficer } = await orgWithAdmin('institution', 'pending');
    for (const user of [pendingEmployer, verifiedEmployer, pendingOfficer]) {
      const b = await signIn(ctx.app, user);
      await b.get('/api/v1/organisations?status=pending').expect(403);
    }
  });

  it('says a damaged page link is damaged instead of starting again', async () => {
    const admin = await buildUser({ role: 'admin' });
    const b = await signIn(ctx.app, admin);
    const res = await b.get('/api/v1/organisations?cursor=not-a-cursor').expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'cursor', location: 'query' })]);
  });
});

describe('POST /api/v1/organisations/:id/verification', () => {
  it("verifies a pending employer: its members see the new status in their session and the decision is logged", async () => {
    const { org, admin: employer } = await orgWithAdmin('employer', 'pending');
    const { admin: officer } = await orgWithAdmin('institution', 'verified');
    const member = await signIn(ctx.app, employer);
    expect((await member.get('/api/v1/auth/session').expect(200)).body.user.organisation.status).toBe('pending');

    const b = await signIn(ctx.app, officer);
    const res = await b.post(`/api/v1/organisations/${org.id}/verification`, { decision: 'verify' }).expect(200);
    expect(res.body).toMatchObject({ status: 'verified', statusReason: null, verifiedAt: expect.any(String) });

    expect((await member.get('/api/v1/auth/session').expect(200)).body.user.organisation.status).toBe('verified');
    expect(await Organisation.findById(org._id).lean()).toMatchObject({ verifiedBy: officer._id });
    expect(await AuditLog.findOne({ action: 'organisation.verified', targetId: org._id }).lean()).toMatchObject({ actorId: officer._id, actorRole: 'officer' });
  });

  it('requires a reason to reject, and shows the reason to the members', async () => {
    const { org, admin: employer } = await orgWithAdmin('employer', 'pending');
    const staff = await buildUser({ role: 'admin' });
    const b = await signIn(ctx.app, staff);
    const refused = await b.post(`/api/v1/organisations/${org.id}/verification`, { decision: 'reject' }).expect(400);
    expect(refused.body.error.details).toEqual([expect.objectContaining({ path: 'reason', location: 'body' })]);
    expect((await Organisation.findById(org._id))!.status).toBe('pending');

    await b.post(`/api/v1/organisations/${org.id}/verification`, { decision: 'reject', reason: 'The company registration number does not match.' }).expect(200);
    const member = await signIn(ctx.app, employer);
    const seen = await member.get(`/api/v1/organisations/${org.id}`).expect(200);
    expect(seen.body).toMatchObject({ status: 'rejected', statusReason: 'The company registration number does not match.' });
    const entry = await AuditLog.findOne({ action: 'organisation.rejected', targetId: org._id }).lean();
    expect(JSON.stringify(entry)).not.toContain('registration number');
  });

  it('lets only admins decide on institutions', async () => {
    const { org: institution } = await orgWithAdmin('institution', 'pending');
    const { admin: officer } = await orgWithAdmin('institution', 'verified');
    const officerBrowser = await signIn(ctx.app, officer);
    await officerBrowser.post(`/api/v1/organisations/${institution.id}/verification`, { decision: 'verify' }).expect(403);
    expect((await Organisation.findById(institution._id))!.status).toBe('pending');

    const admin = await signIn(ctx.app, await buildUser({ role: 'admin' }));
    await admin.post(`/api/v1/organisations/${institution.id}/verification`, { decision: 'verify' }).expect(200);
  });

  it('refuses an admin deciding on the institution they belong to', async () => {
    const { org: ministry } = await orgWithAdmin('institution', 'pending');
    const admin = await buildUser({ role: 'admin', organisationId: ministry._id });
    const b = await signIn(ctx.app, admin);
    await b.post(`/api/v1/organisations/${ministry.id}/verification`, { decision: 'verify' }).expect(403);
    expect((await Organisation.findById(ministry._id))!.status).toBe('pending');
  });

  it('refuses officers of a pending institution and employers, even verified ones', async () => {
    const { org } = await orgWithAdmin('employer', 'pending');
    const { admin: pendingOfficer } = await orgWithAdmin('institution', 'pending');
    const { admin: verifiedEmployer } = await orgWithAdmin('employer', 'verified');
    for (const user of [pendingOfficer, verifiedEmployer]) {
      const b = await signIn(ctx.app, user);
      await b.post(`/api/v1/organisations/${org.id}/verification`, { decision: 'verify' }).expect(403);
    }
    expect((await Organisation.findById(org._id))!.status).toBe('pending');
  });
});
