/**
 * Match lists, best first, each item with the explanation of its score (docs/MATCHING.md): the talents an
 * opportunity's managers may see, ranked for it; and the open opportunities ranked for the signed-in talent.
 *
 * Pages: the list is ranked afresh on each request, and `cursor` is the position in that ranking (opaque to the
 * client). A profile or opportunity changing between two pages may move an item across the page boundary.
 */
import { Types } from 'mongoose';
import { MatchListQuerySchema, OpportunityIdParamsSchema, OpportunityMatchPageSchema, TalentMatchPageSchema, type Locale, type MatchExplanation } from '@kafaat/shared';
import { defineRoute } from '../define';
import { signedInActor } from '../signedIn';
import { forbidden, notFound, validationFailed } from '../../errors';
import { requireUser } from '../../middlewares/authenticate';
import { recentOpportunity } from '../../models/Opportunity';
import { Profile } from '../../models/Profile';
import { moroccanToday, opportunityPolicy } from '../../policies/opportunity';
import { profilePolicy } from '../../policies/profile';
import { presentOpportunityMatch, presentTalentMatch, skillIdsOf } from '../../presenters/match';
import { opportunityFromStored, talentFromStored } from '../../search/matching/inputs';
import { rankOpportunitiesFor, rankTalentsFor } from '../../search/matching/matcher';
import type { ServiceContext } from '../../services/context';
import { stillOpenOpportunities } from '../../services/matching/candidateChecks';
import { skillNamesOf, taxonomySnapshotHolding } from '../../services/taxonomy/taxonomySnapshot';

const tags = ['matching'];
const before = [requireUser];

/** The position a cursor points at in the ranked list (0 without one); a damaged cursor is a 400. */
function offsetOf(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const text = Buffer.from(cursor, 'base64url').toString();
  if (!/^o[1-9]\d{0,5}$/.test(text)) {
    throw validationFailed([{ path: 'cursor', location: 'query', code: 'invalid_cursor', message: 'this page link is damaged: start again from the first page' }]);
  }
  return Number(text.slice(1));
}

const cursorAt = (position: number, length: number) => (position < length ? Buffer.from(`o${position}`).toString('base64url') : null);

/** One page of a ranked list and the cursor to the next. */
function pageOf<T>(ranked: T[], cursor: string | undefined, limit: number): { page: T[]; nextCursor: string | null } {
  const offset = offsetOf(cursor);
  const next = offset + limit;
  return { page: ranked.slice(offset, next), nextCursor: cursorAt(next, ranked.length) };
}

/** Labels in `lang` of every skill a page's explanations name. */
async function skillLabels(explanations: MatchExplanation[], lang: Locale): Promise<Record<string, string>> {
  const names = await skillNamesOf(explanations.flatMap(skillIdsOf));
  return Object.fromEntries([...names].map(([id, s]) => [id, s.labels[lang] ?? id]));
}

/** Both match lists, mounted under /api/v1 by app.ts. */
export function matchRoutes(ctx: ServiceContext) {
  const prefix = ctx.config.ES_INDEX_PREFIX;
  return [
    defineRoute({
      method: 'get',
      path: '/opportunities/:id/matches',
      summary: 'Talents ranked for an opportunity, with why each fits (its organisation’s employers or officers; only profiles they may see)',
      tags,
      before,
      request: { params: OpportunityIdParamsSchema, query: MatchListQuerySchema },
      responses: {
        200: { description: 'A page of the ranking, best first', schema: TalentMatchPageSchema },
        400: { description: 'Damaged cursor' },
        404: { description: 'No such opportunity, or the actor does not manage it' },
      },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const { id } = req.input.params;
        const { lang, cursor, limit } = req.input.query;
        const opp = Types.ObjectId.isValid(id) ? await recentOpportunity(id) : null;
        // Who matches whom is the managers' working material: to anyone else the list does not exist.
        if (!opp || !opportunityPolicy.can(actor, 'manage', opp)) throw notFound('Opportunity');
        const visibilities = profilePolicy.visibleTo(actor);
        const opportunity = opportunityFromStored(opp);
        const { graph } = await taxonomySnapshotHolding([...opportunity.mustHaveSkills, ...opportunity.niceToHaveSkills].map((s) => s.skillId));
        const ranked = await rankTalentsFor(ctx.search, prefix, {
          opportunity,
          visibilities,
          graph,
        });
        // The index is trusted with visibility like talent search: a talent's change of it is indexed before their
        // save answers (routes/profiles), an erasure deletes their documents at once.
        const { page, nextCursor } = pageOf(ranked, cursor, limit);
        res.json({
          items: page.map(presentTalentMatch),
          nextCursor,
          total: ranked.length,
          skillLabels: await skillLabels(page.map((m) => m.explanation), lang),
        });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/me/matches',
      summary: 'Open opportunities ranked for the signed-in talent, with why each fits',
      tags,
      before,
      request: { query: MatchListQuerySchema },
      responses: {
        200: { description: 'A page of the ranking, best first (empty until the profile lists skills)', schema: OpportunityMatchPageSchema },
        400: { description: 'Damaged cursor' },
        403: { description: 'Not a talent' },
      },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const { lang, cursor, limit } = req.input.query;
        const profile = await Profile.findById(actor.id).lean();
        if (!profilePolicy.can(actor, 'update', { _id: actor.id, visibility: profile?.visibility ?? 'verified-organisations' })) {
          throw forbidden('Only talents have opportunities matched to their profile.');
        }
        const today = moroccanToday();
        const talent = profile ? talentFromStored(profile) : null;
        const ranked = talent
          ? await rankOpportunitiesFor(ctx.search, prefix, {
              talent,
              graph: (await taxonomySnapshotHolding(talent.skills.map((s) => s.skillId))).graph,
              today,
              stillOpen: (ids) => stillOpenOpportunities(ids, today),
            })
          : [];
        const { page, nextCursor } = pageOf(ranked, cursor, limit);
        res.json({
          items: page.map(presentOpportunityMatch),
          nextCursor,
          total: ranked.length,
          skillLabels: await skillLabels(page.map((m) => m.explanation), lang),
        });
      },
    }),
  ];
}
