/**
 * Growing the skills taxonomy: programme staff propose new skills and synonyms, admins decide on others'
 * proposals and read the numbered change log; any signed-in person reads a skill. Every route asks
 * skillProposalPolicy; proposals and decisions are audit-logged with ids only.
 */
import type { Types } from 'mongoose';
import {
  ApproveSkillProposalSchema,
  CreateSkillProposalSchema,
  IdParamsSchema,
  RejectSkillProposalSchema,
  SkillDetailSchema,
  SkillIdParamsSchema,
  SkillProposalListQuerySchema,
  SkillProposalSchema,
  TaxonomyChangeListQuerySchema,
  TaxonomyChangeSchema,
  pageOf,
} from '@kafaat/shared';
import { defineRoute } from '../define';
import { afterIdCursor, afterNumberCursor, encodeIdCursor, encodeNumberCursor, pageFrom } from '../cursor';
import { signedInActor } from '../signedIn';
import { LIMITS } from '../../auth/rateLimiter';
import { forbidden, notFound } from '../../errors';
import { requireUser } from '../../middlewares/authenticate';
import { rateLimit } from '../../middlewares/rateLimit';
import { Skill } from '../../models/Skill';
import { SkillProposal } from '../../models/SkillProposal';
import { TaxonomyChange } from '../../models/TaxonomyChange';
import { User } from '../../models/User';
import { skillProposalPolicy } from '../../policies/skillProposal';
import { presentSkillDetail } from '../../presenters/skill';
import { presentSkillProposal, presentTaxonomyChange, type DisplayNames } from '../../presenters/skillProposal';
import { audit } from '../../services/audit/auditLogger';
import { approveProposal, rejectProposal } from '../../services/taxonomy/proposalReviewer';
import { proposeSkillChange } from '../../services/taxonomy/skillProposer';
import type { ServiceContext } from '../../services/context';

const tags = ['skills'];

/** The display names of the people a page of results names, in one query. */
async function displayNamesOf(ids: Array<Types.ObjectId | null | undefined>): Promise<DisplayNames> {
  const wanted = [...new Set(ids.filter((id): id is Types.ObjectId => !!id).map(String))];
  const users = wanted.length > 0 ? await User.find({ _id: { $in: wanted } }, { displayName: 1 }).lean() : [];
  return new Map(users.map((user) => [String(user._id), user.displayName]));
}

/** ANDs the non-empty parts of a filter. */
const allOf = (parts: Array<Record<string, unknown>>) => {
  const kept = parts.filter((part) => Object.keys(part).length > 0);
  return kept.length > 0 ? { $and: kept } : {};
};

export function skillProposalRoutes(ctx: ServiceContext) {
  return [
    defineRoute({
      method: 'post',
      path: '/skills/proposals',
      summary: 'Propose a new skill or new synonyms of a skill (officers of verified institutions and admins; 20 a day each)',
      tags,
      before: [requireUser, rateLimit('skill-proposal', LIMITS.skillProposalsPerMember, (req) => String(req.user!._id))],
      request: { body: CreateSkillProposalSchema },
      responses: { 201: { description: 'The pending proposal', schema: SkillProposalSchema } },
      handler: async (req, res) => {
        const proposal = await proposeSkillChange({ actor: await signedInActor(req), proposal: req.input.body });
        await audit(req, { action: 'skill_proposal.created', targetType: 'skill_proposal', targetId: proposal._id, meta: { type: proposal.type } });
        res.status(201).json(presentSkillProposal(proposal, await displayNamesOf([proposal.proposedBy])));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/skills/proposals',
      summary: 'Proposals, newest first: proposers see their own, admins everyone’s; filter by status',
      tags,
      before: [requireUser],
      request: { query: SkillProposalListQuerySchema },
      responses: { 200: { description: 'A page of proposals', schema: pageOf(SkillProposalSchema) } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        if (!skillProposalPolicy.can(actor, 'list')) throw forbidden();
        const { status, mine, cursor, limit } = req.input.query;
        const filter = allOf([
          skillProposalPolicy.scope(actor),
          status ? { status } : {},
          mine === 'true' ? { proposedBy: actor.id } : {},
          afterIdCursor(cursor),
        ]);
        const docs = await SkillProposal.find(filter).sort({ _id: -1 }).limit(limit + 1).lean();
        const { page, nextCursor } = pageFrom(docs, limit, (last) => encodeIdCursor(last._id));
        const names = await displayNamesOf(page.flatMap((p) => [p.proposedBy, p.reviewedBy]));
        res.json({ items: page.map((p) => presentSkillProposal(p, names)), nextCursor });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/skills/proposals/:id/approve',
      summary: 'Approve someone else’s pending proposal: it becomes the next taxonomy revision at once (admins)',
      tags,
      before: [requireUser],
      request: { params: IdParamsSchema, body: ApproveSkillProposalSchema },
      responses: { 200: { description: 'The approved proposal, with its revision and skill id', schema: SkillProposalSchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const proposal = await approveProposal(ctx, { actor, proposalId: req.input.params.id, comment: req.input.body.comment });
        await audit(req, {
          action: 'skill_proposal.approved',
          targetType: 'skill_proposal',
          targetId: proposal._id,
          meta: { revision: proposal.revision ?? null, skillId: proposal.skillId ?? null },
        });
        res.json(presentSkillProposal(proposal, await displayNamesOf([proposal.proposedBy, proposal.reviewedBy])));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/skills/proposals/:id/reject',
      summary: 'Reject someone else’s pending proposal, saying why (admins)',
      tags,
      before: [requireUser],
      request: { params: IdParamsSchema, body: RejectSkillProposalSchema },
      responses: { 200: { description: 'The rejected proposal', schema: SkillProposalSchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const proposal = await rejectProposal({ actor, proposalId: req.input.params.id, comment: req.input.body.comment });
        await audit(req, { action: 'skill_proposal.rejected', targetType: 'skill_proposal', targetId: proposal._id });
        res.json(presentSkillProposal(proposal, await displayNamesOf([proposal.proposedBy, proposal.reviewedBy])));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/skills/changes',
      summary: 'The taxonomy change log, newest revision first (admins)',
      tags,
      before: [requireUser],
      request: { query: TaxonomyChangeListQuerySchema },
      responses: { 200: { description: 'A page of revisions', schema: pageOf(TaxonomyChangeSchema) } },
      handler: async (req, res) => {
        if (!skillProposalPolicy.can(await signedInActor(req), 'readChanges')) throw forbidden();
        const { cursor, limit } = req.input.query;
        const docs = await TaxonomyChange.find(afterNumberCursor('revision', cursor)).sort({ revision: -1 }).limit(limit + 1).lean();
        const { page, nextCursor } = pageFrom(docs, limit, (last) => encodeNumberCursor(last.revision));
        const names = await displayNamesOf(page.flatMap((c) => [c.proposedBy, c.approvedBy]));
        res.json({ items: page.map((c) => presentTaxonomyChange(c, names)), nextCursor });
      },
    }),
    // Last: "/skills/:id" would otherwise shadow the paths above (their segments are not skill ids anyway).
    defineRoute({
      method: 'get',
      path: '/skills/:id',
      summary: 'One skill: its names, synonyms, broader and related skills and ISCO codes (signed-in users)',
      tags,
      before: [requireUser],
      request: { params: SkillIdParamsSchema },
      responses: { 200: { description: 'The skill', schema: SkillDetailSchema } },
      handler: async (req, res) => {
        if (!skillProposalPolicy.can(await signedInActor(req), 'readSkill')) throw forbidden();
        const skill = await Skill.findById(req.input.params.id).lean();
        if (!skill) throw notFound('Skill');
        const others = await Skill.find({ _id: { $in: [...skill.broader, ...skill.related] } }, { labels: 1 }).lean();
        res.json(presentSkillDetail(skill, new Map(others.map((other) => [String(other._id), other.labels]))));
      },
    }),
  ];
}
