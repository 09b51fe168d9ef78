/**
 * The pipeline: talents apply (or accept an invitation by applying), managers invite talents they may see and
 * follow their board, both sides move applications on their own side. Applications are visible to their talent
 * and the opportunity's managers only; to anyone else they do not exist (404).
 */
import {
  APPLICATION_STAGES,
  ApplicationBoardSchema,
  ApplicationIdParamsSchema,
  ApplicationSchema,
  ApplySchema,
  BoardQuerySchema,
  InviteTalentSchema,
  MyApplicationsQuerySchema,
  OpportunityIdParamsSchema,
  StageChangeSchema,
  pageOf,
} from '@kafaat/shared';
import type { Types } from 'mongoose';
import { defineRoute } from '../define';
import { afterDateCursor, encodeDateCursor, pageFrom } from '../cursor';
import { signedInActor } from '../signedIn';
import { LIMITS } from '../../auth/rateLimiter';
import { forbidden } from '../../errors';
import { requireUser } from '../../middlewares/authenticate';
import { rateLimit } from '../../middlewares/rateLimit';
import { Application, type StoredApplication } from '../../models/Application';
import { applicationPolicy } from '../../policies/application';
import { audit } from '../../services/audit/auditLogger';
import type { ServiceContext } from '../../services/context';
import { presentApplicationFor, presentApplicationsFor } from '../../services/applications/applicationReader';
import '../../services/applications/applicationRecords';
import { submitApplication } from '../../services/applications/applicationSubmitter';
import { findApplicationFor } from '../../services/applications/authorisedApplication';
import { moveStage } from '../../services/applications/stageMover';
import { inviteTalent } from '../../services/applications/talentInviter';
import { findOpportunityFor } from '../../services/opportunities/authorisedOpportunity';

const tags = ['applications'];
const before = [requireUser];
const byUser = (req: { user?: { _id: unknown } }) => String(req.user!._id);

/** Most recently changed first, then by id: the order of the board's columns and of the talent's list. */
const RECENT_FIRST = { updatedAt: -1, _id: -1 } as const;
const cursorOf = (last: StoredApplication) => encodeDateCursor(last.updatedAt, last._id);

export function applicationRoutes(_ctx: ServiceContext) {
  return [
    defineRoute({
      method: 'post',
      path: '/opportunities/:id/applications',
      summary: 'Apply to a published opportunity before its deadline (talents); accepts an invitation if there is one',
      tags,
      before: [requireUser, rateLimit('apply', LIMITS.applicationsPerTalent, byUser)],
      request: { params: OpportunityIdParamsSchema, body: ApplySchema },
      responses: {
        201: { description: 'Applied', schema: ApplicationSchema },
        200: { description: 'The invitation accepted (the application moved invited → applied)', schema: ApplicationSchema },
      },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const { app, acceptedInvitation } = await submitApplication({ actor, opportunityId: req.input.params.id, input: req.input.body });
        await audit(req, {
          action: 'application.submitted',
          targetType: 'application',
          targetId: app._id,
          meta: { opportunityId: String(app.opportunityId), acceptedInvitation, documents: app.documentIds.length },
        });
        res.status(acceptedInvitation ? 200 : 201).json(await presentApplicationFor(actor, app));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/opportunities/:id/invitations',
      summary: 'Invite a talent whose profile you may see to a published opportunity (its managers)',
      tags,
      before: [requireUser, rateLimit('invite-talent', LIMITS.talentInvitationsPerMember, byUser)],
      request: { params: OpportunityIdParamsSchema, body: InviteTalentSchema },
      responses: { 201: { description: 'The invitation (an application in stage invited)', schema: ApplicationSchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const app = await inviteTalent({ actor, opportunityId: req.input.params.id, input: req.input.body });
        await audit(req, {
          action: 'application.invited',
          targetType: 'application',
          targetId: app._id,
          meta: { opportunityId: String(app.opportunityId), talentId: String(app.talentId) },
        });
        res.status(201).json(await presentApplicationFor(actor, app));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/opportunities/:id/applications',
      summary: 'The board: applications grouped by stage, most recently changed first (its managers)',
      tags,
      before,
      request: { params: OpportunityIdParamsSchema, query: BoardQuerySchema },
      responses: { 200: { description: 'One column per stage', schema: ApplicationBoardSchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const opp = await findOpportunityFor(actor, req.input.params.id, 'manage');
        const { stage, cursor, limit } = req.input.query;
        const counts = await countByStage(opp._id);
        const columns = await Promise.all(
          (stage ? [stage] : APPLICATION_STAGES).map(async (s) => {
            const docs = await Application.find({ $and: [{ opportunityId: opp._id, stage: s }, afterDateCursor('updatedAt', cursor)] })
              .sort(RECENT_FIRST)
              .limit(limit + 1)
              .lean<StoredApplication[]>();
            return { stage: s, count: counts.get(s) ?? 0, ...pageFrom(docs, limit, cursorOf) };
          }),
        );
        const presented = await presentApplicationsFor(actor, columns.flatMap((c) => c.page));
        const byId = new Map(presented.map((a) => [a.id, a]));
        res.json({
          columns: columns.map(({ stage: s, count, page, nextCursor }) => ({ stage: s, count, items: page.map((a) => byId.get(String(a._id))!), nextCursor })),
        });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/me/applications',
      summary: 'The signed-in talent’s applications and invitations, most recently changed first',
      tags,
      before,
      request: { query: MyApplicationsQuerySchema },
      responses: { 200: { description: 'A page of applications', schema: pageOf(ApplicationSchema) } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        if (actor.role !== 'talent') throw forbidden('Only talents have applications.');
        const { stage, cursor, limit } = req.input.query;
        const docs = await Application.find({ $and: [applicationPolicy.scope(actor), stage ? { stage } : {}, afterDateCursor('updatedAt', cursor)] })
          .sort(RECENT_FIRST)
          .limit(limit + 1)
          .lean<StoredApplication[]>();
        const { page, nextCursor } = pageFrom(docs, limit, cursorOf);
        res.json({ items: await presentApplicationsFor(actor, page), nextCursor });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/applications/:id',
      summary: 'An application (its talent and the opportunity’s managers)',
      tags,
      before,
      request: { params: ApplicationIdParamsSchema },
      responses: { 200: { description: 'The application', schema: ApplicationSchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const { app } = await findApplicationFor(actor, req.input.params.id);
        res.json(await presentApplicationFor(actor, app));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/applications/:id/stage',
      summary: 'Move an application on your side of the pipeline (409 invalid_transition lists the stages allowed now)',
      tags,
      before,
      request: { params: ApplicationIdParamsSchema, body: StageChangeSchema },
      responses: { 200: { description: 'The application in its new stage', schema: ApplicationSchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const { app, from, side } = await moveStage({ actor, applicationId: req.input.params.id, ...req.input.body });
        await audit(req, { action: 'application.stage_changed', targetType: 'application', targetId: app._id, meta: { from, to: app.stage, by: side } });
        res.json(await presentApplicationFor(actor, app));
      },
    }),
  ];
}

/** How many applications an opportunity has in each stage ($match + $group work on FerretDB). */
async function countByStage(opportunityId: Types.ObjectId): Promise<Map<string, number>> {
  const rows = await Application.aggregate<{ _id: string; n: number }>([{ $match: { opportunityId } }, { $group: { _id: '$stage', n: { $sum: 1 } } }]);
  return new Map(rows.map((row) => [row._id, row.n]));
}
