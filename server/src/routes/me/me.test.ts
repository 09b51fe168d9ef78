import request from 'supertest';
import { PRIVACY_NOTICE_VERSION } from '@kafaat/shared';
import { startTestApp, type TestContext } from '../../testing/harness';
import { startTcpProxy, type TcpProxy } from '../../testing/tcpProxy';
import { openBrowser, readMails, type Browser } from '../../testing/client';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../testing/factories';
import { issueToken } from '../../auth/tokens';
import { AuditLog } from '../../models/AuditLog';
import { AuthToken } from '../../models/AuthToken';
import { Counter } from '../../models/Counter';
import { Organisation } from '../../models/Organisation';
import { Session } from '../../models/Session';
import { User } from '../../models/User';
import { SearchDeletion } from '../../models/SearchDeletion';
import { SearchIndexer } from '../../search/indexer';

let ctx: TestContext;
let search: TcpProxy;
beforeAll(async () => {
  // Elasticsearch is reached through a relay a test can cut, as if the cluster went away mid-deletion.
  search = await startTcpProxy(process.env.ELASTICSEARCH_URL!);
  ctx = await startTestApp({ ELASTICSEARCH_URL: search.url });
});
afterAll(async () => {
  await search.close();
  await ctx.close();
});

let ipSeq = 0;
/** A browser on its own address, signed in as `email`, with the CSRF token of its new session. */
async function signIn(email: string, password = TEST_PASSWORD): Promise<Browser> {
  ipSeq += 1;
  const b = await openBrowser(ctx.app, `10.9.${Math.floor(ipSeq / 250)}.${ipSeq % 250}`);
  const res = await b.post('/api/v1/auth/signin', { email, password }).expect(200);
  b.csrf = res.body.csrfToken;
  return b;
}

const sessionCookie = (b: Browser) => b.agent.jar.getCookie('kafaat.sid', { path: '/', domain: '127.0.0.1', secure: false, script: false });

describe('without signing in', () => {
  it.each([
    ['get', '/api/v1/me'],
    ['patch', '/api/v1/me'],
    ['post', '/api/v1/me/password'],
    ['post', '/api/v1/me/consent'],
    ['get', '/api/v1/me/sessions'],
    ['del', '/api/v1/me/sessions/abc'],
    ['get', '/api/v1/me/export'],
    ['del', '/api/v1/me'],
  ] as const)('%s %s answers 401 and asks the visitor to sign in', async (method, url) => {
    const b = await openBrowser(ctx.app);
    const res = await b[method](url).expect(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });
});

describe('GET /api/v1/me', () => {
  it('shows the signed-in user their own account', async () => {
    const user = await buildUser({ email: 'me@example.org' });
    const b = await signIn('me@example.org');
    const res = await b.get('/api/v1/me').expect(200);
    expect(res.body).toMatchObject({ id: String(user._id), email: 'me@example.org', role: 'talent', emailVerified: true, consentCurrent: true, organisation: null });
    expect(res.body).not.toHaveProperty('passwordHash');
  });
});

describe('PATCH /api/v1/me', () => {
  it('saves a new display name and language', async () => {
    const user = await buildUser({ email: 'rename@example.org' });
    const b = await signIn('rename@example.org');
    const res = await b.patch('/api/v1/me', { displayName: 'Yasmine El Idrissi', locale: 'ar' }).expect(200);
    expect(res.body).toMatchObject({ displayName: 'Yasmine El Idrissi', locale: 'ar' });
    expect(await User.findById(user._id).lean()).toMatchObject({ displayName: 'Yasmine El Idrissi', locale: 'ar' });
  });

  it('refuses to change the role or email through the profile form', async () => {
    const user = await buildUser({ email: 'climber@example.org' });
    const b = await signIn('climber@example.org');
    const res = await b.patch('/api/v1/me', { role: 'admin', email: 'other@example.org' }).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(await User.findById(user._id).lean()).toMatchObject({ role: 'talent', email: 'climber@example.org' });
  });
});

describe('POST /api/v1/me/password', () => {
  it('refuses a wrong current password and leaves the password unchanged', async () => {
    const user = await buildUser({ email: 'pw-wrong@example.org' });
    const b = await signIn('pw-wrong@example.org');
    const res = await b.post('/api/v1/me/password', { currentPassword: 'not my password', newPassword: 'a brand new password' }).expect(400);
    expect(res.body.error.code).toBe('invalid_credentials');
    expect((await User.findById(user._id).lean())!.passwordHash).toBe(user.passwordHash);
    await signIn('pw-wrong@example.org');
  });

  it('changes the password, keeps this device signed in, signs the others out and warns by mail', async () => {
    const user = await buildUser({ email: 'pw-ok@example.org' });
    const phone = await signIn('pw-ok@example.org');
    const laptop = await signIn('pw-ok@example.org');
    await laptop.post('/api/v1/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' }).expect(204);
    await laptop.get('/api/v1/me').expect(200);
    await phone.get('/api/v1/me').expect(401);
    await signIn('pw-ok@example.org', 'a brand new password');
    expect(readMails(ctx.config, 'pw-ok@example.org').at(-1)!.subject).toBe('Votre mot de passe a été modifié');
    expect(await AuditLog.countDocuments({ action: 'account.password_changed', outcome: 'success', targetId: user._id })).toBe(1);
  });

  it('locks after 5 wrong current passwords, even with the right one (429 with Retry-After)', async () => {
    await buildUser({ email: 'pw-guess@example.org' });
    const b = await signIn('pw-guess@example.org');
    for (let i = 0; i < 5; i++) await b.post('/api/v1/me/password', { currentPassword: `guess ${i}`, newPassword: 'a brand new password' }).expect(400);
    const res = await b.post('/api/v1/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' }).expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('POST /api/v1/me/consent', () => {
  it('refuses an old version of the privacy notice with a message on that field', async () => {
    await buildUser({ email: 'consent-old@example.org', consentVersion: '2020-01-01' });
    const b = await signIn('consent-old@example.org');
    const res = await b.post('/api/v1/me/consent', { privacyNoticeVersion: '2020-01-01' }).expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'privacyNoticeVersion', location: 'body' })]);
    expect((await b.get('/api/v1/me').expect(200)).body.consentCurrent).toBe(false);
  });

  it('records the current version so the app stops asking, keeping the earlier one in the history', async () => {
    const user = await buildUser({ email: 'consent-new@example.org', consentVersion: '2020-01-01' });
    const b = await signIn('consent-new@example.org');
    const res = await b.post('/api/v1/me/consent', { privacyNoticeVersion: PRIVACY_NOTICE_VERSION }).expect(200);
    expect(res.body.consentCurrent).toBe(true);
    const stored = await User.findById(user._id).lean();
    expect(stored!.consent?.version).toBe(PRIVACY_NOTICE_VERSION);
    expect(stored!.consentHistory.map((c) => c.version)).toEqual(['2020-01-01']);
    const entry = await AuditLog.findOne({ action: 'account.consent', targetId: user._id }).lean();
    expect(entry!.meta).toEqual({ version: PRIVACY_NOTICE_VERSION });
  });
});

describe('GET /api/v1/me/sessions', () => {
  it('lists both signed-in devices and marks the one in use', async () => {
    await buildUser({ email: 'two-devices@example.org' });
    const phone = await signIn('two-devices@example.org');
    const laptop = await signIn('two-devices@example.org');
    const res = await laptop.get('/api/v1/me/sessions').expect(200);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const fromPhone = await phone.get('/api/v1/me/sessions').expect(200);
    const current = (items: Array<{ id: string; current: boolean }>) => items.find((s) => s.current)!.id;
    expect(current(fromPhone.body.items)).not.toBe(current(res.body.items));
  });

  it('does not list expired sessions', async () => {
    const user = await buildUser({ email: 'expired@example.org' });
    const b = await signIn('expired@example.org');
    await Session.create({ _id: 'old-session', data: '{}', userId: user._id, expiresAt: new Date(Date.now() - 1000), lastSeenAt: new Date() });
    expect((await b.get('/api/v1/me/sessions').expect(200)).body.items).toHaveLength(1);
  });
});

describe('DELETE /api/v1/me/sessions/:sessionId', () => {
  it('signs the other device out and leaves this one signed in', async () => {
    const user = await buildUser({ email: 'revoke@example.org' });
    const phone = await signIn('revoke@example.org');
    const laptop = await signIn('revoke@example.org');
    const { items } = (await laptop.get('/api/v1/me/sessions').expect(200)).body as { items: Array<{ id: string; current: boolean }> };
    const other = items.find((s) => !s.current)!;
    await laptop.del(`/api/v1/me/sessions/${other.id}`).expect(204);
    await phone.get('/api/v1/me').expect(401);
    await laptop.get('/api/v1/me').expect(200);
    expect(await AuditLog.countDocuments({ action: 'auth.session_revoked', targetId: user._id })).toBe(1);
  });

  it("answers 404 for someone else's session and leaves them signed in", async () => {
    await buildUser({ email: 'victim-session@example.org' });
    await buildUser({ email: 'attacker-session@example.org' });
    const victim = await signIn('victim-session@example.org');
    const attacker = await signIn('attacker-session@example.org');
    const victimSession = (await victim.get('/api/v1/me/sessions').expect(200)).body.items[0].id as string;
    const res = await attacker.del(`/api/v1/me/sessions/${victimSession}`).expect(404);
    expect(res.body.error.code).toBe('not_found');
    await victim.get('/api/v1/me').expect(200);
  });

  it('refuses something that cannot be a session id', async () => {
    await buildUser({ email: 'bad-sid@example.org' });
    const b = await signIn('bad-sid@example.org');
    await b.del(`/api/v1/me/sessions/${'x'.repeat(201)}`).expect(400);
    await b.del('/api/v1/me/sessions/a.b').expect(400);
  });

  it('signs this browser out when it ends its own session', async () => {
    await buildUser({ email: 'self-revoke@example.org' });
    const b = await signIn('self-revoke@example.org');
    const current = (await b.get('/api/v1/me/sessions').expect(200)).body.items[0].id as string;
    await b.del(`/api/v1/me/sessions/${current}`).expect(204);
    await b.get('/api/v1/me').expect(401);
    expect(await Session.countDocuments({ _id: current })).toBe(0);
  });
});

describe('GET /api/v1/me/export', () => {
  it('downloads a file with the account, its organisation, consent, sessions and audit trail, but no password hash', async () => {
    const org = await buildOrganisation({ name: 'Atlas Recrutement' });
    const user = await buildUser({ email: 'export@example.org', role: 'employer', organisationId: org._id, orgAdmin: true });
    const b = await signIn('export@example.org');
    const res = await b.get('/api/v1/me/export').expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="kafaat-export.json"');
    expect(res.body.account).toMatchObject({ id: String(user._id), email: 'export@example.org', role: 'employer' });
    expect(res.body.organisation).toMatchObject({ id: String(org._id), name: 'Atlas Recrutement', isAdmin: true });
    expect(res.body.consent.history).toEqual([expect.objectContaining({ version: PRIVACY_NOTICE_VERSION })]);
    expect(res.body.sessions).toEqual([expect.objectContaining({ current: true })]);
    expect(res.body.auditEntries).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'auth.signin', targetId: String(user._id) })]));
    // An employer has no talent profile; the features not built yet export empty lists.
    expect(res.body.profile).toBeNull();
    for (const section of ['documents', 'applications', 'messages']) expect(res.body[section]).toEqual([]);
    expect(res.text).not.toContain('passwordHash');
    expect(res.text).not.toContain(user.passwordHash);
    expect(await AuditLog.countDocuments({ action: 'account.exported', actorId: user._id, targetId: user._id })).toBe(1);
  });

  it("hides who else acted on the user and from where (an admin's id and IP are the admin's data)", async () => {
    const user = await buildUser({ email: 'export-acted-on@example.org' });
    const admin = await buildUser({ role: 'admin' });
    await AuditLog.create({ action: 'admin.role_changed', actorId: admin._id, actorRole: 'admin', targetType: 'user', targetId: user._id, ip: '192.0.2.7' });
    const b = await signIn('export-acted-on@example.org');
    const res = await b.get('/api/v1/me/export').expect(200);
    expect(res.body.auditEntries.find((e: { action: string }) => e.action === 'admin.role_changed')).toMatchObject({ actorId: null, actorRole: 'admin', ip: null });
    expect(res.text).not.toContain(String(admin._id));
  });
});

describe('DELETE /api/v1/me', () => {
  const probeIndex = () => `${ctx.config.ES_INDEX_PREFIX}probe`;
  const indexProbe = (ownerId: string, name: string) => ctx.search.index({ index: probeIndex(), document: { ownerId, name }, refresh: true });
  const probeCount = async (ownerId: string) => (await ctx.search.count({ index: probeIndex(), query: { term: { ownerId } } })).count;

  it('refuses a wrong password and erases nothing', async () => {
    const user = await buildUser({ email: 'delete-wrong@example.org' });
    await indexProbe(String(user._id), 'Kept Person');
    const b = await signIn('delete-wrong@example.org');
    const res = await b.del('/api/v1/me', { password: 'not my password', confirm: 'DELETE' }).expect(400);
    expect(res.body.error.code).toBe('invalid_credentials');
    expect(await User.countDocuments({ _id: user._id })).toBe(1);
    expect(await Session.countDocuments({ userId: user._id })).toBe(1);
    expect(await probeCount(String(user._id))).toBe(1);
    await b.get('/api/v1/me').expect(200);
  });

  it('requires typing DELETE to confirm', async () => {
    const user = await buildUser({ email: 'delete-unconfirmed@example.org' });
    const b = await signIn('delete-unconfirmed@example.org');
    await b.del('/api/v1/me', { password: TEST_PASSWORD, confirm: 'yes' }).expect(400);
    expect(await User.countDocuments({ _id: user._id })).toBe(1);
  });

  it('leaves nothing findable about the person, only an anonymous count, and signs every device out', async () => {
    const org = await buildOrganisation({ kind: 'employer' });
    const user = await buildUser({ email: 'forget-me@example.org', role: 'employer', organisationId: org._id, orgAdmin: true });
    const userId = String(user._id);
    const bystander = await buildUser({ email: 'bystander@example.org' });
    await issueToken('reset_password', user._id);
    await indexProbe(userId, 'Forget Me');
    await indexProbe(String(bystander._id), 'Someone Else');
    const phone = await signIn('forget-me@example.org');
    const b = await signIn('forget-me@example.org');
    const oldCookie = sessionCookie(b)!;
    const countBefore = (await Counter.findById('accounts.deleted.employer').lean())?.value ?? 0;

    const res = await b.del('/api/v1/me', { password: TEST_PASSWORD, confirm: 'DELETE' }).expect(204);
    expect(String(res.headers['set-cookie'])).toMatch(/kafaat\.sid=;.*Expires=Thu, 01 Jan 1970/);

    expect(await User.countDocuments({ _id: user._id })).toBe(0);
    expect(await User.countDocuments({ email: 'forget-me@example.org' })).toBe(0);
    expect(await Session.countDocuments({ userId: user._id })).toBe(0);
    expect(await AuthToken.countDocuments({ subjectId: user._id })).toBe(0);
    expect(await Organisation.countDocuments({ _id: org._id })).toBe(0);
    expect(await probeCount(userId)).toBe(0);
    expect(await probeCount(String(bystander._id))).toBe(1);
    expect((await Counter.findById('accounts.deleted.employer').lean())!.value).toBe(countBefore + 1);

    const entry = await AuditLog.findOne({ action: 'account.deleted', outcome: 'success' }).sort({ at: -1 }).lean();
    expect(entry).toMatchObject({ actorId: null, targetId: null, ip: null, meta: { role: 'employer' } });
    const text = JSON.stringify(entry);
    expect(text).not.toContain(userId);
    expect(text).not.toContain('forget-me@example.org');

    await request(ctx.app).get('/api/v1/me').set('Cookie', `kafaat.sid=${oldCookie.value}`).expect(401);
    await phone.get('/api/v1/me').expect(401);
    await (await openBrowser(ctx.app, '10.8.0.1')).post('/api/v1/auth/signin', { email: 'forget-me@example.org', password: TEST_PASSWORD }).expect(401);
  });

  it('erases the account while search is unreachable and removes it from search once the cluster is back', async () => {
    const user = await buildUser({ email: 'retry-delete@example.org' });
    await indexProbe(String(user._id), 'Retry Person');
    const b = await signIn('retry-delete@example.org');
    await search.cut();
    try {
      await b.del('/api/v1/me', { password: TEST_PASSWORD, confirm: 'DELETE' }).expect(204);
    } finally {
      await search.restore();
    }
    expect(await User.countDocuments({ _id: user._id })).toBe(0);
    // The deletion is owed to search until the indexer applies it.
    expect(await SearchDeletion.countDocuments({ kind: 'owner', targetId: String(user._id) })).toBe(1);
    expect(await probeCount(String(user._id))).toBe(1);
    await new SearchIndexer({ search: ctx.search, prefix: ctx.config.ES_INDEX_PREFIX }).drain();
    expect(await probeCount(String(user._id))).toBe(0);
    expect(await SearchDeletion.countDocuments()).toBe(0);
  });

  it('keeps an organisation that still has other members', async () => {
    const org = await buildOrganisation({ kind: 'employer' });
    await buildUser({ email: 'leaving@example.org', role: 'employer', organisationId: org._id, orgAdmin: true });
    await buildUser({ email: 'staying@example.org', role: 'employer', organisationId: org._id });
    const b = await signIn('leaving@example.org');
    await b.del('/api/v1/me', { password: TEST_PASSWORD, confirm: 'DELETE' }).expect(204);
    expect(await Organisation.countDocuments({ _id: org._id })).toBe(1);
    expect(await User.countDocuments({ email: 'staying@example.org' })).toBe(1);
  });
});
