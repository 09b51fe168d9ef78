/**
 * Search: talents (verified employers and programme staff, among the profiles their visibility lets them see)
 * and opportunities (anyone signed in; published ones still taking applications). Mounted before the
 * profile and opportunity routes, so "/talents/search" and "/opportunities/search" are not read as ids.
 */
import { isLocale, OpportunitySearchQuerySchema, OpportunitySearchResultSchema, TalentSearchQuerySchema, TalentSearchResultSchema, type Locale } from '@kafaat/shared';
import type { Request } from 'express';
import { defineRoute } from '../define';
import { signedInActor } from '../signedIn';
import { AppError, forbidden } from '../../errors';
import { requireUser } from '../../middlewares/authenticate';
import { mayActOnTalents } from '../../policies/organisation';
import { moroccanToday } from '../../policies/opportunity';
import { profilePolicy } from '../../policies/profile';
import { searchOpportunities } from '../../search/opportunities';
import { searchTalents } from '../../search/talents';
import type { ServiceContext } from '../../services/context';

const tags = ['search'];
const before = [requireUser];

/** The answer's language: asked for, else the user's. */
const langOf = (req: Request, asked: Locale | undefined): Locale => asked ?? (isLocale(req.user?.locale) ? req.user.locale : 'fr');

/** Elasticsearch unreachable is a 503 saying to retry, not a 500; our own errors (a bad cursor) pass through. */
async function searching<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof AppError) throw err;
    const e = err as { name?: string; meta?: { statusCode?: number } };
    // 404: the index is not built yet (Elasticsearch was down at start-up); the indexer builds it.
    const status = e.meta?.statusCode ?? 0;
    if (e.name === 'ConnectionError' || e.name === 'TimeoutError' || e.name === 'NoLivingConnectionsError' || status === 404 || status >= 500) {
      throw new AppError(503, 'service_unavailable', 'Search is unavailable just now. Try again in a moment.', undefined, true, { cause: err });
    }
    throw err;
  }
}

export function searchRoutes(ctx: ServiceContext) {
  return [
    defineRoute({
      method: 'get',
      path: '/talents/search',
      summary: 'Talents matching free text and filters, with facet counts (verified employers and programme staff)',
      tags,
      before,
      request: { query: TalentSearchQuerySchema },
      responses: {
        200: { description: 'A page of talents, the total, the facets and the next cursor', schema: TalentSearchResultSchema },
        403: { description: 'Not a verified employer nor programme staff' },
        503: { description: 'Search is unreachable just now' },
      },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        if (!mayActOnTalents(actor)) throw forbidden('Only verified employers and programme staff can search talents.');
        const query = req.input.query;
        const result = await searching(() =>
          searchTalents({ search: ctx.search, prefix: ctx.config.ES_INDEX_PREFIX, query, lang: langOf(req, query.lang), visibilities: profilePolicy.visibleTo(actor) }),
        );
        res.json(result);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/opportunities/search',
      summary: 'Published opportunities still taking applications, matching free text and filters',
      tags,
      before,
      request: { query: OpportunitySearchQuerySchema },
      responses: {
        200: { description: 'A page of opportunities, the total, the facets and the next cursor', schema: OpportunitySearchResultSchema },
        503: { description: 'Search is unreachable just now' },
      },
      handler: async (req, res) => {
        await signedInActor(req);
        const query = req.input.query;
        const result = await searching(() =>
          searchOpportunities({ search: ctx.search, prefix: ctx.config.ES_INDEX_PREFIX, query, lang: langOf(req, query.lang), today: moroccanToday() }),
        );
        res.json(result);
      },
    }),
  ];
}

