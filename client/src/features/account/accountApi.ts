/**
 * The signed-in person's own account: profile, password, consent, devices, deletion. PATCH /me and consent
 * answer with the new Me, which replaces the user in the session cache (the header shows the new name at once).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MeSchema, SessionSummarySchema } from '@kafaat/shared';
import { parseItems } from '../../api/parse';
import { forgetPersonalData, refreshSession, updateSessionUser } from '../../api/session';
import { useApi } from '../../api/useApi';

/** One signed-in device, as GET /me/sessions lists it. */
export type SessionSummary = ReturnType<typeof SessionSummarySchema.parse>;

/** Query keys of the account's own lists (the profile itself lives in the session). */
export const accountKeys = {
  sessions: ['me', 'sessions'] as const,
};

/** PATCH /me: name and language. */
export function useUpdateMe() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { displayName?: string; locale?: string }) => MeSchema.parse(await api.patch('/me', input)),
    onSuccess: (me) => updateSessionUser(queryClient, me),
  });
}

/** POST /me/password; a wrong current password comes back as 400 invalid_credentials. */
export function useChangePassword() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => api.post('/me/password', input),
    // Changing a password may end the other sessions.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions }),
  });
}

/** POST /me/consent with the notice version from the session. */
export function useConsent() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (privacyNoticeVersion: string) => MeSchema.parse(await api.post('/me/consent', { privacyNoticeVersion })),
    onSuccess: (me) => updateSessionUser(queryClient, me),
  });
}

/** GET /me/sessions: the devices list of account settings. */
export function useSessions() {
  const api = useApi();
  return useQuery({
    queryKey: accountKeys.sessions,
    queryFn: async ({ signal }) => parseItems(SessionSummarySchema, await api.get('/me/sessions', signal)),
  });
}

/** DELETE /me/sessions/:id, then the list is fetched again. */
export function useRevokeSession() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/me/sessions/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions }),
  });
}

/**
 * Deletes the account. `leave` runs first (navigate away from the guarded page, so it does not bounce to sign-in),
 * then the client forgets the person's data and asks for the new, signed-out session.
 */
export function useDeleteAccount(leave: () => Promise<void> | void) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api.delete('/me', { password, confirm: 'DELETE' }),
    onSuccess: async () => {
      await leave();
      forgetPersonalData(queryClient);
      await refreshSession(queryClient);
    },
  });
}
