/**
 * `apiFetch` with what the session requires: the CSRF token on every state-changing request, one retry with a
 * fresh token when the server says it expired, and a session refresh when the server says we are signed out
 * (route guards then send the person to sign in, with a way back).
 */
import { useMemo } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError, apiFetch, type ApiRequestInit } from './client';
import { API_BASE, refreshSession, sessionQuery, sessionQueryKey } from './session';

export const CSRF_HEADER = 'X-CSRF-Token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Calls under /api/v1; paths are given without the prefix ("/me/sessions"). */
export type ApiClient = {
  request(path: string, init?: ApiRequestInit): Promise<unknown>;
  get(path: string, signal?: AbortSignal): Promise<unknown>;
  post(path: string, body?: unknown): Promise<unknown>;
  patch(path: string, body?: unknown): Promise<unknown>;
  delete(path: string, body?: unknown): Promise<unknown>;
};

function isCode(error: unknown, status: number, code: string): boolean {
  return error instanceof ApiError && error.status === status && error.code === code;
}

/** An API client bound to one react-query cache, where it reads and refreshes the session. */
export function createApiClient(queryClient: QueryClient): ApiClient {
  async function currentToken(): Promise<string> {
    const cached = queryClient.getQueryData(sessionQuery.queryKey);
    return (cached ?? (await queryClient.fetchQuery(sessionQuery))).csrfToken;
  }

  function withToken(init: ApiRequestInit, token: string): ApiRequestInit {
    const headers = new Headers(init.headers);
    headers.set(CSRF_HEADER, token);
    return { ...init, headers };
  }

  async function send(url: string, init: ApiRequestInit): Promise<unknown> {
    const method = (init.method ?? 'GET').toUpperCase();
    if (SAFE_METHODS.has(method)) return apiFetch(url, init);
    try {
      return await apiFetch(url, withToken(init, await currentToken()));
    } catch (error) {
      if (!isCode(error, 403, 'csrf_invalid')) throw error;
      const fresh = await refreshSession(queryClient);
      return apiFetch(url, withToken(init, fresh.csrfToken)); // Once only: a second refusal is a real one.
    }
  }

  async function request(path: string, init: ApiRequestInit = {}): Promise<unknown> {
    try {
      return await send(`${API_BASE}${path}`, init);
    } catch (error) {
      if (isCode(error, 401, 'unauthenticated')) void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      throw error;
    }
  }

  return {
    request,
    get: (path, signal) => request(path, { signal }),
    post: (path, body) => request(path, { method: 'POST', body }),
    patch: (path, body) => request(path, { method: 'PATCH', body }),
    delete: (path, body) => request(path, { method: 'DELETE', body }),
  };
}

/** The API client for components and hooks, bound to the app's query cache. */
export function useApi(): ApiClient {
  const queryClient = useQueryClient();
  return useMemo(() => createApiClient(queryClient), [queryClient]);
}
