import type { Readiness } from '@kafaat/shared';

/** A GET /readyz body: MongoDB up, Elasticsearch in the given state (so "down" is a 503 situation). */
export function buildReadiness(state: 'up' | 'down' = 'up'): Readiness {
  const elasticsearch =
    state === 'up' ? { status: 'up' as const, latencyMs: 3 } : { status: 'down' as const, latencyMs: 3, error: 'timeout' };
  return {
    status: state === 'up' ? 'ready' : 'unavailable',
    checks: { mongodb: { status: 'up', latencyMs: 2 }, elasticsearch },
  };
}
