/**
 * An organisation admin invites a colleague by email. The invitation is stored, a single-use link (7 days) is
 * mailed in the inviter's language, and an earlier pending invitation of the same address to the same
 * organisation stops working (the newest link is the one that counts). An address that already has an
 * account cannot be invited: an account belongs to one person and one organisation.
 */
import type { Role } from '@kafaat/shared';
import { TOKEN_TTL_MS, issueToken, revokeTokens } from '../../auth/tokens';
import { conflict, validationFailed } from '../../errors';
import { Invitation, type InvitationDoc } from '../../models/Invitation';
import { User, type UserDoc } from '../../models/User';
import type { Actor } from '../../policies/actor';
import type { ServiceContext } from '../context';
import { findOrganisationFor } from './authorisedOrganisation';

type InvitableRole = 'employer' | 'officer' | 'assessor';

/** Which roles each kind of organisation may invite; the first is the default. */
const ROLES_BY_KIND: Record<'employer' | 'institution', InvitableRole[]> = {
  employer: ['employer'],
  institution: ['officer', 'assessor'],
};

export interface InvitationProps {
  actor: Actor;
  /** The signed-in admin: their name goes in the mail, their language is the mail's. */
  inviter: UserDoc;
  organisationId: string;
  email: string;
  role?: InvitableRole;
  isAdmin: boolean;
}

export async function sendInvitation(ctx: ServiceContext, props: InvitationProps): Promise<InvitationDoc> {
  const org = await findOrganisationFor(props.actor, props.organisationId, 'invite');
  const allowed = ROLES_BY_KIND[org.kind];
  const role: Role = props.role ?? allowed[0]!;
  if (!allowed.includes(role as InvitableRole)) {
    throw validationFailed([{ path: 'role', location: 'body', code: 'role_not_allowed', message: `this organisation can invite: ${allowed.join(', ')}` }]);
  }
  if (await User.exists({ email: props.email })) {
    const message = 'This address already has a Kafaat account; an account belongs to one person and one organisation.';
    throw conflict(message, [{ path: 'email', location: 'body', code: 'already_registered', message }]);
  }

  const now = new Date();
  const earlier = await Invitation.find({ organisationId: org._id, email: props.email, acceptedAt: null, revokedAt: null }, { _id: 1 }).lean();
  if (earlier.length > 0) {
    await Invitation.updateMany({ _id: { $in: earlier.map((i) => i._id) } }, { $set: { revokedAt: now } });
    await Promise.all(earlier.map((i) => revokeTokens('invitation', i._id)));
  }

  const locale = props.inviter.locale ?? 'fr';
  const invitation = await Invitation.create({
    organisationId: org._id,
    email: props.email,
    role,
    isAdmin: props.isAdmin,
    invitedBy: props.inviter._id,
    locale,
    expiresAt: new Date(now.getTime() + TOKEN_TTL_MS.invitation),
  });
  const token = await issueToken('invitation', invitation._id, invitation.expiresAt.getTime() - Date.now());
  await ctx.mailer.send(props.email, 'invitation', locale, {
    inviter: props.inviter.displayName,
    org: org.name,
    link: ctx.link(`/invitations/accept?token=${token}`),
  });
  return invitation;
}
