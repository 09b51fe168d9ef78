/**
 * The authentication calls as react-query mutations. Calls that answer with a SessionInfo (sign-in, sign-out)
 * replace the session and drop everything cached for the previous person.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AcceptedSchema, SessionInfoSchema, type SignUpInput } from '@kafaat/shared';
import { useApi } from '../../api/useApi';
import { applySession } from '../../api/session';

/** POST /auth/signup: always 202 "accepted", whether or not the address already has an account. */
export function useSignUp() {
  const api = useApi();
  return useMutation({ mutationFn: async (input: SignUpInput) => AcceptedSchema.parse(await api.post('/auth/signup', input)) });
}

/** POST /auth/signin: answers the new session (signed in, new CSRF token). */
export function useSignIn() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { email: string; password: string }) => SessionInfoSchema.parse(await api.post('/auth/signin', input)),
    onSuccess: (info) => applySession(queryClient, info),
  });
}

/**
 * Signs out this device, or every device with `everywhere`. `leave` runs before the session changes, so a page
 * that needs sign-in is left for the destination rather than bouncing to the sign-in page.
 */
export function useSignOut(leave: (everywhere: boolean) => Promise<void> | void) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ everywhere = false }: { everywhere?: boolean }) =>
      SessionInfoSchema.parse(await api.post(everywhere ? '/auth/signout-everywhere' : '/auth/signout')),
    onSuccess: async (info, variables) => {
      await leave(variables.everywhere ?? false);
      applySession(queryClient, info);
    },
  });
}

/** POST /auth/verify-email/resend: 202 whatever the address. */
export function useResendVerification() {
  const api = useApi();
  return useMutation({ mutationFn: async (email: string) => AcceptedSchema.parse(await api.post('/auth/verify-email/resend', { email })) });
}

/** POST /auth/verify-email with the emailed token; 400 invalid_token when expired or used. */
export function useVerifyEmail() {
  const api = useApi();
  return useMutation({ mutationFn: async (token: string) => api.post('/auth/verify-email', { token }) });
}

/** POST /auth/password/forgot: 202 whatever the address. */
export function useForgotPassword() {
  const api = useApi();
  return useMutation({ mutationFn: async (email: string) => AcceptedSchema.parse(await api.post('/auth/password/forgot', { email })) });
}

/** POST /auth/password/reset with the emailed token and the new password. */
export function useResetPassword() {
  const api = useApi();
  return useMutation({
    mutationFn: async (input: { token: string; password: string }) => api.post('/auth/password/reset', input),
  });
}
