/**
 * The invited person opens the link and creates their account. The link proves the mailbox, so the address is
 * verified; role and organisation-admin status come from the invitation, never from the request. The token is
 * consumed atomically, so a link creates at most one account.
 */
import type { z } from 'zod';
import type { AcceptInvitationSchema } from '@kafaat/shared';
import { hashPassword } from '../../auth/passwords';
import { consumeToken, peekToken } from '../../auth/tokens';
import { conflict } from '../../errors';
import { Invitation, isPending, type InvitationDoc } from '../../models/Invitation';
import { Organisation, type OrganisationDoc } from '../../models/Organisation';
import { User, type UserDoc } from '../../models/User';
import { invalidToken } from '../accounts/passwordResetter';

const alreadyRegistered = () => conflict('This address already has a Kafaat account: sign in with it instead.');

/** The pending invitation a link opens, with its organisation; 400 invalid_token if expired, used or revoked. */
export async function openInvitation(token: string): Promise<{ invitation: InvitationDoc; org: OrganisationDoc }> {
  const invitationId = await peekToken('invitation', token);
  const invitation = invitationId ? await Invitation.findById(invitationId) : null;
  const org = invitation && isPending(invitation) ? await Organisation.findById(invitation.organisationId) : null;
  if (!invitation || !org) throw invalidToken();
  return { invitation, org };
}

export async function acceptInvitation(input: z.output<typeof AcceptInvitationSchema>): Promise<{ user: UserDoc; invitation: InvitationDoc }> {
  // Cheap refusals first, before the deliberately slow hash.
  const { invitation, org } = await openInvitation(input.token);
  if (await User.exists({ email: invitation.email })) throw alreadyRegistered();
  const passwordHash = await hashPassword(input.password);

  const consumed = await consumeToken('invitation', input.token);
  // Revoked between the first check and now: the revocation marks the invitation before its tokens.
  const stillPending = consumed && (await Invitation.exists({ _id: invitation._id, acceptedAt: null, revokedAt: null }));
  if (!stillPending) throw invalidToken();

  const now = new Date();
  let user: UserDoc;
  try {
    user = await User.create({
      email: invitation.email,
      passwordHash,
      displayName: input.displayName,
      role: invitation.role,
      talentKind: null,
      locale: invitation.locale ?? 'fr',
      emailVerifiedAt: now,
      organisationId: org._id,
      orgAdmin: !!invitation.isAdmin,
      consent: { version: input.privacyNoticeVersion, at: now },
    });
  } catch (err) {
    if ((err as { code?: number }).code === 11000) throw alreadyRegistered();
    throw err;
  }
  await Invitation.updateOne({ _id: invitation._id }, { $set: { acceptedAt: now } });
  invitation.acceptedAt = now;
  return { user, invitation };
}
