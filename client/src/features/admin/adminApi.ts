/**
 * The verification queue (officers and admins) and the audit log (admins): cursor-paginated lists read with
 * useInfiniteQuery, so "load more" appends the next page to what is already on screen.
 */
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { AuditEntrySchema, OrganisationSchema, type AuditEntry, type Organisation } from '@kafaat/shared';
import { parsePage, queryString, type Page } from '../../api/parse';
import { useApi } from '../../api/useApi';
import { organisationKeys } from '../organisation/organisationApi';

/** The queue's kind filter; '' means every kind. */
export type OrganisationKindFilter = 'employer' | 'institution' | '';

/** Filters of the audit log as the API takes them (dates as ISO instants). */
export type AuditFilters = { action?: string; actorId?: string; targetId?: string; from?: string; to?: string };

/** Query keys: the queue per kind, the audit log per filter set (each filter set is its own list). */
export const adminKeys = {
  queue: (kind: OrganisationKindFilter) => ['organisations', 'queue', kind] as const,
  audit: (filters: AuditFilters) => ['audit', filters] as const,
};

const QUEUE_PAGE = 20;
const AUDIT_PAGE = 50;

/** GET /organisations?status=pending: the officers' queue, 20 at a time. */
export function useVerificationQueue(kind: OrganisationKindFilter) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: adminKeys.queue(kind),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }): Promise<Page<Organisation>> =>
      parsePage(
        OrganisationSchema,
        await api.get(`/organisations${queryString({ status: 'pending', kind, cursor: pageParam, limit: QUEUE_PAGE })}`, signal),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** POST /organisations/:id/verification; refreshes the queue and the audit log. */
export function useDecideVerification() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, decision, reason }: { id: string; decision: 'verify' | 'reject'; reason?: string }) =>
      OrganisationSchema.parse(
        await api.post(`/organisations/${encodeURIComponent(id)}/verification`, { decision, ...(reason ? { reason } : {}) }),
      ),
    onSuccess: (organisation) => {
      queryClient.setQueryData(organisationKeys.detail(organisation.id), organisation);
      void queryClient.invalidateQueries({ queryKey: ['organisations', 'queue'] });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

/** GET /admin/audit with the given filters, 50 entries at a time. */
export function useAuditLog(filters: AuditFilters) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: adminKeys.audit(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }): Promise<Page<AuditEntry>> =>
      parsePage(AuditEntrySchema, await api.get(`/admin/audit${queryString({ ...filters, cursor: pageParam, limit: AUDIT_PAGE })}`, signal)),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
