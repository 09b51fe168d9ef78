import { Types } from 'mongoose';
import { startTestApp, type TestContext } from '../../testing/harness';
import { openBrowser } from '../../testing/client';
import { buildOrganisation, buildUser } from '../../testing/factories';
import { signIn } from '../../testing/session';
import { AuditLog } from '../../models/AuditLog';
import { User } from '../../models/User';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

/** The audit log URL with these filters (undefined ones left out). */
function page(query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  return `/api/v1/admin/audit?${params}`;
}

describe('GET /api/v1/admin/audit', () => {
  it('shows only the entries of the chosen action, newest first, and the next pages hold the rest with no repeats', async () => {
    const admin = await buildUser({ role: 'admin' });
    const b = await signIn(ctx.app, admin);
    // Seven decisions, three of them in the same millisecond (the cursor must break ties), among other entries.
    const sameInstant = new Date(Date.now() - 60_000);
    const decisions = [];
    for (let i = 0; i < 7; i++) {
      const at = i < 3 ? sameInstant : new Date(Date.now() - 50_000 + i * 1000);
      decisions.push(await AuditLog.create({ at, action: 'organisation.verified', actorId: admin._id, actorRole: 'admin', targetType: 'organisation', targetId: new Types.ObjectId() }));
      await AuditLog.create({ at, action: 'organisation.updated', actorId: admin._id, actorRole: 'admin' });
    }

    const seen: Array<{ id: string; at: string; action: string }> = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await b.get(page({ action: 'organisation.verified', limit: 3, cursor })).expect(200);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);

    expect(pages).toBe(3);
    expect(seen.every((entry) => entry.action === 'organisation.verified')).toBe(true);
    expect(new Set(seen.map((entry) => entry.id)).size).toBe(7);
    expect(seen.map((entry) => entry.id).sort()).toEqual(decisions.map((d) => d.id).sort());
    const times = seen.map((entry) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });

  it('narrows the log to one actor, one target and a period', async () => {
    const admin = await buildUser({ role: 'admin' });
    const b = await signIn(ctx.app, admin);
    const actor = new Types.ObjectId();
    const target = new Types.ObjectId();
    await AuditLog.create({ at: new Date('2026-03-01T10:00:00Z'), action: 'user.role_changed', actorId: actor, actorRole: 'admin', targetType: 'user', targetId: target, meta: { from: 'talent', to: 'admin' } });
    await AuditLog.create({ at: new Date('2026-03-05T10:00:00Z'), action: 'user.role_changed', actorId: actor, actorRole: 'admin', targetType: 'user', targetId: target });
    await AuditLog.create({ at: new Date('2026-03-01T11:00:00Z'), action: 'user.role_changed', actorId: new Types.ObjectId(), actorRole: 'admin', targetId: target });

    const byActor = await b.get(page({ actorId: String(actor) })).expect(200);
    expect(byActor.body.items).toHaveLength(2);
    const inPeriod = await b.get(page({ targetId: String(target), from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z' })).expect(200);
    expect(inPeriod.body.items).toHaveLength(2);
    const both = await b.get(page({ actorId: String(actor), to: '2026-03-02T00:00:00Z' })).expect(200);
    expect(both.body.items).toEqual([
      expect.objectContaining({ actorId: String(actor), targetId: String(target), targetType: 'user', outcome: 'success', meta: { from: 'talent', to: 'admin' } }),
    ]);
    expect(both.body.nextCursor).toBeNull();
  });

  it('is for admins only: officers and employers are refused, visitors asked to sign in', async () => {
    const institution = await buildOrganisation({ kind: 'institution' });
    const officer = await signIn(ctx.app, await buildUser({ role: 'officer', organisationId: institution._id, orgAdmin: true }));
    await officer.get('/api/v1/admin/audit').expect(403);
    await (await openBrowser(ctx.app)).get('/api/v1/admin/audit').expect(401);
  });

  it('says a damaged page link or a bad date is wrong, field by field', async () => {
    const b = await signIn(ctx.app, await buildUser({ role: 'admin' }));
    const res = await b.get(page({ cursor: 'bm90IGpzb24', from: 'yesterday' })).expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'from', location: 'query' })]);
    const damaged = await b.get(page({ cursor: 'bm90IGpzb24' })).expect(400);
    expect(damaged.body.error.details).toEqual([expect.objectContaining({ path: 'cursor', code: 'invalid_cursor' })]);
  });
});

describe('PATCH /api/v1/admin/users/:id/role', () => {
  it("changes someone's role at once and logs from what to what", async () => {
    const admin = await buildUser({ role: 'admin' });
    const talent = await buildUser({ role: 'talent' });
    const theirBrowser = await signIn(ctx.app, talent);
    const b = await signIn(ctx.app, admin);
    const res = await b.patch(`/api/v1/admin/users/${talent.id}/role`, { role: 'admin' }).expect(200);
    expect(res.body).toEqual({ id: talent.id, role: 'admin' });
    expect((await theirBrowser.get('/api/v1/auth/session').expect(200)).body.user.role).toBe('admin');
    const entry = await AuditLog.findOne({ action: 'user.role_changed', targetId: talent._id }).lean();
    expect(entry).toMatchObject({ actorId: admin._id, targetType: 'user', meta: { from: 'talent', to: 'admin' } });
  });

  it('refuses an admin changing their own role, and keeps it', async () => {
    const admin = await buildUser({ role: 'admin' });
    const b = await signIn(ctx.app, admin);
    const res = await b.patch(`/api/v1/admin/users/${admin.id}/role`, { role: 'talent' }).expect(403);
    expect(res.body.error.code).toBe('forbidden');
    expect((await User.findById(admin._id))!.role).toBe('admin');
  });

  it('refuses anyone who is not an admin, without saying whether the account exists', async () => {
    const institution = await buildOrganisation({ kind: 'institution' });
    const officer = await buildUser({ role: 'officer', organisationId: institution._id, orgAdmin: true });
    const talent = await buildUser({ role: 'talent' });
    const b = await signIn(ctx.app, officer);
    await b.patch(`/api/v1/admin/users/${talent.id}/role`, { role: 'officer' }).expect(403);
    await b.patch(`/api/v1/admin/users/${new Types.ObjectId()}/role`, { role: 'officer' }).expect(403);
    await b.patch(`/api/v1/admin/users/${officer.id}/role`, { role: 'admin' }).expect(403);
    expect((await User.findById(talent._id))!.role).toBe('talent');
    expect((await User.findById(officer._id))!.role).toBe('officer');
  });

  it('says an unknown account is not found, and a role that does not fit the organisation is refused on the role field', async () => {
    const b = await signIn(ctx.app, await buildUser({ role: 'admin' }));
    await b.patch(`/api/v1/admin/users/${new Types.ObjectId()}/role`, { role: 'talent' }).expect(404);
    const employerOrg = await buildOrganisation({ kind: 'employer' });
    const employer = await buildUser({ role: 'employer', organisationId: employerOrg._id });
    const res = await b.patch(`/api/v1/admin/users/${employer.id}/role`, { role: 'officer' }).expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'role', code: 'role_does_not_fit' })]);
    expect((await User.findById(employer._id))!.role).toBe('employer');
  });
});
