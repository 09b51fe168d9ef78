/**
 * The taxonomy page's server data: proposals (one's own, or the admins' review queue), the change log, one skill,
 * and the writes (propose, approve, reject). Lists are cursor-paginated and read with useInfiniteQuery.
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  SkillDetailSchema,
  SkillProposalSchema,
  TaxonomyChangeSchema,
  type CreateSkillProposalInput,
  type SkillProposal,
  type SkillProposalStatus,
  type TaxonomyChange,
} from '@kafaat/shared';
import { parsePage, queryString, type Page } from '../../api/parse';
import { useApi } from '../../api/useApi';

/** Which proposals a list shows: the caller's own, or (admins) everyone's in one state. */
export type ProposalFilter = { mine?: true; status?: SkillProposalStatus };

/** Query keys; everything under ['taxonomy'] is refreshed after a write. */
export const taxonomyKeys = {
  all: ['taxonomy'] as const,
  proposals: (filter: ProposalFilter) => ['taxonomy', 'proposals', filter] as const,
  changes: ['taxonomy', 'changes'] as const,
  skill: (id: string) => ['taxonomy', 'skill', id] as const,
};

const PAGE = 20;

/** GET /skills/proposals with the filter, 20 at a time, newest first. */
export function useProposals(filter: ProposalFilter) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: taxonomyKeys.proposals(filter),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }): Promise<Page<SkillProposal>> =>
      parsePage(
        SkillProposalSchema,
        await api.get(`/skills/proposals${queryString({ mine: filter.mine ? 'true' : undefined, status: filter.status, cursor: pageParam, limit: PAGE })}`, signal),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** GET /skills/changes (admins): the numbered revisions, newest first. */
export function useTaxonomyChanges() {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: taxonomyKeys.changes,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }): Promise<Page<TaxonomyChange>> =>
      parsePage(TaxonomyChangeSchema, await api.get(`/skills/changes${queryString({ cursor: pageParam, limit: PAGE })}`, signal)),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** GET /skills/:id: a skill's names and current synonyms (none asked while `id` is null). */
export function useSkill(id: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: taxonomyKeys.skill(id ?? ''),
    queryFn: async ({ signal }) => SkillDetailSchema.parse(await api.get(`/skills/${encodeURIComponent(id!)}`, signal)),
    enabled: id !== null,
  });
}

/** After a write: the lists and, once the taxonomy changed, the skill picker's cached suggestions. */
function useRefresh() {
  const queryClient = useQueryClient();
  return (taxonomyChanged: boolean) => {
    void queryClient.invalidateQueries({ queryKey: taxonomyKeys.all });
    if (taxonomyChanged) void queryClient.invalidateQueries({ queryKey: ['skills'] });
  };
}

/** POST /skills/proposals. */
export function useCreateProposal() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (proposal: CreateSkillProposalInput) => SkillProposalSchema.parse(await api.post('/skills/proposals', proposal)),
    onSuccess: () => refresh(false),
  });
}

/** POST /skills/proposals/:id/approve or /reject (admins, on others' proposals). */
export function useReviewProposal() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ id, decision, comment }: { id: string; decision: 'approve' | 'reject'; comment?: string }) =>
      SkillProposalSchema.parse(await api.post(`/skills/proposals/${encodeURIComponent(id)}/${decision}`, comment ? { comment } : {})),
    onSuccess: (proposal) => refresh(proposal.status === 'approved'),
  });
}
