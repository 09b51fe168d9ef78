import { startTestApp, type TestContext } from '../testing/harness';
import { buildUser } from '../testing/factories';
import { buildMessagingScene } from '../testing/messagingFactories';
import { connectLive, settle, signInOverHttp, startLiveServer, type LiveClient, type LiveTestServer } from '../testing/realtime';

let ctx: TestContext;
let live: LiveTestServer;
const clients: LiveClient[] = [];
beforeAll(async () => {
  ctx = await startTestApp();
  live = await startLiveServer(ctx, { sessionCheckMs: 200 });
});
afterEach(() => {
  clients.splice(0).forEach((c) => c.close());
});
afterAll(async () => {
  await live.close();
  await ctx.close();
});

/** Connects with a session cookie and closes the socket after the test. */
async function connect(cookie: string | null, transports?: Array<'websocket' | 'polling'>): Promise<LiveClient> {
  const client = await connectLive(live.url, cookie, transports);
  clients.push(client);
  return client;
}

/** A conversation the talent opened (they applied), with both sides signed in over HTTP. */
async function openConversation() {
  const scene = await buildMessagingScene({ applied: true });
  const talent = await signInOverHttp(live.url, scene.talent);
  const employer = await signInOverHttp(live.url, scene.employer);
  const started = await talent.post('/api/v1/conversations', { opportunityId: scene.opportunity.id, text: 'Bonjour' });
  expect(started.status).toBe(201);
  return { ...scene, talentHttp: talent, employerHttp: employer, conversationId: started.body.conversation.id as string };
}

describe('connecting to /socket.io', () => {
  it('refuses a socket without a session, and one with a forged cookie', async () => {
    await expect(connectLive(live.url, null)).rejects.toThrow();
    await expect(connectLive(live.url, null, ['polling'])).rejects.toThrow();
    await expect(connectLive(live.url, 'kafaat.sid=s%3Aforged.signature')).rejects.toThrow();
    const res = await fetch(`${live.url}/socket.io/?EIO=4&transport=polling`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
  });

  it('relays through Redis when REDIS_URL is set, as in production with several processes', () => {
    expect(ctx.config.REDIS_URL).toMatch(/^redis:\/\//);
    expect(live.realtime.io.of('/').adapter.constructor.name).toBe('RedisAdapter');
  });

  it('accepts the session cookie of a signed-in user, over WebSocket and over long-polling', async () => {
    const user = await buildUser({ role: 'talent' });
    const { cookie } = await signInOverHttp(live.url, user);
    expect((await connect(cookie)).socket.connected).toBe(true);
    expect((await connect(cookie, ['polling'])).socket.connected).toBe(true);
  });

  it('refuses a browser connecting from another site, even with a valid cookie', async () => {
    const user = await buildUser({ role: 'talent' });
    const { cookie } = await signInOverHttp(live.url, user);
    const res = await fetch(`${live.url}/socket.io/?EIO=4&transport=polling`, { headers: { Cookie: cookie, Origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const same = await fetch(`${live.url}/socket.io/?EIO=4&transport=polling`, { headers: { Cookie: cookie, Origin: live.url } });
    expect(same.status).toBe(200);
  });

  it('disconnects a live connection once its session ends (sign-out)', async () => {
    const user = await buildUser({ role: 'talent' });
    const session = await signInOverHttp(live.url, user);
    const client = await connect(session.cookie);
    const disconnected = new Promise((resolve) => client.socket.once('disconnect', resolve));
    expect((await session.post('/api/v1/auth/signout')).status).toBeLessThan(300);
    await disconnected;
  });
});

describe('message.created and notification.created', () => {
  it("reaches the recipient, and the sender's other tabs, with the message as stored", async () => {
    const { talentHttp, employerHttp, conversationId, employer } = await openConversation();
    const talentTab = await connect(talentHttp.cookie);
    const employerTab = await connect(employerHttp.cookie);
    const sent = await employerHttp.post(`/api/v1/conversations/${conversationId}/messages`, { text: '<b>Bienvenue</b>' });
    expect(sent.status).toBe(201);

    const received = await talentTab.waitFor('message.created', (p) => p.message.id === sent.body.id);
    expect(received).toEqual({ conversationId, message: sent.body });
    expect(received.message.text).toBe('<b>Bienvenue</b>');
    expect(received.message.sender).toMatchObject({ id: employer.id, side: 'organisation' });
    await employerTab.waitFor('message.created', (p) => p.message.id === sent.body.id);

    const notified = await talentTab.waitFor('notification.created', (p) => p.notification.kind === 'message');
    expect(notified).toMatchObject({ unreadCount: 1, notification: { kind: 'message', actorName: employer.displayName, preview: '<b>Bienvenue</b>', link: `/conversations/${conversationId}`, readAt: null } });
    // The sender is not notified of their own message.
    await settle();
    expect(employerTab.of('notification.created')).toEqual([]);
  });

  it("tells the reader's other tabs that a conversation was read", async () => {
    const { employerHttp, conversationId, employer } = await openConversation();
    const otherTab = await connect(employerHttp.cookie);
    expect((await employerHttp.post(`/api/v1/conversations/${conversationId}/read`)).status).toBe(200);
    expect(await otherTab.waitFor('conversation.read')).toMatchObject({ conversationId, userId: employer.id });
  });
});

describe('isolation between users', () => {
  it("never delivers user B's events to user A; B gets them", async () => {
    const a = await openConversation();
    const b = await openConversation();
    const aTalent = await connect(a.talentHttp.cookie);
    const aEmployer = await connect(a.employerHttp.cookie);
    const bTalent = await connect(b.talentHttp.cookie);

    const sent = await b.employerHttp.post(`/api/v1/conversations/${b.conversationId}/messages`, { text: 'Pour B seulement' });
    expect(sent.status).toBe(201);
    await bTalent.waitFor('message.created', (p) => p.message.id === sent.body.id);
    await bTalent.waitFor('notification.created');
    await settle();
    expect(aTalent.received).toEqual([]);
    expect(aEmployer.received).toEqual([]);
  });

  it("ignores a crafted 'join': a socket stays in its own room", async () => {
    const a = await openConversation();
    const b = await openConversation();
    const intruder = await connect(a.talentHttp.cookie);
    for (const event of ['join', 'subscribe', 'room']) {
      intruder.socket.emit(event, `user:${b.talent.id}`);
      intruder.socket.emit(event, { room: `user:${b.talent.id}` });
    }
    await settle(200);
    const victim = await connect(b.talentHttp.cookie);

    const sent = await b.employerHttp.post(`/api/v1/conversations/${b.conversationId}/messages`, { text: 'Privé' });
    expect(sent.status).toBe(201);
    await victim.waitFor('message.created', (p) => p.message.id === sent.body.id);
    await settle();
    expect(intruder.received).toEqual([]);
    expect(intruder.socket.connected).toBe(true);
  });
});

describe('emitToUser', () => {
  it('sends only the fields of the event’s schema', async () => {
    const user = await buildUser({ role: 'talent' });
    const client = await connect((await signInOverHttp(live.url, user)).cookie);
    const payload = { conversationId: 'c1', userId: user.id, readAt: new Date().toISOString(), secret: 'not for the client' };
    live.realtime.emitToUser(user.id, 'conversation.read', payload);
    const received = await client.waitFor('conversation.read');
    expect(received).toEqual({ conversationId: 'c1', userId: user.id, readAt: payload.readAt });
  });
});
