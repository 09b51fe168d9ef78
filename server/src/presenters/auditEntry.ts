/** One line of the audit log as admins read it: ids and codes, exactly as stored. */
import type { Types } from 'mongoose';
import type { AuditEntry, Role } from '@kafaat/shared';

interface StoredAuditLog {
  _id: Types.ObjectId;
  at: Date;
  action: string;
  actorId?: Types.ObjectId | null;
  actorRole?: Role | null;
  targetType?: string | null;
  targetId?: Types.ObjectId | null;
  ip?: string | null;
  outcome?: 'success' | 'failure' | null;
  meta?: unknown;
}

export function presentAuditEntry(entry: StoredAuditLog): AuditEntry {
  return {
    id: String(entry._id),
    at: entry.at.toISOString(),
    action: entry.action,
    actorId: entry.actorId ? String(entry.actorId) : null,
    actorRole: entry.actorRole ?? null,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ? String(entry.targetId) : null,
    ip: entry.ip ?? null,
    outcome: entry.outcome ?? 'success',
    meta: entry.meta && typeof entry.meta === 'object' ? (entry.meta as Record<string, unknown>) : {},
  };
}
