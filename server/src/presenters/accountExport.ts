/**
 * The parts of a data export that come from the account itself. The account is everything stored about the
 * person minus secrets (a deny-list on purpose: a field added to the model later appears in the export without
 * anyone remembering to add it). Audit entries about the person leave out who else acted and from where.
 */
import type { Types } from 'mongoose';
import type { AuditEntry } from '@kafaat/shared';
import type { UserDoc } from '../models/User';
import { presentAuditEntry } from './auditEntry';

/** Fields never exported: credentials and mongoose's bookkeeping. */
const SECRET_FIELDS = ['passwordHash', '__v'] as const;

export function presentAccountForExport(user: UserDoc): Record<string, unknown> {
  const account: Record<string, unknown> = user.toJSON({ flattenObjectIds: true });
  for (const field of SECRET_FIELDS) delete account[field];
  const { _id, ...rest } = account;
  return { id: String(_id), ...rest };
}

/**
 * One audit entry in the person's export. When someone else acted on them (an admin, an officer), that person's
 * id and IP are their own personal data: only their role is kept.
 */
export function presentAuditEntryForExport(entry: Parameters<typeof presentAuditEntry>[0], userId: Types.ObjectId): AuditEntry {
  const presented = presentAuditEntry(entry);
  if (presented.actorId === String(userId)) return presented;
  return { ...presented, actorId: null, ip: null };
}
