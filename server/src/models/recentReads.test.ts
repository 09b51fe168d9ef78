import { startTestApp, type TestContext } from '../testing/harness';
import { buildOrganisation, buildTalentProfile, buildUser } from '../testing/factories';
import { syncSearch } from '../testing/search';
import { signIn } from '../testing/session';
import { Organisation } from './Organisation';
import { User, recentUser, recentUsers, type StoredUser } from './User';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
  // One profile indexed, so that the search below has an index to read.
  await buildTalentProfile(await buildUser({ role: 'talent' }), { headline: 'Soudeur' });
  await syncSearch(ctx);
});
afterAll(() => ctx.close());

/** Reads an account through the memory, counting the database reads. */
function counted() {
  let reads = 0;
  const read = (id: string) =>
    recentUsers.get(id, () => {
      reads += 1;
      return User.findById(id).lean<StoredUser>();
    });
  return { read, reads: () => reads };
}

describe('RecentReads (the signed-in user and organisation of each request)', () => {
  it('reads a document once within its few seconds, and again once they are over', async () => {
    const user = await buildUser({ role: 'talent' });
    const id = String(user._id);
    const { read, reads } = counted();
    expect((await read(id))!.email).toBe(user.email);
    await read(id);
    expect(reads()).toBe(1);
    // Another clock, past the 3 s: read again.
    const later = Date.now() + 3_500;
    const spy = jest.spyOn(Date, 'now').mockReturnValue(later);
    try {
      await read(id);
      expect(reads()).toBe(2);
    } finally {
      spy.mockRestore();
    }
  });

  it('forgets a document written through the model, by id or by any other filter', async () => {
    const user = await buildUser({ role: 'talent' });
    const id = String(user._id);
    const { read, reads } = counted();
    await read(id);
    await User.updateOne({ _id: user._id }, { $set: { displayName: 'Nouveau nom' } });
    expect((await read(id))!.displayName).toBe('Nouveau nom');
    await User.updateMany({ email: user.email }, { $set: { locale: 'ar' } });
    expect((await read(id))!.locale).toBe('ar');
    const doc = (await User.findById(id))!;
    doc.displayName = 'Par save';
    await doc.save();
    expect((await read(id))!.displayName).toBe('Par save');
    expect(reads()).toBe(4);
    await User.deleteOne({ _id: user._id });
    expect(await read(id)).toBeNull();
  });

  it('does not keep a read that a write overtook, nor a missing document', async () => {
    const user = await buildUser({ role: 'talent' });
    const id = String(user._id);
    // The read returns the old account after the write went by: it is answered, not kept.
    const stale = await recentUsers.get(id, async () => {
      const old = await User.findById(id).lean<StoredUser>();
      await User.updateOne({ _id: user._id }, { $set: { role: 'employer' } });
      return old;
    });
    expect(stale!.role).toBe('talent');
    const { read } = counted();
    expect((await read(id))!.role).toBe('employer');
    const { read: readMissing, reads } = counted();
    await readMissing('65f0c0ffee0000000000abcd');
    await readMissing('65f0c0ffee0000000000abcd');
    expect(reads()).toBe(2);
  });

  it('gives each request its own document: changing one leaves the memory as it was', async () => {
    const user = await buildUser({ role: 'talent' });
    const first = User.hydrate((await recentUser(String(user._id)))!);
    first.displayName = 'Changé en mémoire';
    first.consent!.version = 'changed';
    const second = User.hydrate((await recentUser(String(user._id)))!);
    expect(second.displayName).toBe(user.displayName);
    expect(second.consent!.version).toBe(user.consent!.version);
  });

  it('applies an organisation rejected, and a member removed, from the next request', async () => {
    const org = await buildOrganisation({ kind: 'employer', status: 'verified' });
    const member = await buildUser({ role: 'employer', organisationId: org._id });
    const browser = await signIn(ctx.app, member);
    await browser.get('/api/v1/talents/search').expect(200);
    await Organisation.updateOne({ _id: org._id }, { $set: { status: 'rejected' } });
    await browser.get('/api/v1/talents/search').expect(403);
    await Organisation.updateOne({ _id: org._id }, { $set: { status: 'verified' } });
    await browser.get('/api/v1/talents/search').expect(200);
    await User.updateOne({ _id: member._id }, { $set: { organisationId: null } });
    await browser.get('/api/v1/talents/search').expect(403);
  });
});
