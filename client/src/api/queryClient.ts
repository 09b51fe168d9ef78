import { QueryClient } from '@tanstack/react-query';

/** The app's cache of server data: one retry for reads (flaky mobile networks), 30 s before data counts as stale. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: 1, staleTime: 30_000 } },
  });
}
