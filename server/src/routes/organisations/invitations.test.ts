import { PRIVACY_NOTICE_VERSION } from '@kafaat/shared';
import { startTestApp, type TestContext } from '../../testing/harness';
import { openBrowser, readMails, tokenFromMail } from '../../testing/client';
import { buildOrganisation, buildUser } from '../../testing/factories';
import { signIn } from '../../testing/session';
import { AuditLog } from '../../models/AuditLog';
import { AuthToken } from '../../models/AuthToken';
import { Invitation } from '../../models/Invitation';
import { User } from '../../models/User';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

let seq = 0;
const newEmail = () => `invitee${++seq}@example.org`;
/** A signed-out browser at an address of its own (accepting is rate-limited by address, like sign-up). */
const visitor = () => openBrowser(ctx.app, `10.6.0.${++seq}`);

async function orgWithAdmin(kind: 'employer' | 'institution' = 'employer', status: 'pending' | 'verified' = 'verified') {
  const org = await buildOrganisation({ kind, status });
  const admin = await buildUser({ role: kind === 'employer' ? 'employer' : 'officer', organisationId: org._id, orgAdmin: true });
  return { org, admin, browser: await signIn(ctx.app, admin) };
}

const accept = (token: string, extra: Record<string, unknown> = {}) => ({
  token,
  displayName: 'Karim Alaoui',
  password: 'a long enough password',
  privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
  ...extra,
});

describe('POST /api/v1/organisations/:id/invitations', () => {
  it('invites a colleague as an employer by default and mails the link in the inviter’s language', async () => {
    const { org, admin, browser } = await orgWithAdmin('employer', 'pending');
    await User.updateOne({ _id: admin._id }, { $set: { locale: 'en' } });
    const email = newEmail();
    const res = await browser.post(`/api/v1/organisations/${org.id}/invitations`, { email: email.toUpperCase() }).expect(201);
    expect(res.body).toMatchObject({ email, role: 'employer', isAdmin: false, acceptedAt: null });
    const [mail] = readMails(ctx.config, email);
    expect(mail!.subject).toBe(`Invitation to join ${org.name} on Kafaat`);
    expect(mail!.text).toContain(admin.displayName);
    expect(mail!.text).toMatch(/\/invitations\/accept\?token=[A-Za-z0-9_-]{43}/);

    const entry = await AuditLog.findOne({ action: 'organisation.member_invited', targetId: org._id }).lean();
    expect(entry).toMatchObject({ actorId: admin._id, meta: { invitationId: res.body.id, role: 'employer', isAdmin: false } });
    expect(JSON.stringify(entry)).not.toContain(email);
  });

  it('invites officers by default to an institution, and assessors when asked', async () => {
    const { org, browser } = await orgWithAdmin('institution');
    expect((await browser.post(`/api/v1/organisations/${org.id}/invitations`, { email: newEmail() }).expect(201)).body.role).toBe('officer');
    const assessor = await browser.post(`/api/v1/organisations/${org.id}/invitations`, { email: newEmail(), role: 'assessor', isAdmin: true }).expect(201);
    expect(assessor.body).toMatchObject({ role: 'assessor', isAdmin: true });
  });

  it('stops a member after 30 invitations in a day, with 429 and Retry-After, and mails nothing more', async () => {
    const { org, browser } = await orgWithAdmin('employer');
    for (let i = 0; i < 30; i++) await browser.post(`/api/v1/organisations/${org.id}/invitations`, { email: newEmail() }).expect(201);
    const email = newEmail();
    const res = await browser.post(`/api/v1/organisations/${org.id}/invitations`, { email }).expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(3600);
    expect(readMails(ctx.config, email)).toHaveLength(0);
  });

  it('refuses a role the kind of organisation cannot have, on the role field', async () => {
    const employer = await orgWithAdmin('employer');
    const institution = await orgWithAdmin('institution');
    const a = await employer.browser.post(`/api/v1/organisations/${employer.org.id}/invitations`, { email: newEmail(), role: 'officer' }).expect(400);
    const b = await institution.browser.post(`/api/v1/organisations/${institution.org.id}/invitations`, { email: newEmail(), role: 'employer' }).expect(400);
    for (const res of [a, b]) expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'role', code: 'role_not_allowed' })]);
  });

  it('says an address that already has an account cannot be invited, on the email field, and mails nothing', async () => {
    const { org, browser } = await orgWithAdmin();
    const talent = await buildUser({ role: 'talent' });
    const res = await browser.post(`/api/v1/organisations/${org.id}/invitations`, { email: talent.email }).expect(409);
    expect(res.body.error.code).toBe('conflict');
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'email', location: 'body', code: 'already_registered' })]);
    expect(readMails(ctx.config, talent.email)).toHaveLength(0);
    expect(await Invitation.countDocuments({ email: talent.email })).toBe(0);
  });

  it('refuses members who do not manage the organisation, and admins of another one', async () => {
    const { org } = await orgWithAdmin();
    const member = await signIn(ctx.app, await buildUser({ role: 'employer', organisationId: org._id }));
    const other = await orgWithAdmin();
    await member.post(`/api/v1/organisations/${org.id}/invitations`, { email: newEmail() }).expect(403);
    await other.browser.post(`/api/v1/organisations/${org.id}/invitations`, { email: newEmail() }).expect(403);
    expect(await Invitation.countDocuments({ organisationId: org._id })).toBe(0);
  });

  it('replaces an earlier invitation of the same address: only the newest link works', async () => {
    const { org, browser } = await orgWithAdmin();
    const email = newEmail();
    await browser.post(`/api/v1/organisations/${org.id}/invitations`, { email }).expect(201);
    const first = tokenFromMail(ctx.config, email, '/invitations/accept');
    await browser.post(`/api/v1/organisations/${org.id}/invitations`, { email }).expect(201);
    const second = tokenFromMail(ctx.config, email, '/invitations/accept');
    const anon = await visitor();
    expect((await anon.get(`/api/v1/invitations/preview?token=${first}`).expect(400)).body.error.code).toBe('invalid_token');
    await anon.get(`/api/v1/invitations/preview?token=${second}`).expect(200);
    expect((await browser.get(`/api/v1/organisations/${org.id}/invitations`).expect(200)).body.items).toHaveLength(1);
  });
});

describe('GET /api/v1/organisations/:id/invitations', () => {
  it('lists pending and accepted invitations, newest first, without cancelled ones', async () => {
    const { org, browser } = await orgWithAdmin();
    const [a, b, c] = [newEmail(), newEmail(), newEmail()];
    for (const email of [a, b, c]) await browser.post(`/api/v1/organisations/${org.id}/invitations`, { email }).expect(201);
    const cancelled = await Invitation.findOne({ email: b });
    await browser.del(`/api/v1/organisations/${org.id}/invitations/${cancelled!.id}`).expect(204);
    await (await visitor()).post('/api/v1/invitations/accept', accept(tokenFromMail(ctx.config, a, '/invitations/accept'))).expect(200);

    const res = await browser.get(`/api/v1/organisations/${org.id}/invitations`).expect(200);
    expect(res.body.items.map((i: { email: string }) => i.email)).toEqual([c, a]);
    expect(res.body.items[1].acceptedAt).toEqual(expect.any(String));
  });

  it('is for the organisation’s admins only', async () => {
    const { org } = await orgWithAdmin();
    const member = await signIn(ctx.app, await buildUser({ role: 'employer', organisationId: org._id }));
    await member.get(`/api/v1/organisations/${org.id}/invitations`).expect(403);
  });
});

describe('DELETE /api/v1/organisations/:id/invitations/:invitationId', () => {
  it('cancels an invitation: its link stops working at once', async () => {
    const { org, browser } = await orgWithAdmin();
    const email = newEmail();
    const sent = await browser.post(`/api/v1/organisations/${org.id}/invitations`, { email }).expect(201);
    const token = tokenFromMail(ctx.config, email, '/invitations/accept');
    await browser.del(`/api/v1/organisations/${org.id}/invitations/${sent.body.id}`).expect(204);
    await browser.del(`/api/v1/organisations/${org.id}/invitations/${sent.body.id}`).expect(204);
    const anon = await visitor();
    expect((await anon.post('/api/v1/invitations/accept', accept(token)).expect(400)).body.error.code).toBe('invalid_token');
    expect(await User.countDocuments({ email })).toBe(0);
    expect(await AuditLog.countDocuments({ action: 'organisation.invitation_revoked', targetId: org._id })).toBe(2);
  });

  it('cannot cancel an accepted invitation, nor one of another organisation', async () => {
    const { org, browser } = await orgWithAdmin();
    const email = newEmail();
    const sent = await browser.post(`/api/v1/organisations/${org.id}/invitations`, { email }).expect(201);
    await (await visitor()).post('/api/v1/invitations/accept', accept(tokenFromMail(ctx.config, email, '/invitations/accept'))).expect(200);
    expect((await browser.del(`/api/v1/organisations/${org.id}/invitations/${sent.body.id}`).expect(409)).body.error.code).toBe('conflict');

    const other = await orgWithAdmin();
    const foreign = await other.browser.post(`/api/v1/organisations/${other.org.id}/invitations`, { email: newEmail() }).expect(201);
    await browser.del(`/api/v1/organisations/${org.id}/invitations/${foreign.body.id}`).expect(404);
    await browser.del(`/api/v1/organisations/${other.org.id}/invitations/${foreign.body.id}`).expect(403);
  });
});

describe('GET /api/v1/invitations/preview', () => {
  it('tells the invited person who invites them, to which address and as what, without signing in', async () => {
    const { org, browser } = await orgWithAdmin('institution');
    const email = newEmail();
    await browser.post(`/api/v1/organisations/${org.id}/invitations`, { email, role: 'assessor' }).expect(201);
    const anon = await visitor();
    const res = await anon.get(`/api/v1/invitations/preview?token=${tokenFromMail(ctx.config, email, '/invitations/accept')}`).expect(200);
    expect(res.body).toEqual({ organisationName: org.name, email, role: 'assessor' });
  });

  it('says an expired link no longer works', async () => {
    const { org, browser } = await orgWithAdmin();
    const email = newEmail();
    const sent = await browser.post(`/api/v1/organisations/${org.id}/invitations`, { email }).expect(201);
    const past = new Date(Date.now() - 1000);
    await Invitation.updateOne({ _id: sent.body.id }, { $set: { expiresAt: past } });
    await AuthToken.updateMany({ subjectId: sent.body.id }, { $set: { expiresAt: past } });
    const anon = await visitor();
    const token = tokenFromMail(ctx.config, email, '/invitations/accept');
    expect((await anon.get(`/api/v1/invitations/preview?token=${token}`).expect(400)).body.error.code).toBe('invalid_token');
    expect((await anon.post('/api/v1/invitations/accept', accept(token)).expect(400)).body.error.code).toBe('invalid_token');
  });

  it('says a truncated link is incomplete', async () => {
    const anon = await visitor();
    const res = await anon.get('/api/v1/invitations/preview?token=abc').expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'token', location: 'query' })]);
  });
});

describe('POST /api/v1/invitations/accept', () => {
  it('takes an invited colleague from the mail to signed in as a member; the link then stops working', async () => {
    const { org, browser } = await orgWithAdmin('employer', 'pending');
    const email = newEmail();
    await browser.post(`/api/v1/organisations/${org.id}/invitations`, { email, isAdmin: true }).expect(201);
    const token = tokenFromMail(ctx.config, email, '/invitations/accept');

    const invited = await visitor();
    expect((await invited.get(`/api/v1/invitations/preview?token=${token}`).expect(200)).body.organisationName).toBe(org.name);
    const res = await invited.post('/api/v1/invitations/accept', accept(token)).expect(200);
    expect(res.body.user).toMatchObject({
      email,
      displayName: 'Karim Alaoui',
      role: 'employer',
      emailVerified: true,
      consentCurrent: true,
      organisation: { id: org.id, name: org.name, status: 'pending', isAdmin: true },
    });
    invited.csrf = res.body.csrfToken;
    expect((await invited.get('/api/v1/auth/session').expect(200)).body.user.email).toBe(email);
    expect((await invited.get(`/api/v1/organisations/${org.id}`).expect(200)).body.memberCount).toBe(2);
    await invited.patch(`/api/v1/organisations/${org.id}`, { city: 'Tanger' }).expect(200);

    const user = await User.findOne({ email });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user!.consent).toMatchObject({ version: PRIVACY_NOTICE_VERSION });
    const entry = await AuditLog.findOne({ action: 'organisation.member_joined', targetId: org._id }).lean();
    expect(entry).toMatchObject({ actorId: user!._id, actorRole: 'employer' });

    const again = await visitor();
    const reused = await again.post('/api/v1/invitations/accept', accept(token, { displayName: 'Someone Else' })).expect(400);
    expect(reused.body.error.code).toBe('invalid_token');
    expect(await User.countDocuments({ email })).toBe(1);
    expect((await again.get(`/api/v1/invitations/preview?token=${token}`).expect(400)).body.error.code).toBe('invalid_token');
  });

  it('makes the new member sign in with the password they chose', async () => {
    const { org, browser } = await orgWithAdmin('institution');
    const email = newEmail();
    await browser.post(`/api/v1/organisations/${org.id}/invitations`, { email }).expect(201);
    await (await visitor()).post('/api/v1/invitations/accept', accept(tokenFromMail(ctx.config, email, '/invitations/accept'))).expect(200);
    const b = await visitor();
    const res = await b.post('/api/v1/auth/signin', { email, password: 'a long enough password' }).expect(200);
    expect(res.body.user).toMatchObject({ role: 'officer', organisation: { id: org.id, isAdmin: false } });
  });

  it('requires the current privacy notice and a long enough password, field by field, and keeps the link usable', async () => {
    const { org, browser } = await orgWithAdmin();
    const email = newEmail();
    await browser.post(`/api/v1/organisations/${org.id}/invitations`, { email }).expect(201);
    const token = tokenFromMail(ctx.config, email, '/invitations/accept');
    const anon = await visitor();
    const weak = await anon.post('/api/v1/invitations/accept', accept(token, { password: 'short' })).expect(400);
    expect(weak.body.error.details).toEqual([expect.objectContaining({ path: 'password' })]);
    const old = await anon.post('/api/v1/invitations/accept', accept(token, { privacyNoticeVersion: '2020-01-01' })).expect(400);
    expect(old.body.error.details).toEqual([expect.objectContaining({ path: 'privacyNoticeVersion' })]);
    await anon.post('/api/v1/invitations/accept', accept(token)).expect(200);
  });

  it('refuses to create a second account when the address registered in the meantime', async () => {
    const { org, browser } = await orgWithAdmin();
    const email = newEmail();
    await browser.post(`/api/v1/organisations/${org.id}/invitations`, { email }).expect(201);
    await buildUser({ email });
    const anon = await visitor();
    const res = await anon.post('/api/v1/invitations/accept', accept(tokenFromMail(ctx.config, email, '/invitations/accept'))).expect(409);
    expect(res.body.error.code).toBe('conflict');
    expect(await User.countDocuments({ email })).toBe(1);
  });
});
