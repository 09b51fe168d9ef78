/** Organisations and their members as the API returns them. */
import type { Types } from 'mongoose';
import type { z } from 'zod';
import type { MemberSchema, Organisation, Role } from '@kafaat/shared';
import type { OrganisationFields } from '../models/Organisation';

type Member = z.infer<typeof MemberSchema>;
type StoredOrganisation = OrganisationFields & { _id: Types.ObjectId; createdAt: Date };

export function presentOrganisation(org: StoredOrganisation, memberCount: number): Organisation {
  return {
    id: String(org._id),
    name: org.name,
    kind: org.kind,
    institutionType: org.institutionType ?? null,
    country: org.country,
    city: org.city ?? null,
    website: org.website ?? null,
    description: org.description ?? null,
    status: org.status,
    statusReason: org.statusReason ?? null,
    verifiedAt: org.verifiedAt ? org.verifiedAt.toISOString() : null,
    memberCount,
    createdAt: org.createdAt.toISOString(),
  };
}

/**
 * A member of an organisation. The email is for colleagues and programme staff only; anyone else gets an empty
 * string (the shared schema has no "hidden" value yet).
 */
export function presentMember(
  user: { _id: Types.ObjectId; displayName: string; email: string; role: Role; orgAdmin?: boolean | null },
  { showEmail }: { showEmail: boolean },
): Member {
  return { id: String(user._id), displayName: user.displayName, email: showEmail ? user.email : '', role: user.role, isAdmin: !!user.orgAdmin };
}
