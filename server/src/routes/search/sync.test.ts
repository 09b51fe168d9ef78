import request from 'supertest';
import { ReadinessSchema, TalentSearchResultSchema } from '@kafaat/shared';
import { startTestApp, type TestContext } from '../../testing/harness';
import { startTcpProxy, type TcpProxy } from '../../testing/tcpProxy';
import { buildOrganisation, buildTalentProfile, buildUser, TEST_PASSWORD } from '../../testing/factories';
import { signIn } from '../../testing/session';
import { syncSearch } from '../../testing/search';
import type { Browser } from '../../testing/client';
import { SearchIndexer } from '../../search/indexer';
import { readAlias } from '../../search/indices';

let ctx: TestContext;
let proxy: TcpProxy;
let indexer: SearchIndexer;
let employer: Browser;

beforeAll(async () => {
  // Elasticsearch is reached through a relay the test cuts and restores, as if the cluster went away.
  proxy = await startTcpProxy(process.env.ELASTICSEARCH_URL!);
  ctx = await startTestApp({ ELASTICSEARCH_URL: proxy.url });
  const org = await buildOrganisation({ kind: 'employer', status: 'verified' });
  employer = await signIn(ctx.app, await buildUser({ role: 'employer', organisationId: org._id }));
});
afterAll(async () => {
  await indexer?.stop();
  await proxy.close();
  await ctx.close();
});

const readiness = async () => {
  const res = await request(ctx.app).get('/readyz');
  return { status: res.status, body: ReadinessSchema.parse(res.body) };
};

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Talents whose headline matches `q`, as the employer sees them. */
async function search(q: string) {
  await ctx.search.indices.refresh({ index: readAlias(ctx.config.ES_INDEX_PREFIX, 'profiles') });
  const res = await employer.get(`/api/v1/talents/search?q=${encodeURIComponent(q)}&limit=50`).expect(200);
  return TalentSearchResultSchema.parse(res.body);
}

describe('search sync through an Elasticsearch outage', () => {
  it('reports the backlog in /readyz but stays ready while Elasticsearch answers', async () => {
    const user = await buildUser({ role: 'talent' });
    await buildTalentProfile(user, { headline: 'Plombier' });
    const before = await readiness();
    expect(before.status).toBe(200);
    expect(before.body.search).toEqual({ backlog: 1, profiles: 1, opportunities: 0, deletions: 0 });
    await syncSearch(ctx);
    expect((await readiness()).body.search?.backlog).toBe(0);
  });

  it('keeps every change saved while Elasticsearch is down and makes it searchable once it is back, deletions included', async () => {
    const talents = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const user = await buildUser({ role: 'talent' });
        await buildTalentProfile(user, { headline: `Soudeur ${i}` });
        return { user, browser: await signIn(ctx.app, user) };
      }),
    );
    const leaving = await buildUser({ role: 'talent' });
    await buildTalentProfile(leaving, { headline: 'Tourneur fraiseur' });
    const leavingBrowser = await signIn(ctx.app, leaving);
    const hiding = await buildUser({ role: 'talent' });
    await buildTalentProfile(hiding, { headline: 'Ferronnier d’art' });
    const hidingBrowser = await signIn(ctx.app, hiding);
    indexer = new SearchIndexer({ search: ctx.search, prefix: ctx.config.ES_INDEX_PREFIX, intervalMs: 100, maxBackoffMs: 300 }).start();
    await until(async () => (await readiness()).body.search?.backlog === 0, 'the starting profiles are indexed');
    await ctx.search.indices.refresh({ index: readAlias(ctx.config.ES_INDEX_PREFIX, 'profiles') });
    expect((await search('tourneur')).total).toBe(1);
    expect((await search('ferronnier')).total).toBe(1);

    await proxy.cut();
    try {
      // Twenty talents rewrite their headline and one deletes their account, all while search is unreachable.
      for (const [i, t] of talents.entries()) {
        await t.browser.patch('/api/v1/me/profile', { headline: `Chaudronnier soudeur ${i}` }).expect(200);
      }
      await leavingBrowser.del('/api/v1/me', { password: TEST_PASSWORD, confirm: 'DELETE' }).expect(204);
      // Hiding a profile indexes it at once when search answers; when it does not, the save stands all the same.
      await hidingBrowser.patch('/api/v1/me/profile', { visibility: 'hidden' }).expect(200);
      const down = await readiness();
      expect(down.status).toBe(503);
      expect(down.body.checks.elasticsearch.status).toBe('down');
      expect(down.body.search).toEqual({ backlog: 22, profiles: 21, opportunities: 0, deletions: 1 });
      // The indexer keeps failing quietly meanwhile, and loses nothing.
      await new Promise((r) => setTimeout(r, 500));
      expect((await readiness()).body.search?.backlog).toBe(22);
    } finally {
      await proxy.restore();
    }

    await until(async () => {
      const { status, body } = await readiness();
      return status === 200 && body.search?.backlog === 0;
    }, 'the backlog drains after the restore');
    const found = await search('chaudronnier');
    expect(found.total).toBe(20);
    expect(new Set(found.items.map((i) => i.id))).toEqual(new Set(talents.map((t) => String(t.user._id))));
    expect(new Set(found.items.map((i) => i.headline))).toEqual(new Set(talents.map((_, i) => `Chaudronnier soudeur ${i}`)));
    expect((await search('tourneur')).total).toBe(0);
    expect((await search('ferronnier')).total).toBe(0);
    const raw = await ctx.search.get({ index: readAlias(ctx.config.ES_INDEX_PREFIX, 'profiles'), id: String(leaving._id) }, { ignore: [404] });
    expect(raw.found).toBe(false);
  });
});
