/**
 * Who is acting, as the policies see it: the user with their organisation's kind and status, or nobody.
 * Every policy (one file per resource) answers "may this actor do this action on this thing" from this.
 */
import type { Role } from '@kafaat/shared';
import type { UserDoc } from '../models/User';
import { recentOrganisation } from '../models/Organisation';

export interface Actor {
  id: string;
  role: Role;
  organisationId: string | null;
  orgAdmin: boolean;
  orgKind: 'employer' | 'institution' | null;
  orgStatus: 'pending' | 'verified' | 'rejected' | null;
  emailVerified: boolean;
}

/** Loads what the policies need about the signed-in user (one extra read for their organisation). */
export async function actorOf(user: UserDoc | undefined): Promise<Actor | null> {
  if (!user) return null;
  const orgId = user.organisationId;
  const org = orgId ? await recentOrganisation(orgId) : null;
  return {
    id: String(user._id),
    role: user.role,
    organisationId: org ? String(org._id) : null,
    orgAdmin: !!user.orgAdmin && !!org,
    orgKind: org?.kind ?? null,
    orgStatus: org?.status ?? null,
    emailVerified: !!user.emailVerifiedAt,
  };
}

/** True for officers of a verified institution and for admins: the people who run the programme. */
export function isProgrammeStaff(actor: Actor | null): boolean {
  if (!actor) return false;
  return actor.role === 'admin' || (actor.role === 'officer' && actor.orgKind === 'institution' && actor.orgStatus === 'verified');
}
