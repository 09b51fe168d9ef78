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
  taxonomy: '/officer/taxonomy',
  profile: '/profile',
  profileEdit: '/profile/edit',
  profilePreview: '/profile/preview',
  talent: '/talents/:id',
  opportunities: '/opportunities',
  opportunityNew: '/opportunities/new',
  opportunity: '/opportunities/:id',
  opportunityEdit: '/opportunities/:id/edit',
  opportunityBoard: '/opportunities/:id/board',
  organisationOpportunities: '/organisation/opportunities',
  myApplications: '/applications',
  application: '/applications/:id',
  messages: '/messages',
  conversation: '/messages/:id',
  /** The address notifications and emails link to; it redirects to `conversation`. */
  conversationLink: '/conversations/:id',
  notifications: '/notifications',
  notificationSettings: '/settings/notifications',
  /** Talent search (employers of verified organisations, officers). */
  search: '/search',
  /** Talent searches the person saved, with their alerts. */
  savedSearches: '/saved-searches',
  /** Opportunity search with filters (anyone signed in). */
  opportunitySearch: '/opportunities/search',
  /** Talents ranked for an opportunity (its managers). */
  opportunityMatches: '/opportunities/:id/matches',
  /** Opportunities ranked for the signed-in talent. */
  myMatches: '/me/matches',
} as const;

/** A step of the profile editor, by its id ("skills"); the address the back button and the completeness card use. */
export function profileEditPath(step?: string): string {
  return step ? `${paths.profileEdit}?${new URLSearchParams({ step })}` : paths.profileEdit;
}

/** One conversation's page. */
export function conversationPath(id: string): string {
  return paths.conversation.replace(':id', encodeURIComponent(id));
}

/** A talent's profile as employers and officers open it. */
export function talentPath(id: string): string {
  return paths.talent.replace(':id', encodeURIComponent(id));
}

/** An opportunity's page, its editor and its board (by id). */
export const opportunityPath = (id: string) => paths.opportunity.replace(':id', encodeURIComponent(id));
export const opportunityEditPath = (id: string) => paths.opportunityEdit.replace(':id', encodeURIComponent(id));
export const opportunityBoardPath = (id: string) => paths.opportunityBoard.replace(':id', encodeURIComponent(id));
export const opportunityMatchesPath = (id: string) => paths.opportunityMatches.replace(':id', encodeURIComponent(id));

/** An application's page (its talent and the opportunity's managers), optionally at one of its parts (#report). */
export function applicationPath(id: string, part?: string): string {
  return `${paths.application.replace(':id', encodeURIComponent(id))}${part ? `#${part}` : ''}`;
}

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
