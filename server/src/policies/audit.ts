/** Who may read the audit log: admins only (it records who did what, including officers' decisions). */
import type { Actor } from './actor';

export type AuditAction = 'read';

const RULES: Record<AuditAction, (actor: Actor) => boolean> = {
  read: (actor) => actor.role === 'admin',
};

export const auditPolicy = {
  can(actor: Actor | null, action: AuditAction): boolean {
    return !!actor && RULES[action](actor);
  },
};
