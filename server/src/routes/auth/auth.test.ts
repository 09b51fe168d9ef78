import { PRIVACY_NOTICE_VERSION } from '@kafaat/shared';
import { startTestApp, type TestContext } from '../../testing/harness';
import { openBrowser, readMails, tokenFromMail } from '../../testing/client';
import { buildUser, TEST_PASSWORD } from '../../testing/factories';
import { User } from '../../models/User';
import { Organisation } from '../../models/Organisation';
import { AuditLog } from '../../models/AuditLog';
import { Session } from '../../models/Session';

const signUp = (email: string, extra: Record<string, unknown> = {}) => ({
  accountType: 'talent',
  talentKind: 'migrant',
  email,
  password: 'a long enough password',
  displayName: 'Awa Traoré',
  locale: 'fr',
  privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
  ...extra,
});

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

describe('POST /api/v1/auth/signup', () => {
  it('creates an unverified talent and mails a verification link in their language', async () => {
    const b = await openBrowser(ctx.app);
    const res = await b.post('/api/v1/auth/signup', signUp('Awa@Example.org')).expect(202);
    expect(res.body.status).toBe('accepted');
    const user = await User.findOne({ email: 'awa@example.org' });
    expect(user).toMatchObject({ role: 'talent', talentKind: 'migrant', emailVerifiedAt: null });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const [mail] = readMails(ctx.config, 'awa@example.org');
    expect(mail!.subject).toBe('Confirmez votre adresse e-mail');
  });

  it('creates a pending employer organisation with its first member as organisation admin', async () => {
    const b = await openBrowser(ctx.app);
    await b
      .post('/api/v1/auth/signup', signUp('hr@fintech.ma', { accountType: 'employer', talentKind: undefined, organisation: { name: 'Fintech SA', country: 'MA', city: 'Casablanca' } }))
      .expect(202);
    const user = await User.findOne({ email: 'hr@fintech.ma' });
    const org = await Organisation.findById(user!.organisationId);
    expect(user).toMatchObject({ role: 'employer', orgAdmin: true });
    expect(org).toMatchObject({ name: 'Fintech SA', kind: 'employer', status: 'pending' });
  });

  it('answers the same for an email already registered, creates nothing and warns its owner', async () => {
    const existing = await buildUser({ email: 'taken@example.org' });
    const b = await openBrowser(ctx.app);
    const res = await b.post('/api/v1/auth/signup', signUp('taken@example.org')).expect(202);
    expect(res.body.message).toBe('If this address can be used, we have sent it a link to confirm it.');
    expect(await User.countDocuments({ email: 'taken@example.org' })).toBe(1);
    expect((await User.findById(existing._id))!.passwordHash).toBe(existing.passwordHash);
    expect(readMails(ctx.config, 'taken@example.org').at(-1)!.subject).toBe('Une inscription avec votre adresse');
  });

  it('refuses bad input field by field and stores nothing', async () => {
    const b = await openBrowser(ctx.app);
    const res = await b
      .post('/api/v1/auth/signup', signUp('not-an-email', { password: 'short', talentKind: undefined, role: 'admin' }))
      .expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(await User.countDocuments({ email: 'not-an-email' })).toBe(0);
  });

  it('requires the current privacy notice to be accepted', async () => {
    const b = await openBrowser(ctx.app);
    const res = await b.post('/api/v1/auth/signup', signUp('old@example.org', { privacyNoticeVersion: '2020-01-01' })).expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'privacyNoticeVersion' })]);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const b = await openBrowser(ctx.app);
    const res = await b.agent.post('/api/v1/auth/signup').send(signUp('csrf@example.org')).expect(403);
    expect(res.body.error.code).toBe('csrf_invalid');
    expect(await User.countDocuments({ email: 'csrf@example.org' })).toBe(0);
  });
});

describe('email verification then sign-in and sign-out', () => {
  it('lets a new talent verify, sign in with a new session id, and sign out', async () => {
    const b = await openBrowser(ctx.app);
    await b.post('/api/v1/auth/signup', signUp('flow@example.org')).expect(202);

    const refused = await b.post('/api/v1/auth/signin', { email: 'flow@example.org', password: 'a long enough password' }).expect(403);
    expect(refused.body.error.code).toBe('email_not_verified');

    const token = tokenFromMail(ctx.config, 'flow@example.org', '/verify-email');
    await b.post('/api/v1/auth/verify-email', { token }).expect(200);
    await b.post('/api/v1/auth/verify-email', { token }).expect(400);

    const before = b.agent.jar.getCookie('kafaat.sid', { path: '/', domain: '127.0.0.1', secure: false, script: false });
    const signedIn = await b.post('/api/v1/auth/signin', { email: 'flow@example.org', password: 'a long enough password' }).expect(200);
    expect(signedIn.body.user).toMatchObject({ email: 'flow@example.org', role: 'talent', emailVerified: true, consentCurrent: true });
    const setCookie = String(signedIn.headers['set-cookie']);
    expect(setCookie).toMatch(/kafaat\.sid=.*HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const after = b.agent.jar.getCookie('kafaat.sid', { path: '/', domain: '127.0.0.1', secure: false, script: false });
    expect(after?.value).not.toBe(before?.value);

    b.csrf = signedIn.body.csrfToken;
    const me = await b.get('/api/v1/auth/session').expect(200);
    expect(me.body.user.email).toBe('flow@example.org');

    const out = await b.post('/api/v1/auth/signout').expect(200);
    expect(out.body.user).toBeNull();
    const gone = await b.get('/api/v1/auth/session').expect(200);
    expect(gone.body.user).toBeNull();
    expect(await AuditLog.countDocuments({ action: 'auth.signin', outcome: 'success' })).toBeGreaterThan(0);
  });

  it('says the same thing for an unknown email and a wrong password', async () => {
    await buildUser({ email: 'known@example.org' });
    const b = await openBrowser(ctx.app, '10.0.0.50');
    const unknown = await b.post('/api/v1/auth/signin', { email: 'nobody@example.org', password: 'whatever it is' }).expect(401);
    const wrong = await b.post('/api/v1/auth/signin', { email: 'known@example.org', password: 'whatever it is' }).expect(401);
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
  });
});

describe('brute force on sign-in', () => {
  it('locks an account after 5 failures with 429 and Retry-After, even with the right password', async () => {
    const user = await buildUser({ email: 'victim@example.org' });
    for (let i = 0; i < 5; i++) {
      const b = await openBrowser(ctx.app, `10.1.0.${i}`);
      await b.post('/api/v1/auth/signin', { email: 'victim@example.org', password: `guess number ${i}` }).expect(401);
    }
    const b = await openBrowser(ctx.app, '10.1.0.99');
    const res = await b.post('/api/v1/auth/signin', { email: 'victim@example.org', password: TEST_PASSWORD }).expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body.error.code).toBe('too_many_requests');
    expect(await AuditLog.countDocuments({ action: 'auth.signin', outcome: 'failure', targetId: user._id })).toBe(5);
  });

  it('throttles one address trying many accounts', async () => {
    const b = await openBrowser(ctx.app, '10.2.0.1');
    let last = 0;
    for (let i = 0; i < 31; i++) {
      const res = await b.post('/api/v1/auth/signin', { email: `spray${i}@example.org`, password: 'password spray' });
      last = res.status;
    }
    expect(last).toBe(429);
  });
});

describe('password reset', () => {
  it('answers the same for unknown addresses and mails nothing', async () => {
    const b = await openBrowser(ctx.app, '10.3.0.1');
    const res = await b.post('/api/v1/auth/password/forgot', { email: 'ghost@example.org' }).expect(202);
    expect(res.body.status).toBe('accepted');
    expect(readMails(ctx.config, 'ghost@example.org')).toHaveLength(0);
  });

  it('resets with a single-use token, ends every session, and refuses the token a second time', async () => {
    await buildUser({ email: 'reset@example.org' });
    const device = await openBrowser(ctx.app, '10.3.0.2');
    const signedIn = await device.post('/api/v1/auth/signin', { email: 'reset@example.org', password: TEST_PASSWORD }).expect(200);
    device.csrf = signedIn.body.csrfToken;

    const b = await openBrowser(ctx.app, '10.3.0.3');
    await b.post('/api/v1/auth/password/forgot', { email: 'reset@example.org' }).expect(202);
    const token = tokenFromMail(ctx.config, 'reset@example.org', '/reset-password');
    await b.post('/api/v1/auth/password/reset', { token, password: 'a brand new password' }).expect(200);

    const reused = await b.post('/api/v1/auth/password/reset', { token, password: 'another new password' }).expect(400);
    expect(reused.body.error.code).toBe('invalid_token');

    expect((await device.get('/api/v1/auth/session').expect(200)).body.user).toBeNull();
    await b.post('/api/v1/auth/signin', { email: 'reset@example.org', password: TEST_PASSWORD }).expect(401);
    await b.post('/api/v1/auth/signin', { email: 'reset@example.org', password: 'a brand new password' }).expect(200);
  });
});

describe('POST /api/v1/auth/signout-everywhere', () => {
  it('ends the sessions of every device of the user', async () => {
    await buildUser({ email: 'many@example.org' });
    const phone = await openBrowser(ctx.app, '10.4.0.1');
    const laptop = await openBrowser(ctx.app, '10.4.0.2');
    for (const b of [phone, laptop]) {
      const res = await b.post('/api/v1/auth/signin', { email: 'many@example.org', password: TEST_PASSWORD }).expect(200);
      b.csrf = res.body.csrfToken;
    }
    const user = await User.findOne({ email: 'many@example.org' });
    expect(await Session.countDocuments({ userId: user!._id })).toBe(2);
    await phone.post('/api/v1/auth/signout-everywhere').expect(200);
    expect((await laptop.get('/api/v1/auth/session')).body.user).toBeNull();
    expect(await Session.countDocuments({ userId: user!._id })).toBe(0);
  });
});
