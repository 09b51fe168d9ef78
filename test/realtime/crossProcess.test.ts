/**
 * Two real server processes (as behind a load balancer) on the same database and the same Redis: a message
 * POSTed to process A reaches a socket.io client connected to process B, and only the people it concerns.
 */
import { randomBytes } from 'node:crypto';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { startTestApp, type TestContext } from '../../server/src/testing/harness';
import { buildMessagingScene } from '../../server/src/testing/messagingFactories';
import { buildUser } from '../../server/src/testing/factories';
import { connectLive, settle, signInOverHttp, type LiveClient } from '../../server/src/testing/realtime';

describe('live updates across server processes', () => {
  let ctx: TestContext;
  let a: ServerProcess;
  let b: ServerProcess;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    if (!process.env.REDIS_URL) throw new Error('REDIS_URL is not set: test/support/globalSetup.ts should have started Redis');
    ctx = await startTestApp();
    // Same database, index prefix and session secret: a cookie from one process is valid on the other.
    const shared = { MONGODB_DB: ctx.config.MONGODB_DB, ES_INDEX_PREFIX: ctx.config.ES_INDEX_PREFIX, SESSION_SECRET: randomBytes(32).toString('hex'), REDIS_URL: process.env.REDIS_URL };
    // One after the other, so the second finds the taxonomy the first loaded.
    a = await startServerProcess(shared);
    b = await startServerProcess(shared);
  });

  afterAll(async () => {
    clients.forEach((c) => c.close());
    const codes = await Promise.all([a?.stop(), b?.stop()]);
    await ctx?.close();
    // Both shut down cleanly, Redis clients included.
    expect(codes).toEqual([0, 0]);
  });

  it('delivers a message POSTed to process A to the recipient connected to process B, and to nobody else', async () => {
    const scene = await buildMessagingScene({ applied: true });
    const bystander = await buildUser({ role: 'talent' });

    // The employer and a bystander keep a socket on B; the talent writes through A.
    const employerOnB = await connectLive(b.url, (await signInOverHttp(a.url, scene.employer)).cookie, ['websocket']);
    const bystanderOnB = await connectLive(b.url, (await signInOverHttp(b.url, bystander)).cookie, ['websocket']);
    clients.push(employerOnB, bystanderOnB);
    const talentOnA = await signInOverHttp(a.url, scene.talent);

    const started = await talentOnA.post('/api/v1/conversations', { opportunityId: scene.opportunity.id, text: 'Bonjour depuis le processus A <i>!</i>' });
    expect(started.status).toBe(201);

    const received = await employerOnB.waitFor('message.created', (p) => p.message.id === started.body.message.id, 10_000);
    expect(received).toEqual({ conversationId: started.body.conversation.id, message: started.body.message });
    expect(received.message.text).toBe('Bonjour depuis le processus A <i>!</i>');
    const notified = await employerOnB.waitFor('notification.created', (p) => p.notification.kind === 'message', 10_000);
    expect(notified.notification).toMatchObject({ actorName: scene.talent.displayName, link: `/conversations/${started.body.conversation.id}` });

    await settle(500);
    expect(bystanderOnB.received).toEqual([]);
    expect(a.output()).toMatch(/live updates ready on \/socket\.io/);
    expect(b.output()).toMatch(/"relay":"redis"/);
  });
});
