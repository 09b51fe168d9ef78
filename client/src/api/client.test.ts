import { describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch } from './client';

function stubFetch(response: Response | Error) {
  const fetchMock = vi.fn<typeof fetch>(async () => {
    if (response instanceof Response) return response;
    throw response;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('apiFetch', () => {
  it('sends JSON with the session cookie and returns the parsed body', async () => {
    const fetchMock = stubFetch(Response.json({ id: 'p1' }, { status: 201 }));
    const created = await apiFetch('/api/v1/profiles', { method: 'POST', body: { headline: 'Ingénieure' } });
    expect(created).toEqual({ id: 'p1' });

    const [path, init] = fetchMock.mock.calls[0] ?? [];
    expect(path).toBe('/api/v1/profiles');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe('{"headline":"Ingénieure"}');
    const headers = new Headers(init?.headers);
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.get('Accept')).toBe('application/json');
  });

  it('resolves with undefined for 204 No Content', async () => {
    stubFetch(new Response(null, { status: 204 }));
    await expect(apiFetch('/api/v1/sessions/current', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it("throws an ApiError carrying the server's status, code, message and field details", async () => {
    const details = [{ path: 'email', code: 'invalid_format', message: 'Invalid email' }];
    const body = { error: { code: 'validation_failed', message: 'Check the highlighted fields', details } };
    stubFetch(Response.json(body, { status: 400 }));

    const error = await apiFetch('/api/v1/accounts', { method: 'POST', body: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, ...body.error });
  });

  it('throws an ApiError named after the status when the answer is not the error shape (a proxy page)', async () => {
    const headers = { 'Content-Type': 'text/html' };
    stubFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers }));
    await expect(apiFetch('/api/v1/anything')).rejects.toMatchObject({
      status: 502,
      code: 'http_502',
      message: 'Bad Gateway',
    });
  });

  it('throws an ApiError with status 0 when the server cannot be reached', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    await expect(apiFetch('/readyz')).rejects.toMatchObject({ name: 'ApiError', status: 0, code: 'network_error' });
  });

  it('lets a cancelled request reject with the abort reason, not as a failure', async () => {
    const controller = new AbortController();
    const rejectWithReason = vi.fn<typeof fetch>(async (_path, init) => Promise.reject(init?.signal?.reason));
    vi.stubGlobal('fetch', rejectWithReason);
    controller.abort();
    const error = await apiFetch('/readyz', { signal: controller.signal }).catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});
