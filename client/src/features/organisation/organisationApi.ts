/**
 * An organisation, its members and invitations, and accepting an invitation. Keys nest under the organisation's
 * id, so saving the organisation refreshes what depends on it and nothing else.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { InvitationPreviewSchema, InvitationSchema, MemberSchema, OrganisationSchema, SessionInfoSchema, type InvitationPreview, type Organisation } from '@kafaat/shared';
import { parseItems, queryString } from '../../api/parse';
import { applySession, sessionQueryKey } from '../../api/session';
import { useApi } from '../../api/useApi';

/** An invitation as the organisation's admins see it. */
export type Invitation = ReturnType<typeof InvitationSchema.parse>;
/** GET /invitations/preview: what the invited person sees before creating their account (no shared schema yet). */

/** Query keys, nested under the organisation's id. */
export const organisationKeys = {
  detail: (id: string) => ['organisations', id] as const,
  members: (id: string) => ['organisations', id, 'members'] as const,
  invitations: (id: string) => ['organisations', id, 'invitations'] as const,
  preview: (token: string) => ['invitations', 'preview', token] as const,
};

const path = (id: string) => `/organisations/${encodeURIComponent(id)}`;

/** GET /organisations/:id. */
export function useOrganisation(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: organisationKeys.detail(id),
    queryFn: async ({ signal }) => OrganisationSchema.parse(await api.get(path(id), signal)),
  });
}

/** PATCH /organisations/:id (organisation admins); also refreshes the session, which carries the name and status. */
export function useUpdateOrganisation(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Record<string, unknown>) => OrganisationSchema.parse(await api.patch(path(id), input)),
    onSuccess: (organisation: Organisation) => {
      queryClient.setQueryData(organisationKeys.detail(id), organisation);
      // The header and guards read the organisation's name and status from the session's user.
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}

/** GET /organisations/:id/members. */
export function useMembers(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: organisationKeys.members(id),
    queryFn: async ({ signal }) => parseItems(MemberSchema, await api.get(`${path(id)}/members`, signal)),
  });
}

/** GET /organisations/:id/invitations (organisation admins). */
export function useInvitations(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: organisationKeys.invitations(id),
    queryFn: async ({ signal }) => parseItems(InvitationSchema, await api.get(`${path(id)}/invitations`, signal)),
  });
}

/** POST /organisations/:id/invitations, then the list is fetched again. */
export function useCreateInvitation(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { email: string; role?: string; isAdmin: boolean }) =>
      InvitationSchema.parse(await api.post(`${path(id)}/invitations`, input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.invitations(id) }),
  });
}

/** DELETE /organisations/:id/invitations/:invitationId, then the list is fetched again. */
export function useRevokeInvitation(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => api.delete(`${path(id)}/invitations/${encodeURIComponent(invitationId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.invitations(id) }),
  });
}

function parsePreview(body: unknown): InvitationPreview {
  return InvitationPreviewSchema.parse(body);
}

/** The invitation behind an emailed token; not retried, a refusal is final. */
export function useInvitationPreview(token: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: organisationKeys.preview(token),
    queryFn: async ({ signal }) => parsePreview(await api.get(`/invitations/preview${queryString({ token })}`, signal)),
    enabled,
    retry: false,
  });
}

/** Creates the invited person's account; the answer is their new session (signed in). */
export function useAcceptInvitation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { token: string; displayName: string; password: string; privacyNoticeVersion: string }) =>
      SessionInfoSchema.parse(await api.post('/invitations/accept', input)),
    onSuccess: (info) => applySession(queryClient, info),
  });
}
