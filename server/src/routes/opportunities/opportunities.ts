/**
 * Opportunities: create (as a draft), list, read, edit and move through the lifecycle. The pipeline lives in
 * applications.ts and the mission's logistics, report and evaluation in missions.ts. Every route asks
 * opportunityPolicy, through the services or the policy's scope.
 */
import {
  CreateOpportunitySchema,
  OpportunityIdParamsSchema,
  OpportunityListQuerySchema,
  OpportunitySchema,
  OpportunityStatusChangeSchema,
  UpdateOpportunitySchema,
  pageOf,
} from '@kafaat/shared';
import { defineRoute } from '../define';
import { afterIdCursor, encodeIdCursor, pageFrom } from '../cursor';
import { signedInActor } from '../signedIn';
import { requireUser } from '../../middlewares/authenticate';
import { Opportunity, type StoredOpportunity } from '../../models/Opportunity';
import { opportunityPolicy } from '../../policies/opportunity';
import { audit } from '../../services/audit/auditLogger';
import type { ServiceContext } from '../../services/context';
import { findOpportunityFor, presentOpportunitiesFor } from '../../services/opportunities/authorisedOpportunity';
import { createOpportunity } from '../../services/opportunities/opportunityCreator';
import { changeOpportunityStatus } from '../../services/opportunities/opportunityStatusChanger';
import { updateOpportunity } from '../../services/opportunities/opportunityUpdater';
import { applicationRoutes } from './applications';
import { missionRoutes } from './missions';

const tags = ['opportunities'];
const before = [requireUser];

export function opportunityRoutes(ctx: ServiceContext) {
  return [
    defineRoute({
      method: 'post',
      path: '/opportunities',
      summary: 'Write a new opportunity, saved as a draft (employers: jobs, projects; officers: missions, pilots, projects)',
      tags,
      before,
      request: { body: CreateOpportunitySchema },
      responses: { 201: { description: 'The draft', schema: OpportunitySchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const opp = await createOpportunity({ actor, input: req.input.body });
        await audit(req, { action: 'opportunity.created', targetType: 'opportunity', targetId: opp._id, meta: { type: opp.type, organisationId: String(opp.organisationId) } });
        res.status(201).json((await presentOpportunitiesFor(actor, [opp]))[0]);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/opportunities',
      summary: 'Published opportunities, newest first; with mine=true, those of the signed-in member’s organisation in any status',
      tags,
      before,
      request: { query: OpportunityListQuerySchema },
      responses: { 200: { description: 'A page of opportunities', schema: pageOf(OpportunitySchema) } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const { mine, type, status, cursor, limit } = req.input.query;
        // The policy's scope is ANDed with the filters, so a list never reaches past what the actor may read.
        const parts: Array<Record<string, unknown>> = [opportunityPolicy.scope(actor), afterIdCursor(cursor)];
        if (mine) parts.push({ organisationId: actor.organisationId ?? { $in: [] } });
        if (status || !mine) parts.push({ status: status ?? 'published' });
        if (type) parts.push({ type });
        const docs = await Opportunity.find({ $and: parts.filter((part) => Object.keys(part).length > 0) })
          .sort({ _id: -1 })
          .limit(limit + 1)
          .lean<StoredOpportunity[]>();
        const { page, nextCursor } = pageFrom(docs, limit, (last) => encodeIdCursor(last._id));
        res.json({ items: await presentOpportunitiesFor(actor, page), nextCursor });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/opportunities/:id',
      summary: 'An opportunity (anyone signed in once published; drafts only within their organisation)',
      tags,
      before,
      request: { params: OpportunityIdParamsSchema },
      responses: { 200: { description: 'The opportunity', schema: OpportunitySchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const opp = await findOpportunityFor(actor, req.input.params.id, 'read');
        res.json((await presentOpportunitiesFor(actor, [opp]))[0]);
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/opportunities/:id',
      summary: 'Edit an opportunity; fields not given are kept (its organisation’s employers or officers)',
      tags,
      before,
      request: { params: OpportunityIdParamsSchema, body: UpdateOpportunitySchema },
      responses: { 200: { description: 'The opportunity as saved', schema: OpportunitySchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const { opp, fields } = await updateOpportunity({ actor, opportunityId: req.input.params.id, changes: req.input.body });
        await audit(req, { action: 'opportunity.updated', targetType: 'opportunity', targetId: opp._id, meta: { fields: fields.join(',') } });
        res.json((await presentOpportunitiesFor(actor, [opp]))[0]);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/opportunities/:id/status',
      summary: 'Publish, close, mark filled, start or complete (409 invalid_transition lists the statuses allowed now)',
      tags,
      before,
      request: { params: OpportunityIdParamsSchema, body: OpportunityStatusChangeSchema },
      responses: { 200: { description: 'The opportunity in its new status', schema: OpportunitySchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const { opp, from } = await changeOpportunityStatus({ actor, opportunityId: req.input.params.id, status: req.input.body.status });
        await audit(req, { action: 'opportunity.status_changed', targetType: 'opportunity', targetId: opp._id, meta: { from, to: opp.status } });
        res.json((await presentOpportunitiesFor(actor, [opp]))[0]);
      },
    }),
    ...applicationRoutes(ctx),
    ...missionRoutes(ctx),
  ];
}
