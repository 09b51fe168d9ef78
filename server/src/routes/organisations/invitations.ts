/**
 * Invitations to join an organisation: its admins send, list and cancel them; the invited person previews the
 * invitation from the mailed link and accepts it, which creates their account and signs them in.
 */
import type { Request } from 'express';
import { z } from 'zod';
import {
  AcceptInvitationSchema,
  CreateInvitationSchema,
  IdParamsSchema,
  InvitationSchema,
  ObjectIdSchema,
  SessionInfoSchema,
  TokenSchema,
} from '@kafaat/shared';
import { defineRoute } from '../define';
import { signedInActor } from '../signedIn';
import { LIMITS } from '../../auth/rateLimiter';
import { requireUser } from '../../middlewares/authenticate';
import { rateLimit } from '../../middlewares/rateLimit';
import { Invitation } from '../../models/Invitation';
import type { UserDoc } from '../../models/User';
import { presentSessionInfo } from '../../presenters/me';
import { InvitationPreviewSchema } from '@kafaat/shared';
import { presentInvitation, presentInvitationPreview } from '../../presenters/invitation';
import { audit } from '../../services/audit/auditLogger';
import { findOrganisationFor } from '../../services/organisations/authorisedOrganisation';
import { acceptInvitation, openInvitation } from '../../services/organisations/invitationAccepter';
import { revokeInvitation } from '../../services/organisations/invitationRevoker';
import { sendInvitation } from '../../services/organisations/invitationSender';
import type { ServiceContext } from '../../services/context';
import { logIn } from '../../auth/signIn';

const tags = ['organisations'];
/** Enough for any real organisation; the list is not paginated. */
const INVITATIONS_LISTED = 200;

export function invitationRoutes(ctx: ServiceContext) {
  return [
    defineRoute({
      method: 'get',
      path: '/organisations/:id/invitations',
      summary: 'Invitations of an organisation, newest first, cancelled ones left out (its admins)',
      tags,
      before: [requireUser],
      request: { params: IdParamsSchema },
      responses: { 200: { description: 'The invitations', schema: z.object({ items: z.array(InvitationSchema) }) } },
      handler: async (req, res) => {
        const org = await findOrganisationFor(await signedInActor(req), req.input.params.id, 'invite');
        const invitations = await Invitation.find({ organisationId: org._id, revokedAt: null }).sort({ _id: -1 }).limit(INVITATIONS_LISTED).lean();
        res.json({ items: invitations.map(presentInvitation) });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/organisations/:id/invitations',
      summary: 'Invite someone by email to join the organisation (its admins; at most 30 a day each)',
      tags,
      before: [requireUser, rateLimit('invite-member', LIMITS.invitationsPerMember, (req) => String(req.user!._id))],
      request: { params: IdParamsSchema, body: CreateInvitationSchema },
      responses: { 201: { description: 'Invitation stored and mailed', schema: InvitationSchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const invitation = await sendInvitation(ctx, { actor, inviter: req.user!, organisationId: req.input.params.id, ...req.input.body });
        await audit(req, {
          action: 'organisation.member_invited',
          targetType: 'organisation',
          targetId: invitation.organisationId,
          meta: { invitationId: String(invitation._id), role: invitation.role, isAdmin: !!invitation.isAdmin },
        });
        res.status(201).json(presentInvitation(invitation));
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/organisations/:id/invitations/:invitationId',
      summary: 'Cancel an invitation: its link stops working (its admins)',
      tags,
      before: [requireUser],
      request: { params: z.strictObject({ id: ObjectIdSchema, invitationId: ObjectIdSchema }) },
      responses: { 204: { description: 'Cancelled' } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const invitation = await revokeInvitation({ actor, organisationId: req.input.params.id, invitationId: req.input.params.invitationId });
        await audit(req, { action: 'organisation.invitation_revoked', targetType: 'organisation', targetId: invitation.organisationId, meta: { invitationId: String(invitation._id) } });
        res.status(204).end();
      },
    }),
    defineRoute({
      method: 'get',
      path: '/invitations/preview',
      summary: 'What an invitation link offers, before the account is created (anyone holding the link)',
      tags,
      request: { query: z.strictObject({ token: TokenSchema }) },
      responses: { 200: { description: 'Who invites, which address, as what', schema: InvitationPreviewSchema } },
      handler: async (req, res) => {
        const { invitation, org } = await openInvitation(req.input.query.token);
        res.json(presentInvitationPreview(invitation, org.name));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/invitations/accept',
      summary: 'Accept an invitation: creates the account (single use) and signs the new member in',
      tags,
      before: [rateLimit('signup-ip', LIMITS.signUpPerIp)],
      request: { body: AcceptInvitationSchema },
      responses: { 200: { description: 'Signed in as the new member', schema: SessionInfoSchema } },
      handler: async (req, res) => {
        const { user, invitation } = await acceptInvitation(req.input.body);
        await logIn(req, user);
        await audit(req, {
          action: 'organisation.member_joined',
          targetType: 'organisation',
          targetId: invitation.organisationId,
          actor: { id: user._id, role: user.role },
          meta: { invitationId: String(invitation._id), role: user.role },
        });
        res.json(await presentSessionInfo(req));
      },
    }),
  ];
}
