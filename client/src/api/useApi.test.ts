import { describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import { sessionQueryKey } from './session';
import { CSRF_HEADER, createApiClient } from './useApi';
import { apiError, buildMe, buildSession, createFakeApi } from '../testing/fakeApi';

function setUp(routes: Parameters<typeof createFakeApi>[0]) {
  const fake = createFakeApi(routes);
  vi.stubGlobal('fetch', fake.fetchMock);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { ...fake, queryClient, api: createApiClient(queryClient) };
}

describe('API client with the session', () => {
  it('sends the CSRF token of the session on a POST (fetching the session first if none is cached)', async () => {
    const { api, sent } = setUp({
      'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe(), 'token-A')),
      'POST /api/v1/me/consent': () => Response.json(buildMe()),
    });
    await api.post('/me/consent', { privacyNoticeVersion: 'v1' });
    const [post] = sent('POST /api/v1/me/consent');
    expect(post?.headers.get(CSRF_HEADER)).toBe('token-A');
    expect(post?.body).toEqual({ privacyNoticeVersion: 'v1' });
    expect(sent('GET /api/v1/auth/session')).toHaveLength(1);
  });

  it('uses the token already in the cache and sends none on a GET', async () => {
    const { api, sent, queryClient } = setUp({
      'GET /api/v1/me/sessions': () => Response.json({ items: [] }),
      'DELETE /api/v1/me/sessions/s1': () => new Response(null, { status: 204 }),
    });
    queryClient.setQueryData(sessionQueryKey, buildSession(buildMe(), 'cached-token'));
    await api.get('/me/sessions');
    await api.delete('/me/sessions/s1');
    expect(sent('GET /api/v1/me/sessions')[0]?.headers.has(CSRF_HEADER)).toBe(false);
    expect(sent('DELETE /api/v1/me/sessions/s1')[0]?.headers.get(CSRF_HEADER)).toBe('cached-token');
    expect(sent('GET /api/v1/auth/session')).toHaveLength(0);
  });

  it('on 403 csrf_invalid, fetches the session again and retries once with the new token', async () => {
    let attempts = 0;
    const { api, sent, queryClient } = setUp({
      'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe(), 'fresh-token')),
      'PATCH /api/v1/me': () => (++attempts === 1 ? apiError(403, 'csrf_invalid') : Response.json(buildMe({ displayName: 'Amina E.' }))),
    });
    queryClient.setQueryData(sessionQueryKey, buildSession(buildMe(), 'stale-token'));

    await expect(api.patch('/me', { displayName: 'Amina E.' })).resolves.toMatchObject({ displayName: 'Amina E.' });
    expect(sent('PATCH /api/v1/me').map((request) => request.headers.get(CSRF_HEADER))).toEqual(['stale-token', 'fresh-token']);
    expect(sent('GET /api/v1/auth/session')).toHaveLength(1);
    expect(queryClient.getQueryData(sessionQueryKey)).toMatchObject({ csrfToken: 'fresh-token' });
  });

  it('gives up after one retry: a second csrf_invalid reaches the screen as an ApiError', async () => {
    const { api, sent, queryClient } = setUp({
      'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe(), 'fresh-token')),
      'POST /api/v1/auth/signout': () => apiError(403, 'csrf_invalid'),
    });
    queryClient.setQueryData(sessionQueryKey, buildSession(buildMe(), 'stale-token'));
    const error = await api.post('/auth/signout').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, code: 'csrf_invalid' });
    expect(sent('POST /api/v1/auth/signout')).toHaveLength(2);
  });

  it('refreshes the session on 401 unauthenticated, so guarded pages send the person to sign in', async () => {
    const { api, queryClient } = setUp({
      'GET /api/v1/auth/session': () => Response.json(buildSession(null)),
      'GET /api/v1/me/sessions': () => apiError(401, 'unauthenticated'),
    });
    queryClient.setQueryData(sessionQueryKey, buildSession(buildMe()));
    await expect(api.get('/me/sessions')).rejects.toMatchObject({ code: 'unauthenticated' });
    await vi.waitFor(() => expect(queryClient.getQueryState(sessionQueryKey)?.isInvalidated).toBe(true));
  });

  it('reads Retry-After from a 429 so screens can say how long to wait', async () => {
    const { api } = setUp({
      'GET /api/v1/auth/session': () => Response.json(buildSession()),
      'POST /api/v1/auth/signin': () => apiError(429, 'too_many_requests', 'Too many', { retryAfterSeconds: 300 }, { 'Retry-After': '300' }),
    });
    await expect(api.post('/auth/signin', {})).rejects.toMatchObject({ status: 429, retryAfterSeconds: 300 });
  });
});
