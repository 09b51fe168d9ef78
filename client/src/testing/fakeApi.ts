/**
 * A stand-in for the server in client tests: routes keyed "METHOD /path" answer like the API would, every request
 * is recorded (method, path, headers, parsed body) so a test can check what the client sent, and anything not
 * routed answers 404 in the API's error shape.
 */
import { vi } from 'vitest';
import { PRIVACY_NOTICE_VERSION, type Me, type SessionInfo } from '@kafaat/shared';
import { buildReadiness } from './readiness';

/** What the client sent, as a test checks it. */
export type RecordedRequest = { method: string; path: string; url: URL; headers: Headers; body: unknown };
export type RouteHandler = (request: RecordedRequest) => Response | Promise<Response>;
export type Routes = Record<string, RouteHandler>;

/** A signed-in talent whose consent is current; override what a test needs. */
export function buildMe(overrides: Partial<Me> = {}): Me {
  return {
    id: '64b7f0c2a1b2c3d4e5f60718',
    email: 'amina@example.ma',
    displayName: 'Amina El Idrissi',
    role: 'talent',
    talentKind: 'diaspora',
    locale: 'fr',
    emailVerified: true,
    organisation: null,
    consentCurrent: true,
    createdAt: '2026-01-15T10:00:00.000Z',
    ...overrides,
  };
}

export function buildSession(user: Me | null = null, csrfToken = 'csrf-token-1'): SessionInfo {
  return { user, csrfToken, privacyNoticeVersion: PRIVACY_NOTICE_VERSION };
}

/** The API's error body with the given status (and headers, e.g. Retry-After). */
export function apiError(status: number, code: string, message = code, details?: unknown, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message, ...(details === undefined ? {} : { details }) } }, { status, headers });
}

function parseBody(init: RequestInit | undefined): unknown {
  if (typeof init?.body !== 'string') return undefined;
  try {
    return JSON.parse(init.body) as unknown;
  } catch {
    return init.body;
  }
}

/** A fetch mock routing to `routes`, with GET /readyz and a signed-out GET /api/v1/auth/session by default. */
export function createFakeApi(routes: Routes = {}) {
  const requests: RecordedRequest[] = [];
  const all: Routes = {
    'GET /readyz': () => Response.json(buildReadiness('up')),
    'GET /api/v1/auth/session': () => Response.json(buildSession()),
    ...routes,
  };
  const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const request = { method, path: url.pathname, url, headers: new Headers(init?.headers), body: parseBody(init) };
    requests.push(request);
    const handler = all[`${method} ${url.pathname}`];
    return handler ? handler(request) : apiError(404, 'route_not_found', `No route ${method} ${url.pathname}`);
  });
  /** The requests sent to `METHOD /path`, oldest first. */
  const sent = (route: string) => requests.filter((request) => `${request.method} ${request.path}` === route);
  return { fetchMock, requests, sent };
}
