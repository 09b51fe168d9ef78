import { startTestApp, type TestContext } from '../../testing/harness';
import { readMails } from '../../testing/client';
import { buildApplication, buildOpportunity, buildOrganisation, buildUser, TEST_PASSWORD } from '../../testing/factories';
import { buildMessagingScene } from '../../testing/messagingFactories';
import { signIn } from '../../testing/session';
import type { Browser } from '../../testing/client';
import { Notification } from '../../models/Notification';
import { NotificationSettings } from '../../models/NotificationSettings';
import { User } from '../../models/User';
import { notify } from '../../services/notifications/notifier';
import { sendDigests } from '../../services/notifications/digestSender';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

const put = (b: Browser, url: string, body: object) => b.agent.put(url).set('X-Forwarded-For', '10.0.0.9').set('X-CSRF-Token', b.csrf).send(body);
const inbox = async (b: Browser, query = '') => (await b.get(`/api/v1/notifications${query}`).expect(200)).body;

describe('notifications from the pipeline', () => {
  it('tells a talent they were invited, by which organisation, to which opportunity', async () => {
    const { employer, talent, opportunity, org } = await buildMessagingScene();
    const e = await signIn(ctx.app, employer);
    await e.post(`/api/v1/opportunities/${opportunity.id}/invitations`, { talentId: talent.id, message: 'Venez !' }).expect(201);
    const t = await signIn(ctx.app, talent);
    const body = await inbox(t);
    expect(body.unreadCount).toBe(1);
    expect(body.items[0]).toMatchObject({ kind: 'invitation', actorName: org.name, opportunity: { id: opportunity.id, title: { fr: opportunity.title!.fr } }, readAt: null, count: 1 });
    expect(body.items[0].link).toMatch(/^\/applications\/[a-f0-9]{24}$/);
  });

  it('tells the managers about an application, and the talent about each stage they are moved to', async () => {
    const { employer, colleague, talent, opportunity } = await buildMessagingScene();
    const t = await signIn(ctx.app, talent);
    const applied = await t.post(`/api/v1/opportunities/${opportunity.id}/applications`, { motivation: 'Motivé' }).expect(201);
    const c = await signIn(ctx.app, colleague);
    expect((await inbox(c)).items[0]).toMatchObject({ kind: 'stageChanged', stage: 'applied', actorName: talent.displayName });

    const e = await signIn(ctx.app, employer);
    await e.post(`/api/v1/applications/${applied.body.id}/stage`, { stage: 'shortlisted' }).expect(200);
    const body = await inbox(t);
    expect(body.items[0]).toMatchObject({ kind: 'stageChanged', stage: 'shortlisted', link: `/applications/${applied.body.id}` });
    // Nobody is told about their own move.
    expect((await inbox(e)).items.filter((n: { stage: string }) => n.stage === 'shortlisted')).toEqual([]);
  });

  it('tells the expert their mission is confirmed', async () => {
    const institution = await buildOrganisation({ kind: 'institution' });
    const officer = await buildUser({ role: 'officer', organisationId: institution._id });
    const expert = await buildUser({ role: 'talent' });
    const mission = await buildOpportunity({ organisationId: institution._id, type: 'mission' });
    const app = await buildApplication({ opportunity: mission, talentId: expert._id, stage: 'selected', byUserId: officer._id });
    const o = await signIn(ctx.app, officer);
    await o.agent
      .put(`/api/v1/applications/${app.id}/mission/confirmation`)
      .set('X-CSRF-Token', o.csrf)
      .send({ startDate: '2027-04-01', endDate: '2027-04-10' })
      .expect(200);
    const x = await signIn(ctx.app, expert);
    expect((await inbox(x)).items[0]).toMatchObject({ kind: 'missionConfirmed', opportunity: { id: mission.id } });
  });
});

describe('notifications of messages', () => {
  it('gathers the messages of a conversation into one notification, read when the conversation is read', async () => {
    const { employer, talent, opportunity } = await buildMessagingScene();
    const e = await signIn(ctx.app, employer);
    const id = (await e.post('/api/v1/conversations', { opportunityId: opportunity.id, talentId: talent.id, text: 'Un' }).expect(201)).body.conversation.id;
    await e.post(`/api/v1/conversations/${id}/messages`, { text: 'Deux' }).expect(201);
    const t = await signIn(ctx.app, talent);
    let body = await inbox(t);
    expect(body.unreadCount).toBe(1);
    expect(body.items).toEqual([expect.objectContaining({ kind: 'message', count: 2, preview: 'Deux', actorName: employer.displayName, link: `/conversations/${id}` })]);

    await t.post(`/api/v1/conversations/${id}/read`).expect(200);
    body = await inbox(t);
    expect(body.unreadCount).toBe(0);
    expect(body.items[0].readAt).not.toBeNull();

    // A new message after reading starts a new notification.
    await e.post(`/api/v1/conversations/${id}/messages`, { text: 'Trois' }).expect(201);
    body = await inbox(t);
    expect(body.items.map((n: { count: number; readAt: string | null }) => [n.count, n.readAt === null])).toEqual([[1, true], [2, false]]);
  });
});

describe('GET /api/v1/notifications', () => {
  it('pages newest first, can show unread ones only, and marks one or all read', async () => {
    const user = await buildUser({ role: 'talent' });
    for (let i = 0; i < 3; i += 1) await notify({ userId: user.id, kind: 'newMatch', link: `/opportunities/${i}`, stage: null });
    const b = await signIn(ctx.app, user);
    const first = await inbox(b, '?limit=2');
    expect(first.items.map((n: { link: string }) => n.link)).toEqual(['/opportunities/2', '/opportunities/1']);
    expect(first.unreadCount).toBe(3);
    const rest = await inbox(b, `?limit=2&cursor=${first.nextCursor}`);
    expect(rest.items.map((n: { link: string }) => n.link)).toEqual(['/opportunities/0']);
    expect(rest.nextCursor).toBeNull();

    const read = await b.post(`/api/v1/notifications/${first.items[0].id}/read`).expect(200);
    expect(read.body.unreadCount).toBe(2);
    expect((await inbox(b, '?unread=true')).items).toHaveLength(2);
    expect((await b.post('/api/v1/notifications/read-all').expect(200)).body.unreadCount).toBe(0);
  });

  it("answers 404 for someone else's notification and leaves it unread", async () => {
    const owner = await buildUser({ role: 'talent' });
    const n = await notify({ userId: owner.id, kind: 'newMatch', link: '/x' });
    const other = await buildUser({ role: 'talent' });
    const b = await signIn(ctx.app, other);
    await b.post(`/api/v1/notifications/${n!._id}/read`).expect(404);
    expect((await Notification.findById(n!._id).lean())!.readAt).toBeNull();
  });
});

describe('/api/v1/me/notification-preferences', () => {
  it('starts with everything on, saves the kinds changed, and keeps the others', async () => {
    const user = await buildUser({ role: 'talent' });
    const b = await signIn(ctx.app, user);
    const initial = (await b.get('/api/v1/me/notification-preferences').expect(200)).body;
    expect(initial.message).toEqual({ inApp: true, emailDigest: true });
    expect(Object.keys(initial).sort()).toEqual(['invitation', 'message', 'missionConfirmed', 'newMatch', 'savedSearchAlert', 'stageChanged']);
    const saved = (await put(b, '/api/v1/me/notification-preferences', { message: { inApp: false, emailDigest: true } }).expect(200)).body;
    expect(saved).toMatchObject({ message: { inApp: false, emailDigest: true }, invitation: { inApp: true, emailDigest: true } });
    expect((await b.get('/api/v1/me/notification-preferences').expect(200)).body).toEqual(saved);
    const bad = await put(b, '/api/v1/me/notification-preferences', { message: { inApp: false }, unknownKind: { inApp: true, emailDigest: true } }).expect(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['message.emailDigest']));
  });

  it('keeps a kind turned off in the app out of the inbox, and drops a kind turned off everywhere', async () => {
    const user = await buildUser({ role: 'talent' });
    const b = await signIn(ctx.app, user);
    await put(b, '/api/v1/me/notification-preferences', { newMatch: { inApp: false, emailDigest: true }, savedSearchAlert: { inApp: false, emailDigest: false } }).expect(200);
    expect(await notify({ userId: user.id, kind: 'savedSearchAlert', link: '/s' })).toBeNull();
    const emailOnly = await notify({ userId: user.id, kind: 'newMatch', link: '/m' });
    expect(emailOnly).toMatchObject({ inbox: false });
    expect(await inbox(b)).toMatchObject({ items: [], unreadCount: 0 });
  });
});

describe('the daily digest', () => {
  it('mails each user once with what is unread since the last digest, in their language', async () => {
    const { employer, talent, opportunity } = await buildMessagingScene();
    await User.updateOne({ _id: talent._id }, { $set: { locale: 'ar' } });
    const e = await signIn(ctx.app, employer);
    await e.post(`/api/v1/opportunities/${opportunity.id}/invitations`, { talentId: talent.id }).expect(201);
    const now = new Date(Date.now() + 1000);

    const first = await sendDigests(ctx.services, now);
    expect(first.sent).toBeGreaterThanOrEqual(1);
    let mails = readMails(ctx.config, talent.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('ملخصكم على كفاءات');
    expect(mails[0]!.text).toContain(opportunity.title!.fr);
    expect(mails[0]!.text).toContain('/notifications');

    // Run again (another process, or the next hour): nothing new is sent.
    await sendDigests(ctx.services, new Date(now.getTime() + 60_000));
    await sendDigests(ctx.services, new Date(now.getTime() + 2 * 3600_000));
    expect(readMails(ctx.config, talent.email)).toHaveLength(1);
    expect((await NotificationSettings.findById(talent._id).lean())!.lastDigestAt).toEqual(now);

    // The next day, only what is new since.
    const next = await notify({ userId: talent.id, kind: 'newMatch', link: '/o', opportunity: { id: opportunity.id, title: { fr: 'Nouvelle mission' } } });
    await Notification.updateOne({ _id: next!._id }, { $set: { at: new Date(now.getTime() + 24 * 3600_000) } });
    await sendDigests(ctx.services, new Date(now.getTime() + 25 * 3600_000));
    mails = readMails(ctx.config, talent.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text).toContain('Nouvelle mission');
    expect(mails[1]!.text).not.toContain(opportunity.title!.fr);
  });

  it('sends nothing when everything was read, or to someone who wants no email', async () => {
    const reader = await buildUser({ role: 'talent' });
    await notify({ userId: reader.id, kind: 'newMatch', link: '/a' });
    const r = await signIn(ctx.app, reader);
    await r.post('/api/v1/notifications/read-all').expect(200);
    const quiet = await buildUser({ role: 'talent' });
    const q = await signIn(ctx.app, quiet);
    await put(q, '/api/v1/me/notification-preferences', { newMatch: { inApp: true, emailDigest: false } }).expect(200);
    await notify({ userId: quiet.id, kind: 'newMatch', link: '/b' });
    await sendDigests(ctx.services, new Date(Date.now() + 1000));
    expect(readMails(ctx.config, reader.email)).toEqual([]);
    expect(readMails(ctx.config, quiet.email)).toEqual([]);
  });

  it('sends one mail when two processes run the digest at the same moment', async () => {
    const user = await buildUser({ role: 'talent' });
    await notify({ userId: user.id, kind: 'newMatch', link: '/c' });
    const now = new Date(Date.now() + 1000);
    await Promise.all([sendDigests(ctx.services, now), sendDigests(ctx.services, now), sendDigests(ctx.services, now)]);
    expect(readMails(ctx.config, user.email)).toHaveLength(1);
  });
});

describe('notifications in "download my data" and "delete my account"', () => {
  it('exports the inbox and preferences, and erasure removes them and the person’s name from others’ inboxes', async () => {
    const { employer, talent, opportunity } = await buildMessagingScene({ applied: true });
    const t = await signIn(ctx.app, talent);
    const id = (await t.post('/api/v1/conversations', { opportunityId: opportunity.id, text: 'Bonjour de ma part' }).expect(201)).body.conversation.id;
    const e = await signIn(ctx.app, employer);
    await e.post(`/api/v1/conversations/${id}/messages`, { text: 'Bonjour !' }).expect(201);

    const exported = (await t.get('/api/v1/me/export').expect(200)).body.notifications;
    expect(exported.preferences.message).toEqual({ inApp: true, emailDigest: true });
    expect(exported.items).toEqual([expect.objectContaining({ kind: 'message', preview: 'Bonjour !', shownInApp: true })]);

    await t.del('/api/v1/me', { password: TEST_PASSWORD, confirm: 'DELETE' }).expect(204);
    expect(await Notification.countDocuments({ userId: talent._id })).toBe(0);
    const employerInbox = await inbox(e);
    expect(employerInbox.items[0]).toMatchObject({ kind: 'message', actorName: null, preview: null });
    expect(JSON.stringify(employerInbox)).not.toContain(talent.displayName);
  });
});
