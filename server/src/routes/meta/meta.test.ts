import request from 'supertest';
import { startTestApp, type TestContext } from '../../testing/harness';

describe('GET /api/v1/openapi.json', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestApp();
  });
  afterAll(() => ctx.close());

  it('describes every mounted route with the schemas it validates with', async () => {
    const res = await request(ctx.app).get('/api/v1/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz', '/api/v1/openapi.json']));
    const readiness = res.body.paths['/readyz'].get.responses['503'].content['application/json'].schema;
    expect(readiness.properties.checks.properties).toHaveProperty('elasticsearch');
    expect(res.body.components.schemas.ErrorBody.properties.error.required).toEqual(['code', 'message']);
  });
});
