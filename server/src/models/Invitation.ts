/**
 * An invitation to join an organisation, sent by one of its admins. The link in the mail carries a single-use
 * token (purpose 'invitation') whose subject is this document; accepting creates the invited person's account.
 * Expiry is a date compared on read (no TTL indexes on FerretDB).
 */
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { LOCALES, ROLES } from '@kafaat/shared';

const invitationSchema = new Schema(
  {
    organisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    /** Lowercased; the account created on acceptance gets this address. */
    email: { type: String, required: true, lowercase: true, trim: true },
    role: { type: String, enum: ROLES, required: true },
    isAdmin: { type: Boolean, default: false },
    invitedBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    /** The language the mail was written in; the new account starts in it. */
    locale: { type: String, enum: LOCALES, default: 'fr' },
    expiresAt: { type: Date, required: true },
    acceptedAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
  },
  { timestamps: true },
);
// The organisation's list (newest first); an address's invitations (re-invite, erasure); the purge of old ones.
invitationSchema.index({ organisationId: 1, _id: -1 });
invitationSchema.index({ email: 1 });
invitationSchema.index({ expiresAt: 1 });

export type InvitationFields = InferSchemaType<typeof invitationSchema>;
export type InvitationDoc = HydratedDocument<InvitationFields>;
export const Invitation = mongoose.model('Invitation', invitationSchema);

/** Neither accepted, revoked nor expired: the link in its mail still works. */
export function isPending(invitation: Pick<InvitationFields, 'acceptedAt' | 'revokedAt' | 'expiresAt'>, now = new Date()): boolean {
  return !invitation.acceptedAt && !invitation.revokedAt && invitation.expiresAt > now;
}
