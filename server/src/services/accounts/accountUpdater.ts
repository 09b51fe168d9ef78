/** The signed-in user changes their own display name or language. */
import type { z } from 'zod';
import type { UpdateMeSchema } from '@kafaat/shared';
import { forbidden, notFound } from '../../errors';
import { User, type UserDoc } from '../../models/User';
import type { Actor } from '../../policies/actor';
import { userPolicy } from '../../policies/user';
import { markProfileForSearch } from '../searchMarks';

export interface AccountUpdateProps {
  actor: Actor | null;
  user: UserDoc;
  changes: z.output<typeof UpdateMeSchema>;
}

/** Applies the fields that were sent and returns the updated account. */
export async function updateAccount({ actor, user, changes }: AccountUpdateProps): Promise<UserDoc> {
  if (!userPolicy.can(actor, 'update', user)) throw forbidden();
  const set: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes)) if (value !== undefined) set[field] = value;
  if (Object.keys(set).length === 0) return user;
  const updated = await User.findByIdAndUpdate(user._id, { $set: set }, { returnDocument: 'after' });
  if (!updated) throw notFound('Account');
  // The display name is part of the talent's search document.
  if ('displayName' in set && updated.role === 'talent') await markProfileForSearch(updated._id);
  return updated;
}
