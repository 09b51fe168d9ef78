/**
 * Every page address in one place, so links, redirects, guards and tests cannot drift apart.
 */
export const paths = {
  home: '/',
  signUp: '/signup',
  signIn: '/signin',
  verifyEmail: '/verify-email',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  privacy: '/privacy',
  account: '/account',
  organisation: '/organisation',
  acceptInvitation: '/invitations/accept',
  verifications: '/officer/verifications',
  audit: '/admin/audit',
} as const;

/**
 * The return path from `?next=`, kept only when it stays on this site: a path starting with a single "/"
 * (never "//evil.example" or "/\evil.example", which browsers treat as another host). Otherwise `fallback`.
 */
export function safeNextPath(raw: string | null | undefined, fallback: string = paths.home): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
  try {
    const base = 'https://kafaat.invalid';
    const url = new URL(raw, base);
    if (url.origin !== base) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** The sign-in page, remembering where to come back to afterwards. */
export function signInPath(next?: string): string {
  const safe = next ? safeNextPath(next, '') : '';
  return safe && safe !== paths.home ? `${paths.signIn}?${new URLSearchParams({ next: safe })}` : paths.signIn;
}
