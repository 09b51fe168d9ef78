/**
 * Whether the platform can serve requests right now, from GET /readyz. The answer is reduced to what a user can
 * act on: everything works, something is down (try later), or we cannot reach the server (check your connection).
 */
import { useQuery } from '@tanstack/react-query';
import { ReadinessSchema } from '@kafaat/shared';
import { ApiError, apiFetch } from '../../api/client';

export type ServiceStatus = 'checking' | 'operational' | 'degraded' | 'unreachable';

/** How often the footer re-checks while a page stays open. */
const RECHECK_MS = 60_000;

export function useServiceStatus(): ServiceStatus {
  const readiness = useQuery({
    queryKey: ['readiness'],
    queryFn: async ({ signal }) => ReadinessSchema.parse(await apiFetch('/readyz', { signal })),
    retry: false,
    staleTime: RECHECK_MS / 2,
    refetchInterval: RECHECK_MS,
  });
  if (readiness.isPending) return 'checking';
  if (readiness.isError) {
    return readiness.error instanceof ApiError && readiness.error.status === 0 ? 'unreachable' : 'degraded';
  }
  return readiness.data.status === 'ready' ? 'operational' : 'degraded';
}
