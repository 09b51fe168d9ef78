import { purgeExpired } from './purger';
import { startTestApp, type TestContext } from '../../testing/harness';
import { Session } from '../../models/Session';
import { RateLimit } from '../../models/RateLimit';

describe('purgeExpired', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestApp();
  });
  afterAll(() => ctx.close());

  it('removes expired sessions and rate-limit windows and keeps live ones', async () => {
    const past = new Date(Date.now() - 60_000);
    const future = new Date(Date.now() + 60_000);
    await Session.create([
      { _id: 'old', data: '{}', expiresAt: past, lastSeenAt: past },
      { _id: 'live', data: '{}', expiresAt: future, lastSeenAt: past },
    ]);
    await RateLimit.create([
      { _id: 'a', count: 3, resetAt: past },
      { _id: 'b', count: 1, resetAt: future },
    ]);
    const removed = await purgeExpired();
    expect(removed).toMatchObject({ sessions: 1, rateLimits: 1 });
    expect(await Session.find().distinct('_id')).toEqual(['live']);
    expect(await RateLimit.find().distinct('_id')).toEqual(['b']);
  });
});
