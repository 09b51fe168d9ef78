import { Types } from 'mongoose';
import { MongoSessionStore, TOUCH_EVERY_MS } from './sessionStore';
import { Session } from '../models/Session';
import { startTestApp, type TestContext } from '../testing/harness';

describe('MongoSessionStore', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestApp();
  });
  afterAll(() => ctx.close());

  const read = (store: MongoSessionStore, sid: string) =>
    new Promise<unknown>((resolve, reject) => store.get(sid, (err, sess) => (err ? reject(err) : resolve(sess ?? null))));

  it('answers a live session and treats an expired one, not yet purged, as no session', async () => {
    const data = JSON.stringify({ cookie: { originalMaxAge: 60_000 }, passport: { user: 'someone' } });
    await Session.create([
      { _id: 'store-live', data, expiresAt: new Date(Date.now() + 60_000), lastSeenAt: new Date() },
      { _id: 'store-expired', data, expiresAt: new Date(Date.now() - 1_000), lastSeenAt: new Date() },
    ]);
    const store = new MongoSessionStore(60_000);
    expect(await read(store, 'store-live')).toMatchObject({ passport: { user: 'someone' } });
    expect(await read(store, 'store-expired')).toBeNull();
    expect(await read(store, 'store-unknown')).toBeNull();
  });

  it('ends a session ended through the model from the next read, though it was read a moment before', async () => {
    const data = JSON.stringify({ cookie: { originalMaxAge: 60_000 }, passport: { user: 'someone' } });
    const userId = new Types.ObjectId();
    const live = { data, userId, expiresAt: new Date(Date.now() + 60_000), lastSeenAt: new Date() };
    await Session.create([{ _id: 'store-signed-out', ...live }, { _id: 'store-everywhere-1', ...live }, { _id: 'store-everywhere-2', ...live }]);
    const store = new MongoSessionStore(60_000);
    for (const sid of ['store-signed-out', 'store-everywhere-1', 'store-everywhere-2']) expect(await read(store, sid)).not.toBeNull();

    await new Promise<void>((resolve, reject) => store.destroy('store-signed-out', (err) => (err ? reject(err) : resolve())));
    expect(await read(store, 'store-signed-out')).toBeNull();
    // "Sign out everywhere", a password change, an erasure: by user.
    await Session.deleteMany({ userId });
    expect(await read(store, 'store-everywhere-1')).toBeNull();
    expect(await read(store, 'store-everywhere-2')).toBeNull();
  });

  it('refuses a session ended by another server process within a second', async () => {
    const data = JSON.stringify({ cookie: { originalMaxAge: 60_000 }, passport: { user: 'someone' } });
    await Session.create({ _id: 'store-elsewhere', data, expiresAt: new Date(Date.now() + 60_000), lastSeenAt: new Date() });
    const store = new MongoSessionStore(60_000);
    expect(await read(store, 'store-elsewhere')).not.toBeNull();
    // Another process deletes it: its model's middleware runs there, not here.
    await Session.collection.deleteOne({ _id: 'store-elsewhere' as never });
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + 1001);
    try {
      expect(await read(store, 'store-elsewhere')).toBeNull();
    } finally {
      clock.mockRestore();
    }
  });

  it('writes a touched session’s expiry at most once a minute, so reading pages is not a database write', async () => {
    const store = new MongoSessionStore(3600_000);
    const call = (fn: (cb: (err?: unknown) => void) => void) => new Promise<void>((resolve, reject) => fn((err) => (err ? reject(err) : resolve())));
    const withExpiry = (at: Date) => ({ cookie: { originalMaxAge: 3600_000, expires: at } }) as never;
    const stored = async () => (await Session.findById('store-rolling').lean())!.expiresAt.getTime();
    const first = new Date(Date.now() + 3600_000);
    await call((cb) => store.set('store-rolling', withExpiry(first), cb));

    await call((cb) => store.touch('store-rolling', withExpiry(new Date(first.getTime() + 5_000)), cb));
    expect(await stored()).toBe(first.getTime());

    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + TOUCH_EVERY_MS + 1);
    try {
      const later = new Date(first.getTime() + TOUCH_EVERY_MS + 1);
      await call((cb) => store.touch('store-rolling', withExpiry(later), cb));
      expect(await stored()).toBe(later.getTime());
    } finally {
      clock.mockRestore();
    }
  });
});
