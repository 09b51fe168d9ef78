import { purgeExpired } from './purger';
import { startTestApp, type TestContext } from '../../testing/harness';
import { Session } from '../../models/Session';
import { RateLimit } from '../../models/RateLimit';
import { Invitation } from '../../models/Invitation';
import { Types } from 'mongoose';

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

  it('forgets invitations nobody accepted a month after they expired, and keeps accepted and recent ones', async () => {
    const day = 24 * 3600_000;
    const base = { organisationId: new Types.ObjectId(), role: 'employer' as const, invitedBy: new Types.ObjectId() };
    const [stale, accepted, recent] = await Invitation.create([
      { ...base, email: 'stale@example.org', expiresAt: new Date(Date.now() - 31 * day) },
      { ...base, email: 'joined@example.org', expiresAt: new Date(Date.now() - 31 * day), acceptedAt: new Date(Date.now() - 35 * day) },
      { ...base, email: 'recent@example.org', expiresAt: new Date(Date.now() - 2 * day), revokedAt: new Date(Date.now() - 3 * day) },
    ]);
    expect((await purgeExpired()).invitations).toBe(1);
    expect(await Invitation.exists({ _id: stale!._id })).toBeNull();
    expect((await Invitation.find().distinct('_id')).map(String).sort()).toEqual([String(accepted!._id), String(recent!._id)].sort());
  });
});
