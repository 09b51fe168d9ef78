import { startTestApp, type TestContext } from '../../testing/harness';
import { buildOrganisation, buildTalentProfile, buildUser, buildOpportunity, TEST_PASSWORD } from '../../testing/factories';
import { buildConversation, buildDocument, buildMessagingScene } from '../../testing/messagingFactories';
import { signIn } from '../../testing/session';
import { Conversation } from '../../models/Conversation';
import { Message } from '../../models/Message';
import { RateLimit } from '../../models/RateLimit';
import { LIMITS } from '../../auth/rateLimiter';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

describe('POST /api/v1/conversations', () => {
  it('lets a talent who applied write to the organisation, and opens the conversation once', async () => {
    const { talent, opportunity, org } = await buildMessagingScene({ applied: true });
    const b = await signIn(ctx.app, talent);
    const first = await b.post('/api/v1/conversations', { opportunityId: opportunity.id, text: '  Bonjour, une question sur le poste.  ' }).expect(201);
    expect(first.body.created).toBe(true);
    expect(first.body.message).toMatchObject({ text: 'Bonjour, une question sur le poste.', deleted: false, sender: { id: talent.id, side: 'talent' } });
    expect(first.body.conversation).toMatchObject({ side: 'talent', organisation: { id: org.id, name: org.name }, talent: { id: talent.id }, unreadCount: 0 });
    expect(first.body.conversation.opportunity).toMatchObject({ id: opportunity.id, type: 'job', title: { fr: opportunity.title!.fr } });

    const again = await b.post('/api/v1/conversations', { opportunityId: opportunity.id, text: 'Et une autre.' }).expect(200);
    expect(again.body.created).toBe(false);
    expect(again.body.conversation.id).toBe(first.body.conversation.id);
    expect(await Conversation.countDocuments({ opportunityId: opportunity._id })).toBe(1);
  });

  it('asks a talent who has not applied to apply first', async () => {
    const { talent, opportunity } = await buildMessagingScene();
    const b = await signIn(ctx.app, talent);
    const res = await b.post('/api/v1/conversations', { opportunityId: opportunity.id, text: 'Bonjour' }).expect(403);
    expect(res.body.error.message).toMatch(/Apply to this opportunity/);
  });

  it('lets an employer write to a talent whose profile they may see', async () => {
    const { employer, talent, opportunity } = await buildMessagingScene();
    const b = await signIn(ctx.app, employer);
    const res = await b.post('/api/v1/conversations', { opportunityId: opportunity.id, talentId: talent.id, text: 'Votre profil nous intéresse.' }).expect(201);
    expect(res.body.conversation).toMatchObject({ side: 'organisation', talent: { id: talent.id, displayName: talent.displayName } });
  });

  it('answers 404 when an employer writes to a talent whose profile is hidden, and creates nothing', async () => {
    const { employer, talent, opportunity } = await buildMessagingScene({ visibility: 'hidden' });
    const b = await signIn(ctx.app, employer);
    const res = await b.post('/api/v1/conversations', { opportunityId: opportunity.id, talentId: talent.id, text: 'Bonjour' }).expect(404);
    expect(res.body.error.code).toBe('not_found');
    expect(await Conversation.countDocuments({ talentId: talent._id })).toBe(0);
    // Exactly like a talent who does not exist.
    await b.post('/api/v1/conversations', { opportunityId: opportunity.id, talentId: '0123456789abcdef01234567', text: 'Bonjour' }).expect(404);
  });

  it('lets the managers answer a hidden-profile talent who applied to their opportunity', async () => {
    const { employer, talent, opportunity } = await buildMessagingScene({ visibility: 'hidden', applied: true });
    const b = await signIn(ctx.app, employer);
    await b.post('/api/v1/conversations', { opportunityId: opportunity.id, talentId: talent.id, text: 'Merci pour votre candidature.' }).expect(201);
  });

  it("refuses an employer writing about another organisation's opportunity", async () => {
    const { talent, opportunity } = await buildMessagingScene();
    const other = await buildOrganisation();
    const stranger = await buildUser({ role: 'employer', organisationId: other._id });
    const b = await signIn(ctx.app, stranger);
    await b.post('/api/v1/conversations', { opportunityId: opportunity.id, talentId: talent.id, text: 'Bonjour' }).expect(403);
  });

  it('says which field is wrong for an empty or too long text, or a missing talent', async () => {
    const { employer, talent, opportunity } = await buildMessagingScene();
    const b = await signIn(ctx.app, employer);
    const empty = await b.post('/api/v1/conversations', { opportunityId: opportunity.id, talentId: talent.id, text: '   ' }).expect(400);
    expect(empty.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'text' })]));
    const long = await b.post('/api/v1/conversations', { opportunityId: opportunity.id, talentId: talent.id, text: 'x'.repeat(4001) }).expect(400);
    expect(long.body.error.details[0]).toMatchObject({ path: 'text' });
    const noTalent = await b.post('/api/v1/conversations', { opportunityId: opportunity.id, text: 'Bonjour' }).expect(400);
    expect(noTalent.body.error.details[0]).toMatchObject({ path: 'talentId', code: 'required' });
    await b.post('/api/v1/conversations', { opportunityId: opportunity.id, talentId: talent.id, text: 'x'.repeat(4000) }).expect(201);
  });
});

describe('POST /api/v1/conversations/:id/messages', () => {
  it('returns HTML exactly as typed, as text, both when sent and when listed', async () => {
    const { employer, talent, opportunity } = await buildMessagingScene({ applied: true });
    const t = await signIn(ctx.app, talent);
    const started = await t.post('/api/v1/conversations', { opportunityId: opportunity.id, text: 'Bonjour' }).expect(201);
    const html = '<script>alert("x")</script><b>gras</b> & <img src=x onerror=alert(1)>';
    const sent = await t.post(`/api/v1/conversations/${started.body.conversation.id}/messages`, { text: html }).expect(201);
    expect(sent.body.text).toBe(html);
    const e = await signIn(ctx.app, employer);
    const listed = await e.get(`/api/v1/conversations/${started.body.conversation.id}/messages`).expect(200);
    expect(listed.body.items[0].text).toBe(html);
    expect(listed.headers['content-type']).toMatch(/application\/json/);
    expect((await Message.findById(sent.body.id).lean())!.text).toBe(html);
  });

  it("attaches the talent's own documents, and refuses someone else's", async () => {
    const { talent, opportunity } = await buildMessagingScene({ applied: true });
    const mine = await buildDocument(talent._id, { name: 'diplome.pdf' });
    const stranger = await buildUser({ role: 'talent' });
    const theirs = await buildDocument(stranger._id);
    const b = await signIn(ctx.app, talent);
    const started = await b.post('/api/v1/conversations', { opportunityId: opportunity.id, text: 'Voici mon diplôme', attachmentIds: [mine.id] }).expect(201);
    expect(started.body.message.attachments).toEqual([{ id: mine.id, name: 'diplome.pdf', mime: 'application/pdf', size: 2048 }]);
    const refused = await b.post(`/api/v1/conversations/${started.body.conversation.id}/messages`, { text: 'Et ceci', attachmentIds: [theirs.id] }).expect(400);
    expect(refused.body.error.details[0]).toMatchObject({ path: 'attachmentIds.0', code: 'not_your_document' });
  });

  it('answers 404 to someone who is not a participant, on every conversation route', async () => {
    const { talent, opportunity, org } = await buildMessagingScene();
    const conv = await buildConversation({ opportunityId: opportunity._id, organisationId: org._id, talentId: talent._id });
    const other = await buildUser({ role: 'talent' });
    const b = await signIn(ctx.app, other);
    await b.get(`/api/v1/conversations/${conv._id}/messages`).expect(404);
    await b.post(`/api/v1/conversations/${conv._id}/messages`, { text: 'Bonjour' }).expect(404);
    await b.post(`/api/v1/conversations/${conv._id}/read`).expect(404);
  });

  it('refuses with 429 once the sender has used up their messages for the moment', async () => {
    const { employer, talent, opportunity, org } = await buildMessagingScene();
    const conv = await buildConversation({ opportunityId: opportunity._id, organisationId: org._id, talentId: talent._id });
    await RateLimit.create({ _id: `message-send:${employer.id}`, count: LIMITS.messagesPerSender.max, resetAt: new Date(Date.now() + 60_000) });
    const b = await signIn(ctx.app, employer);
    const res = await b.post(`/api/v1/conversations/${conv._id}/messages`, { text: 'Encore un' }).expect(429);
    expect(res.headers['retry-after']).toBeDefined();
  });
});

describe('GET /api/v1/conversations', () => {
  it('shows every participant their unread count, which reading clears', async () => {
    const { employer, colleague, talent, opportunity } = await buildMessagingScene();
    const e = await signIn(ctx.app, employer);
    const started = await e.post('/api/v1/conversations', { opportunityId: opportunity.id, talentId: talent.id, text: 'Premier message' }).expect(201);
    const id = started.body.conversation.id;
    await e.post(`/api/v1/conversations/${id}/messages`, { text: 'Deuxième message' }).expect(201);

    const t = await signIn(ctx.app, talent);
    expect((await t.get('/api/v1/conversations').expect(200)).body.items).toEqual([expect.objectContaining({ id, unreadCount: 2, side: 'talent' })]);
    // Unread means from the other side: neither the sender nor their colleague has anything unread yet.
    expect((await e.get('/api/v1/conversations').expect(200)).body.items[0].unreadCount).toBe(0);
    const c = await signIn(ctx.app, colleague);
    expect((await c.get('/api/v1/conversations').expect(200)).body.items[0]).toMatchObject({ id, unreadCount: 0, side: 'organisation' });

    await t.post(`/api/v1/conversations/${id}/messages`, { text: 'Réponse' }).expect(201);
    expect((await t.get('/api/v1/conversations').expect(200)).body.items[0].unreadCount).toBe(0);
    expect((await e.get('/api/v1/conversations').expect(200)).body.items[0]).toMatchObject({ unreadCount: 1, lastMessage: { preview: 'Réponse', senderId: talent.id } });

    const read = await e.post(`/api/v1/conversations/${id}/read`).expect(200);
    expect(read.body).toMatchObject({ conversationId: id, unreadCount: 0 });
    expect((await e.get('/api/v1/conversations').expect(200)).body.items[0].unreadCount).toBe(0);
    // Reading is per person: the colleague still has theirs.
    expect((await c.get('/api/v1/conversations').expect(200)).body.items[0].unreadCount).toBe(1);
  });

  it('lists newest activity first, page by page', async () => {
    const org = await buildOrganisation();
    const employer = await buildUser({ role: 'employer', organisationId: org._id });
    const talent = await buildUser({ role: 'talent' });
    await buildTalentProfile(talent);
    const e = await signIn(ctx.app, employer);
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const opp = await buildOpportunity({ organisationId: org._id });
      ids.push((await e.post('/api/v1/conversations', { opportunityId: opp.id, talentId: talent.id, text: `Sujet ${i}` }).expect(201)).body.conversation.id);
    }
    // New activity brings the oldest conversation back to the top.
    await e.post(`/api/v1/conversations/${ids[0]}/messages`, { text: 'Relance' }).expect(201);
    const t = await signIn(ctx.app, talent);
    const first = await t.get('/api/v1/conversations?limit=2').expect(200);
    expect(first.body.items.map((c: { id: string }) => c.id)).toEqual([ids[0], ids[2]]);
    const second = await t.get(`/api/v1/conversations?limit=2&cursor=${first.body.nextCursor}`).expect(200);
    expect(second.body.items.map((c: { id: string }) => c.id)).toEqual([ids[1]]);
    expect(second.body.nextCursor).toBeNull();
    const damaged = await t.get('/api/v1/conversations?cursor=nonsense').expect(400);
    expect(damaged.body.error.details[0]).toMatchObject({ path: 'cursor', code: 'invalid_cursor' });
  });
});

describe('GET /api/v1/conversations/:id/messages', () => {
  it('pages messages newest first', async () => {
    const { employer, talent, opportunity } = await buildMessagingScene();
    const e = await signIn(ctx.app, employer);
    const id = (await e.post('/api/v1/conversations', { opportunityId: opportunity.id, talentId: talent.id, text: 'm0' }).expect(201)).body.conversation.id;
    for (const text of ['m1', 'm2', 'm3', 'm4']) await e.post(`/api/v1/conversations/${id}/messages`, { text }).expect(201);
    const t = await signIn(ctx.app, talent);
    const first = await t.get(`/api/v1/conversations/${id}/messages?limit=3`).expect(200);
    expect(first.body.items.map((m: { text: string }) => m.text)).toEqual(['m4', 'm3', 'm2']);
    const rest = await t.get(`/api/v1/conversations/${id}/messages?limit=3&cursor=${first.body.nextCursor}`).expect(200);
    expect(rest.body.items.map((m: { text: string }) => m.text)).toEqual(['m1', 'm0']);
    expect(rest.body.nextCursor).toBeNull();
  });
});

describe('messages in "download my data" and "delete my account"', () => {
  it("exports a talent's conversations, and on deletion blanks their messages while the organisation keeps the thread", async () => {
    const { employer, talent, opportunity } = await buildMessagingScene({ applied: true });
    const t = await signIn(ctx.app, talent);
    const id = (await t.post('/api/v1/conversations', { opportunityId: opportunity.id, text: 'Mon numéro est le 0600000000' }).expect(201)).body.conversation.id;
    const e = await signIn(ctx.app, employer);
    await e.post(`/api/v1/conversations/${id}/messages`, { text: 'Merci, nous vous appelons.' }).expect(201);

    const exported = (await t.get('/api/v1/me/export').expect(200)).body.messages;
    expect(exported).toEqual([
      expect.objectContaining({
        conversationId: id,
        opportunityId: opportunity.id,
        messages: [expect.objectContaining({ from: 'me', text: 'Mon numéro est le 0600000000' }), expect.objectContaining({ from: 'organisation', text: 'Merci, nous vous appelons.' })],
      }),
    ]);

    await t.del('/api/v1/me', { password: TEST_PASSWORD, confirm: 'DELETE' }).expect(204);
    const thread = (await e.get(`/api/v1/conversations/${id}/messages`).expect(200)).body.items;
    expect(thread).toEqual([
      expect.objectContaining({ text: 'Merci, nous vous appelons.', deleted: false }),
      expect.objectContaining({ text: '', deleted: true, sender: null, attachments: [] }),
    ]);
    const list = (await e.get('/api/v1/conversations').expect(200)).body.items;
    expect(list[0]).toMatchObject({ id, talent: null });
    expect(JSON.stringify(await Message.find({ conversationId: id }).lean())).not.toContain('0600000000');
    expect((await Conversation.findById(id).lean())!.readAt).not.toHaveProperty(talent.id);
  });
});
