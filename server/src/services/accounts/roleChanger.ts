/**
 * An admin changes someone's role. The policy refuses non-admins and anyone changing their own role (an admin
 * cannot demote or lock out themselves by mistake, nor promote themselves). The new role must fit the person's
 * organisation: employers belong to employers, officers and assessors to institutions, talents to none.
 */
import { Types } from 'mongoose';
import type { Role } from '@kafaat/shared';
import { forbidden, notFound, validationFailed } from '../../errors';
import { Organisation } from '../../models/Organisation';
import { User } from '../../models/User';
import type { Actor } from '../../policies/actor';
import { userPolicy } from '../../policies/user';

/** The kind of organisation a role requires; null: no organisation; undefined: any or none. */
const ORGANISATION_OF_ROLE: Record<Role, 'employer' | 'institution' | null | undefined> = {
  talent: null,
  employer: 'employer',
  officer: 'institution',
  assessor: 'institution',
  admin: undefined,
};

export interface RoleChangeProps {
  actor: Actor;
  userId: string;
  role: Role;
}

export async function changeRole({ actor, userId, role }: RoleChangeProps): Promise<{ from: Role; to: Role }> {
  // Decided from the id alone, before the account is read: a refused caller cannot learn whether it exists.
  if (!userPolicy.can(actor, 'changeRole', { _id: userId })) throw forbidden(actor.id === userId ? 'Nobody can change their own role.' : undefined);
  const target = Types.ObjectId.isValid(userId) ? await User.findById(userId) : null;
  if (!target) throw notFound('User');
  const from = target.role;
  if (from === role) return { from, to: role };

  const org = target.organisationId ? await Organisation.findById(target.organisationId, { kind: 1 }).lean() : null;
  const needed = ORGANISATION_OF_ROLE[role];
  if (needed !== undefined && (org?.kind ?? null) !== needed) {
    const message = needed ? `this person must belong to an ${needed} organisation to be ${role}` : `this person belongs to an organisation and cannot be ${role}`;
    throw validationFailed([{ path: 'role', location: 'body', code: 'role_does_not_fit', message }]);
  }
  await User.updateOne({ _id: target._id }, { $set: { role, ...(role === 'talent' ? {} : { talentKind: null }) } });
  return { from, to: role };
}
