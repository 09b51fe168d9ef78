import request from 'supertest';
import { ReadinessSchema } from '@kafaat/shared';
import { startTestApp, type TestContext } from '../../testing/harness';
import { startTcpProxy, type TcpProxy } from '../../testing/tcpProxy';

describe('GET /healthz', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestApp();
  });
  afterAll(() => ctx.close());

  it('answers 200 while the process is alive', async () => {
    const res = await request(ctx.app).get('/healthz').expect(200);
    expect(res.body.status).toBe('ok');
  });
});

describe('GET /readyz', () => {
  let ctx: TestContext;
  let proxy: TcpProxy;
  beforeAll(async () => {
    // Elasticsearch is reached through a relay this test can cut, as if the cluster went away.
    proxy = await startTcpProxy(process.env.ELASTICSEARCH_URL!);
    ctx = await startTestApp({ ELASTICSEARCH_URL: proxy.url });
  });
  afterAll(async () => {
    await proxy.close();
    await ctx.close();
  });

  it('is 200 with both dependencies up', async () => {
    const res = await request(ctx.app).get('/readyz').expect(200);
    const body = ReadinessSchema.parse(res.body);
    expect(body.status).toBe('ready');
    expect(body.checks.mongodb.status).toBe('up');
    expect(body.checks.elasticsearch.status).toBe('up');
  });

  it('is 503 naming Elasticsearch when it is unreachable, and 200 again once it is back', async () => {
    await proxy.cut();
    const down = await request(ctx.app).get('/readyz').expect(503);
    expect(down.body.status).toBe('unavailable');
    expect(down.body.checks.elasticsearch.status).toBe('down');
    expect(down.body.checks.elasticsearch.error).toEqual(expect.any(String));
    expect(down.body.checks.mongodb.status).toBe('up');

    await proxy.restore();
    const up = await request(ctx.app).get('/readyz').expect(200);
    expect(up.body.checks.elasticsearch.status).toBe('up');
  });
});
