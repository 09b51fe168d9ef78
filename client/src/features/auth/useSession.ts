/** Who is signed in, read from the ['session'] cache every screen shares. */
import { useQuery } from '@tanstack/react-query';
import type { Me, Role } from '@kafaat/shared';
import { sessionQuery } from '../../api/session';

/** The session query itself: loading and error states included, for guards. */
export function useSession() {
  return useQuery(sessionQuery);
}

/** The signed-in person; null when signed out, undefined while the session is loading or unreachable. */
export function useCurrentUser(): Me | null | undefined {
  const session = useSession();
  return session.data ? session.data.user : undefined;
}

/** Roles allowed to use each restricted area (the server checks again; this only decides what to show). */
export const AREA_ROLES = {
  verifications: ['officer', 'admin'],
  audit: ['admin'],
  taxonomy: ['officer', 'admin'],
  profile: ['talent'],
  talentProfiles: ['employer', 'officer'],
} as const satisfies Record<string, readonly Role[]>;

/** Whether `user` is signed in with one of `roles`. */
export function hasRole(user: Me | null | undefined, roles: readonly Role[]): boolean {
  return !!user && roles.includes(user.role);
}
