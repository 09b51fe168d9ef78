/**
 * Organisations: reading and editing one's own, its members, the staff's directory and verification queue, and
 * the verification decision. Invitations live in invitations.ts. Every route asks organisationPolicy.
 */
import { z } from 'zod';
import {
  IdParamsSchema,
  MemberSchema,
  OrganisationListQuerySchema,
  OrganisationSchema,
  UpdateOrganisationSchema,
  VerificationDecisionSchema,
  pageOf,
} from '@kafaat/shared';
import { defineRoute } from '../define';
import { afterIdCursor, encodeIdCursor, pageFrom } from '../cursor';
import { signedInActor } from '../signedIn';
import { forbidden } from '../../errors';
import { requireUser } from '../../middlewares/authenticate';
import { Organisation } from '../../models/Organisation';
import { User } from '../../models/User';
import { isProgrammeStaff } from '../../policies/actor';
import { organisationPolicy } from '../../policies/organisation';
import { presentMember, presentOrganisation } from '../../presenters/organisation';
import { audit } from '../../services/audit/auditLogger';
import { countMembers, countMembersOf, findOrganisationFor } from '../../services/organisations/authorisedOrganisation';
import { updateOrganisation } from '../../services/organisations/organisationUpdater';
import { decideVerification } from '../../services/organisations/organisationVerifier';
import type { ServiceContext } from '../../services/context';
import { invitationRoutes } from './invitations';

const tags = ['organisations'];

export function organisationRoutes(ctx: ServiceContext) {
  return [
    defineRoute({
      method: 'get',
      path: '/organisations',
      summary: 'Directory and verification queue of organisations, newest first (programme staff)',
      tags,
      before: [requireUser],
      request: { query: OrganisationListQuerySchema },
      responses: { 200: { description: 'A page of organisations', schema: pageOf(OrganisationSchema) } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        if (!organisationPolicy.can(actor, 'list')) throw forbidden();
        const { status, kind, cursor, limit } = req.input.query;
        // The policy's scope is ANDed with the filters, so a list can never reach past what the actor may see.
        const parts = [organisationPolicy.scope(actor), status ? { status } : {}, kind ? { kind } : {}, afterIdCursor(cursor)];
        const filter = { $and: parts.filter((part) => Object.keys(part).length > 0) };
        const docs = await Organisation.find(filter.$and.length > 0 ? filter : {})
          .sort({ _id: -1 })
          .limit(limit + 1)
          .lean();
        const { page, nextCursor } = pageFrom(docs, limit, (last) => encodeIdCursor(last._id));
        const counts = await countMembersOf(page.map((org) => org._id));
        res.json({ items: page.map((org) => presentOrganisation(org, counts.get(String(org._id)) ?? 0)), nextCursor });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/organisations/:id',
      summary: 'An organisation (its members, and programme staff)',
      tags,
      before: [requireUser],
      request: { params: IdParamsSchema },
      responses: { 200: { description: 'The organisation', schema: OrganisationSchema } },
      handler: async (req, res) => {
        const org = await findOrganisationFor(await signedInActor(req), req.input.params.id, 'read');
        res.json(presentOrganisation(org, await countMembers(org._id)));
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/organisations/:id',
      summary: "Edit an organisation's details (its admins); a rejected organisation goes back to the queue",
      tags,
      before: [requireUser],
      request: { params: IdParamsSchema, body: UpdateOrganisationSchema },
      responses: { 200: { description: 'The organisation as saved', schema: OrganisationSchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const { org, fields, resubmitted } = await updateOrganisation({ actor, organisationId: req.input.params.id, changes: req.input.body });
        await audit(req, { action: 'organisation.updated', targetType: 'organisation', targetId: org._id, meta: { fields: fields.join(','), resubmitted } });
        res.json(presentOrganisation(org, await countMembers(org._id)));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/organisations/:id/members',
      summary: 'Members of an organisation (its members, and programme staff)',
      tags,
      before: [requireUser],
      request: { params: IdParamsSchema },
      responses: { 200: { description: 'The members', schema: z.object({ items: z.array(MemberSchema) }) } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const org = await findOrganisationFor(actor, req.input.params.id, 'listMembers');
        const showEmail = actor.organisationId === String(org._id) || isProgrammeStaff(actor);
        const members = await User.find({ organisationId: org._id }, { displayName: 1, email: 1, role: 1, orgAdmin: 1 }).sort({ _id: 1 }).lean();
        res.json({ items: members.map((member) => presentMember(member, { showEmail })) });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/organisations/:id/verification',
      summary: 'Verify or reject an organisation (officers: employers; admins: institutions; never one’s own)',
      tags,
      before: [requireUser],
      request: { params: IdParamsSchema, body: VerificationDecisionSchema },
      responses: { 200: { description: 'The organisation with its new status', schema: OrganisationSchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const org = await decideVerification({ actor, organisationId: req.input.params.id, decision: req.input.body });
        const action = org.status === 'verified' ? 'organisation.verified' : 'organisation.rejected';
        await audit(req, { action, targetType: 'organisation', targetId: org._id, meta: { kind: org.kind } });
        res.json(presentOrganisation(org, await countMembers(org._id)));
      },
    }),
    ...invitationRoutes(ctx),
  ];
}
