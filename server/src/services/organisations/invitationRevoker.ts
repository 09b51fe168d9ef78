/**
 * An organisation admin cancels an invitation: its link stops working at once. Cancelling twice is harmless;
 * an invitation already accepted cannot be cancelled (the person is a member now).
 */
import { Types } from 'mongoose';
import { revokeTokens } from '../../auth/tokens';
import { conflict, notFound } from '../../errors';
import { Invitation, type InvitationDoc } from '../../models/Invitation';
import type { Actor } from '../../policies/actor';
import { findOrganisationFor } from './authorisedOrganisation';

export interface RevocationProps {
  actor: Actor;
  organisationId: string;
  invitationId: string;
}

export async function revokeInvitation({ actor, organisationId, invitationId }: RevocationProps): Promise<InvitationDoc> {
  const org = await findOrganisationFor(actor, organisationId, 'invite');
  const invitation = Types.ObjectId.isValid(invitationId) ? await Invitation.findOne({ _id: invitationId, organisationId: org._id }) : null;
  if (!invitation) throw notFound('Invitation');
  if (invitation.acceptedAt) throw conflict('This invitation was already accepted: the person is a member of the organisation.');
  if (!invitation.revokedAt) {
    invitation.revokedAt = new Date();
    await Invitation.updateOne({ _id: invitation._id, revokedAt: null }, { $set: { revokedAt: invitation.revokedAt } });
  }
  await revokeTokens('invitation', invitation._id);
  return invitation;
}
