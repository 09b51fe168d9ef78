/** Append-only record of security-relevant and officer/admin actions. Holds ids and codes, never personal data. */
import mongoose, { Schema } from 'mongoose';
import { ROLES } from '@kafaat/shared';

const auditLogSchema = new Schema(
  {
    at: { type: Date, required: true, default: () => new Date() },
    action: { type: String, required: true },
    actorId: { type: Schema.Types.ObjectId, default: null },
    actorRole: { type: String, enum: [...ROLES, null], default: null },
    targetType: { type: String, default: null },
    targetId: { type: Schema.Types.ObjectId, default: null },
    ip: { type: String, default: null },
    outcome: { type: String, enum: ['success', 'failure'], default: 'success' },
    meta: { type: Schema.Types.Mixed, default: {} },
  },
  { versionKey: false, minimize: false },
);
auditLogSchema.index({ at: -1, _id: -1 });
auditLogSchema.index({ action: 1, at: -1 });
auditLogSchema.index({ actorId: 1, at: -1 });
auditLogSchema.index({ targetId: 1, at: -1 });

// Append-only: the model refuses updates and deletes issued through mongoose.
for (const op of ['updateOne', 'updateMany', 'findOneAndUpdate', 'deleteOne', 'deleteMany', 'findOneAndDelete', 'replaceOne'] as const) {
  auditLogSchema.pre(op, function refuse() {
    throw new Error('the audit log is append-only');
  });
}

export const AuditLog = mongoose.model('AuditLog', auditLogSchema);
