import { MongoSessionStore } from './sessionStore';
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
});
