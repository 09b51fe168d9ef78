/**
 * Saved talent searches: each verified employer or programme staff member keeps up to 50, lists them newest
 * first, renames them, changes their filters, turns their alerts on or off, deletes them. Someone else's saved
 * search is a 404; someone who may not search talents gets a 403. Alerts are sent by the alert job
 * (services/savedSearches/alertChecker.ts).
 */
import { SavedSearchCreateSchema, SavedSearchIdParamsSchema, SavedSearchListQuerySchema, SavedSearchPageSchema, SavedSearchSchema, SavedSearchUpdateSchema } from '@kafaat/shared';
import type { Request } from 'express';
import { forbidden, notFound } from '../../errors';
import { requireUser } from '../../middlewares/authenticate';
import { SavedSearch, type StoredSavedSearch } from '../../models/SavedSearch';
import type { Actor } from '../../policies/actor';
import { savedSearchPolicy } from '../../policies/savedSearch';
import { presentSavedSearch } from '../../presenters/savedSearch';
import type { ServiceContext } from '../../services/context';
import '../../services/savedSearches/accountData';
import { createSavedSearch } from '../../services/savedSearches/savedSearchCreator';
import { deleteSavedSearch } from '../../services/savedSearches/savedSearchDeleter';
import { updateSavedSearch } from '../../services/savedSearches/savedSearchUpdater';
import { afterIdCursor, encodeIdCursor, pageFrom } from '../cursor';
import { defineRoute } from '../define';
import { signedInActor } from '../signedIn';

const tags = ['saved searches'];
const before = [requireUser];
const refused = { description: 'Not a verified employer nor programme staff' };
const missing = { description: 'No saved search of the user with this id' };

/** The signed-in actor, when they may use saved searches. */
async function searcher(req: Request): Promise<Actor> {
  const actor = await signedInActor(req);
  if (!savedSearchPolicy.mayUse(actor)) throw forbidden('Only verified employers and programme staff can use saved searches.');
  return actor;
}

export function savedSearchRoutes(_ctx: ServiceContext) {
  return [
    defineRoute({
      method: 'post',
      path: '/saved-searches',
      summary: 'Save a talent search (its filters as the talent search takes them); new matches are notified unless alerts is false',
      tags,
      before,
      request: { body: SavedSearchCreateSchema },
      responses: {
        201: { description: 'Saved', schema: SavedSearchSchema },
        400: { description: 'Invalid name or filters' },
        403: refused,
        409: { description: 'Already 50 saved searches (limit_reached)' },
      },
      handler: async (req, res) => {
        const saved = await createSavedSearch({ actor: await signedInActor(req), input: req.input.body });
        res.status(201).json(presentSavedSearch(saved));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/saved-searches',
      summary: 'The user’s saved searches, newest first',
      tags,
      before,
      request: { query: SavedSearchListQuerySchema },
      responses: { 200: { description: 'A page of saved searches', schema: SavedSearchPageSchema }, 403: refused },
      handler: async (req, res) => {
        const actor = await searcher(req);
        const { cursor, limit } = req.input.query;
        const docs = await SavedSearch.find({ ...savedSearchPolicy.scope(actor), ...afterIdCursor(cursor) })
          .sort({ _id: -1 })
          .limit(limit + 1)
          .lean<StoredSavedSearch[]>();
        const { page, nextCursor } = pageFrom(docs, limit, (last) => encodeIdCursor(last._id));
        res.json({ items: page.map(presentSavedSearch), nextCursor });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/saved-searches/:id',
      summary: 'One of the user’s saved searches',
      tags,
      before,
      request: { params: SavedSearchIdParamsSchema },
      responses: { 200: { description: 'The saved search', schema: SavedSearchSchema }, 403: refused, 404: missing },
      handler: async (req, res) => {
        const actor = await searcher(req);
        const found = await SavedSearch.findOne({ _id: req.input.params.id, ...savedSearchPolicy.scope(actor) }).lean<StoredSavedSearch>();
        if (!found) throw notFound('Saved search');
        res.json(presentSavedSearch(found));
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/saved-searches/:id',
      summary: 'Rename a saved search, replace its filters, or turn its alerts on or off',
      tags,
      before,
      request: { params: SavedSearchIdParamsSchema, body: SavedSearchUpdateSchema },
      responses: { 200: { description: 'The saved search as saved', schema: SavedSearchSchema }, 400: { description: 'Invalid name or filters' }, 403: refused, 404: missing },
      handler: async (req, res) => {
        const updated = await updateSavedSearch({ actor: await signedInActor(req), id: req.input.params.id, input: req.input.body });
        res.json(presentSavedSearch(updated));
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/saved-searches/:id',
      summary: 'Delete a saved search',
      tags,
      before,
      request: { params: SavedSearchIdParamsSchema },
      responses: { 204: { description: 'Deleted' }, 403: refused, 404: missing },
      handler: async (req, res) => {
        await deleteSavedSearch({ actor: await signedInActor(req), id: req.input.params.id });
        res.status(204).end();
      },
    }),
  ];
}
