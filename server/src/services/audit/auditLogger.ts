/** Appends to the audit log: who did what to which target, when and from which IP. Never personal data. */
import type { Request } from 'express';
import type { Types } from 'mongoose';
import type { Role } from '@kafaat/shared';
import { AuditLog } from '../../models/AuditLog';

export interface AuditEvent {
  action: string;
  targetType?: string;
  targetId?: Types.ObjectId | string | null;
  outcome?: 'success' | 'failure';
  /** Codes and ids only (e.g. { reason: 'bad_password' }); no emails, names or free text. */
  meta?: Record<string, string | number | boolean | null>;
  /** Overrides the signed-in user as actor (e.g. during sign-in, before the session exists). */
  actor?: { id: Types.ObjectId | string; role: Role } | null;
  /** Overrides the request's IP; null for anonymous entries that must not be linkable to a person. */
  ip?: string | null;
}

export async function audit(req: Request, event: AuditEvent): Promise<void> {
  const actor = event.actor !== undefined ? event.actor : req.user ? { id: req.user._id, role: req.user.role } : null;
  await AuditLog.create({
    action: event.action,
    actorId: actor?.id ?? null,
    actorRole: actor?.role ?? null,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    ip: event.ip !== undefined ? event.ip : (req.ip ?? null),
    outcome: event.outcome ?? 'success',
    meta: event.meta ?? {},
  });
}
