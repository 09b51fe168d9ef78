/** Invitations as an organisation's admins see them, and as the invited person previews them. */
import type { Types } from 'mongoose';
import { z } from 'zod';
import { InvitationSchema, type InvitationPreview } from '@kafaat/shared';
import type { InvitationFields } from '../models/Invitation';

type StoredInvitation = InvitationFields & { _id: Types.ObjectId; createdAt: Date };

/**
 * GET /invitations/preview: who invites you and as what, before you create your account. Kept here until it
 * moves to shared/src/schemas/organisation.ts (the client declares the same shape by hand).
 */

export function presentInvitation(invitation: StoredInvitation): z.infer<typeof InvitationSchema> {
  return {
    id: String(invitation._id),
    email: invitation.email,
    role: invitation.role,
    isAdmin: !!invitation.isAdmin,
    expiresAt: invitation.expiresAt.toISOString(),
    acceptedAt: invitation.acceptedAt ? invitation.acceptedAt.toISOString() : null,
    createdAt: invitation.createdAt.toISOString(),
  };
}

export function presentInvitationPreview(invitation: StoredInvitation, organisationName: string): InvitationPreview {
  return { organisationName, email: invitation.email, role: invitation.role };
}
