import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

/**
 * The app's cache of server data: reads are retried once (flaky mobile networks) unless the server gave a
 * definite answer (4xx: retrying cannot change it); 30 s before data counts as stale.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        staleTime: 30_000,
      },
    },
  });
}
