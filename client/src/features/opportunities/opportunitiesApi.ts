/**
 * Opportunities over the API: the public list and the organisation's own (cursor pages), one opportunity, and
 * the writes (create, edit, change status, apply, invite). Every answer that returns an opportunity replaces
 * it in the cache, so the page that shows it changes at once; lists are refreshed after any write.
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ApplicationSchema,
  OpportunitySchema,
  type Application,
  type Opportunity,
  type OpportunityStatus,
  type OpportunityType,
} from '@kafaat/shared';
import { parsePage, queryString, type Page } from '../../api/parse';
import { useApi } from '../../api/useApi';
import { applicationKeys, rememberApplication } from '../applications/applicationsApi';

/** Which opportunities a list shows: published ones (talents), or the organisation's own in any status. */
export type OpportunityFilter = { mine?: true; type?: OpportunityType; status?: OpportunityStatus };

/** Query keys; everything under ['opportunities'] is refreshed after a write. */
export const opportunityKeys = {
  all: ['opportunities'] as const,
  lists: ['opportunities', 'list'] as const,
  list: (filter: OpportunityFilter, limit: number) => ['opportunities', 'list', filter, limit] as const,
  detail: (id: string) => ['opportunities', 'detail', id] as const,
};

/** Cards per page of a list. */
export const OPPORTUNITY_PAGE = 20;

const path = (id: string) => `/opportunities/${encodeURIComponent(id)}`;

/** GET /opportunities with the filter, newest first, `limit` at a time. */
export function useOpportunities(filter: OpportunityFilter, { limit = OPPORTUNITY_PAGE, enabled = true }: { limit?: number; enabled?: boolean } = {}) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: opportunityKeys.list(filter, limit),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }): Promise<Page<Opportunity>> =>
      parsePage(
        OpportunitySchema,
        await api.get(`/opportunities${queryString({ mine: filter.mine ? 'true' : undefined, type: filter.type, status: filter.status, cursor: pageParam, limit })}`, signal),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

/** GET /opportunities/:id (404 for another organisation's draft). */
export function useOpportunity(id: string, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: opportunityKeys.detail(id),
    queryFn: async ({ signal }) => OpportunitySchema.parse(await api.get(path(id), signal)),
    enabled,
  });
}

function useStore() {
  const queryClient = useQueryClient();
  return (opportunity: Opportunity) => {
    queryClient.setQueryData(opportunityKeys.detail(opportunity.id), opportunity);
    void queryClient.invalidateQueries({ queryKey: opportunityKeys.lists });
  };
}

/** POST /opportunities (a new draft, `body` with its type) or PATCH /opportunities/:id (the fields given). */
export function useSaveOpportunity() {
  const api = useApi();
  const store = useStore();
  return useMutation({
    mutationFn: async ({ id, body }: { id?: string; body: unknown }): Promise<Opportunity> =>
      OpportunitySchema.parse(id ? await api.patch(path(id), body) : await api.post('/opportunities', body)),
    onSuccess: store,
  });
}

/** POST /opportunities/:id/status: publish, close, mark filled, start or complete. */
export function useChangeOpportunityStatus() {
  const api = useApi();
  const store = useStore();
  return useMutation({
    mutationFn: async ({ id, status }: { id: string; status: OpportunityStatus }): Promise<Opportunity> =>
      OpportunitySchema.parse(await api.post(`${path(id)}/status`, { status })),
    onSuccess: store,
  });
}

/** POST /opportunities/:id/applications (talents); accepts an invitation when there is one. */
export function useApply(opportunityId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { motivation: string; documentIds: string[] }): Promise<Application> =>
      ApplicationSchema.parse(await api.post(`${path(opportunityId)}/applications`, body)),
    onSuccess: (application) => rememberApplication(queryClient, application),
  });
}

/** POST /opportunities/:id/invitations (its managers): the talent's application in stage "invited". */
export function useInviteTalent() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ opportunityId, talentId, message }: { opportunityId: string; talentId: string; message: string }): Promise<Application> =>
      ApplicationSchema.parse(await api.post(`${path(opportunityId)}/invitations`, { talentId, message })),
    onSuccess: (application) => {
      queryClient.setQueryData(applicationKeys.detail(application.id), application);
      void queryClient.invalidateQueries({ queryKey: applicationKeys.board(application.opportunity.id) });
    },
  });
}
