import express from 'express';
import request from 'supertest';
import { z } from 'zod';
import { ErrorBodySchema } from '@kafaat/shared';
import { mountRoutes, defineRoute, type RegisteredRoute } from '../routes/define';
import { startTestApp, type TestContext } from '../testing/harness';
import { errorHandler, notFoundHandler } from './errorHandler';

/** A small app with one validated route, to check what a client sees for each kind of bad input. */
function appWithProbeRoute() {
  const app = express();
  app.use(express.json({ limit: 2048 }));
  const router = express.Router();
  const registry: RegisteredRoute[] = [];
  const seen: unknown[] = [];
  mountRoutes(
    router,
    '',
    [
      defineRoute({
        method: 'post',
        path: '/things/:id',
        summary: 'probe',
        tags: ['test'],
        request: {
          params: z.strictObject({ id: z.string().regex(/^[a-f0-9]{24}$/, 'must be an id') }),
          query: z.strictObject({ dryRun: z.enum(['true', 'false']).optional() }),
          body: z.strictObject({ email: z.string().email(), languages: z.array(z.strictObject({ code: z.string(), level: z.enum(['A1', 'B2']) })) }),
        },
        responses: { 200: { description: 'ok' } },
        handler: (req, res) => {
          seen.push(req.input.body);
          res.json({ ok: true, input: req.input });
        },
      }),
    ],
    registry,
  );
  app.use(router);
  app.use(notFoundHandler);
  app.use(errorHandler);
  return { app, seen };
}

const id = 'a'.repeat(24);

describe('request validation', () => {
  it('passes the parsed input to the handler', async () => {
    const { app } = appWithProbeRoute();
    const res = await request(app).post(`/things/${id}?dryRun=true`).send({ email: 'a@b.ma', languages: [{ code: 'fr', level: 'B2' }] }).expect(200);
    expect(res.body.input).toEqual({ params: { id }, query: { dryRun: 'true' }, body: { email: 'a@b.ma', languages: [{ code: 'fr', level: 'B2' }] } });
  });

  it('answers 400 with one detail per bad field, naming its path and location', async () => {
    const { app, seen } = appWithProbeRoute();
    const res = await request(app).post('/things/nope?dryRun=maybe').send({ email: 'x', languages: [{ code: 'fr', level: 'Z9' }] }).expect(400);
    const body = ErrorBodySchema.parse(res.body);
    expect(body.error.code).toBe('validation_failed');
    const details = body.error.details as Array<{ path: string; location: string }>;
    expect(details.map((d) => `${d.location}:${d.path}`).sort()).toEqual(['body:email', 'body:languages.0.level', 'params:id', 'query:dryRun']);
    expect(seen).toHaveLength(0);
  });

  it('rejects unknown keys instead of silently storing them', async () => {
    const { app } = appWithProbeRoute();
    const res = await request(app).post(`/things/${id}`).send({ email: 'a@b.ma', languages: [], role: 'admin' }).expect(400);
    expect(res.body.error.details[0]).toMatchObject({ location: 'body', code: 'unrecognized_keys' });
  });

  it('refuses a MongoDB operator where a value is expected', async () => {
    const { app, seen } = appWithProbeRoute();
    const res = await request(app).post(`/things/${id}`).send({ email: { $gt: '' }, languages: [] }).expect(400);
    expect(res.body.error.details[0]).toMatchObject({ path: 'email', location: 'body' });
    expect(seen).toHaveLength(0);
  });

  it('answers 415 when the body is not JSON', async () => {
    const { app } = appWithProbeRoute();
    const res = await request(app).post(`/things/${id}`).set('Content-Type', 'text/plain').send('email=a').expect(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });
});

describe('errors from the real app', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestApp({ BODY_LIMIT_BYTES: 4096 });
  });
  afterAll(() => ctx.close());

  it('answers an unknown API route with 404 in the error shape', async () => {
    const res = await request(ctx.app).get('/api/v1/does-not-exist').expect(404);
    expect(ErrorBodySchema.parse(res.body).error).toMatchObject({ code: 'route_not_found', message: 'No route GET /api/v1/does-not-exist.' });
    expect(res.body.error.requestId).toBe(res.headers['x-request-id']);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await request(ctx.app).post('/api/v1/anything').set('Content-Type', 'application/json').send('{"email":').expect(400);
    expect(res.body.error.code).toBe('malformed_json');
  });

  it('answers a body over the limit with 413 and says the limit', async () => {
    const res = await request(ctx.app).post('/api/v1/anything').send({ text: 'x'.repeat(5000) }).expect(413);
    expect(res.body.error).toMatchObject({ code: 'payload_too_large', details: { limitBytes: 4096 } });
  });

  it('sends the security headers the client works under', async () => {
    const res = await request(ctx.app).get('/healthz');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
