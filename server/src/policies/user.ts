/**
 * Who may do what with a user account. People read, update, export and delete their own account; admins may
 * also read other accounts (to manage them) and change another person's role, never their own (an admin cannot
 * lock themselves out or raise themselves). Nobody else reads another person's private data.
 */
import type { Types } from 'mongoose';
import type { Actor } from './actor';

export type UserAction = 'read' | 'update' | 'changeRole' | 'export' | 'delete' | 'readSensitive';

/** What the rules need to know about the account acted on (a user document fits). */
export interface UserTarget {
  _id: Types.ObjectId | string;
}

const isSelf = (actor: Actor, target: UserTarget) => actor.id === String(target._id);

const RULES: Record<UserAction, (actor: Actor, target: UserTarget) => boolean> = {
  read: (actor, target) => isSelf(actor, target) || actor.role === 'admin',
  update: isSelf,
  export: isSelf,
  delete: isSelf,
  readSensitive: isSelf,
  changeRole: (actor, target) => actor.role === 'admin' && !isSelf(actor, target),
};

export const userPolicy = {
  can(actor: Actor | null, action: UserAction, target: UserTarget | null | undefined): boolean {
    return !!actor && !!target && RULES[action](actor, target);
  },
};
