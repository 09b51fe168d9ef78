/**
 * The session as the client knows it: who is signed in and the CSRF token that state-changing requests must echo.
 * It lives in react-query's cache under ['session'], so every screen reads the same answer and any request that
 * learns something new (sign-in, sign-out, an expired token) updates it in one place.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { SessionInfoSchema, type Me, type SessionInfo } from '@kafaat/shared';
import { apiFetch } from './client';

/** Prefix of every API path. */
export const API_BASE = '/api/v1';

export const sessionQueryKey = ['session'] as const;

/** GET /auth/session, parsed; fresh for five minutes (requests that fail for session reasons refresh it). */
export const sessionQuery = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: async ({ signal }): Promise<SessionInfo> =>
    SessionInfoSchema.parse(await apiFetch(`${API_BASE}/auth/session`, { signal })),
  staleTime: 5 * 60_000,
});

/** Asks the server for the session now, whatever the cache holds (a new CSRF token, or "signed out"). */
export function refreshSession(queryClient: QueryClient): Promise<SessionInfo> {
  return queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
}

/** Cached data that belongs to nobody in particular, kept when the signed-in person changes. */
const SHARED_QUERIES = new Set(['session', 'readiness']);

/**
 * Records a new session (after sign-in, sign-out, accepting an invitation) and forgets everything cached for
 * the previous person, so nothing of theirs is shown to the next one on a shared phone.
 */
export function applySession(queryClient: QueryClient, info: SessionInfo): void {
  queryClient.setQueryData(sessionQueryKey, info);
  forgetPersonalData(queryClient);
}

/** Drops every cached answer that belonged to the signed-in person (after sign-out or account deletion). */
export function forgetPersonalData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => !SHARED_QUERIES.has(String(query.queryKey[0])) });
}

/** Replaces the signed-in user in the session after the API returned a fresh copy (PATCH /me, consent). */
export function updateSessionUser(queryClient: QueryClient, me: Me): void {
  queryClient.setQueryData(sessionQueryKey, (info) => (info ? { ...info, user: me } : info));
}
