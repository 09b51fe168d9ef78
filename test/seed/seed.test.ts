import { ROLES } from '@kafaat/shared';
import { seedIfEmpty } from '../../scripts/seed';
import { DEMO_PASSWORD } from '../../scripts/seeds/accounts';
import { startTestApp, type TestContext } from '../../server/src/testing/harness';
import { openBrowser } from '../../server/src/testing/client';
import { User } from '../../server/src/models/User';

describe('demo data', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestApp();
  });
  afterAll(() => ctx.close());

  it('creates a demo account for every role, each able to sign in, and prints their sign-ins', async () => {
    const summary = await seedIfEmpty();
    const roles = new Set(await User.find().distinct('role'));
    for (const role of ROLES) expect(roles).toContain(role);
    expect(summary.join('\n')).toContain(DEMO_PASSWORD);
    for (const email of ['admin@kafaat.demo', 'officer@kafaat.demo', 'employer@kafaat.demo', 'expert@kafaat.demo']) {
      expect(summary.join('\n')).toContain(email);
      const b = await openBrowser(ctx.app, `10.9.0.${email.length}`);
      const res = await b.post('/api/v1/auth/signin', { email, password: DEMO_PASSWORD }).expect(200);
      expect(res.body.user.email).toBe(email);
    }
  });

  it('does not seed twice: a second start keeps the data and prints the same sign-ins', async () => {
    const before = await User.countDocuments();
    const summary = await seedIfEmpty();
    expect(await User.countDocuments()).toBe(before);
    expect(summary.join('\n')).toContain('admin@kafaat.demo');
  });
});
