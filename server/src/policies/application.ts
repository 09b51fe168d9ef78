/**
 * Who may see and move an application. Its talent and the managers of the opportunity's organisation (see
 * policies/opportunity.ts) see it; nobody else learns it exists (404). Each moves on their own side of the
 * pipeline (shared PIPELINE_MOVES): the talent accepts, declines, withdraws and files the mission report; the
 * managers move candidates, confirm missions and file the host's evaluation.
 */
import type { PipelineSide } from '@kafaat/shared';
import type { Types } from 'mongoose';
import type { Actor } from './actor';
import { managesOrganisation } from './opportunity';

export type ApplicationAction = 'read' | 'moveAsTalent' | 'moveAsOwner';

/** What the rules need to know about the application acted on (a stored application fits). */
export interface ApplicationTarget {
  talentId: Types.ObjectId | string;
  organisationId: Types.ObjectId | string;
}

/** The side the actor is on for this application, or null when it is none of their business. */
export function sideOf(actor: Actor | null, app: ApplicationTarget): PipelineSide | null {
  if (!actor) return null;
  if (actor.role === 'talent' && actor.id === String(app.talentId)) return 'talent';
  if (managesOrganisation(actor, app.organisationId)) return 'owner';
  return null;
}

const RULES: Record<ApplicationAction, (side: PipelineSide | null) => boolean> = {
  read: (side) => side !== null,
  moveAsTalent: (side) => side === 'talent',
  moveAsOwner: (side) => side === 'owner',
};

export const applicationPolicy = {
  can(actor: Actor | null, action: ApplicationAction, app: ApplicationTarget): boolean {
    return RULES[action](sideOf(actor, app));
  },

  /** The applications an actor may see in a list, as a filter ANDed into the query. */
  scope(actor: Actor | null): Record<string, unknown> {
    if (actor?.role === 'talent') return { talentId: actor.id };
    if (actor?.organisationId && managesOrganisation(actor, actor.organisationId)) return { organisationId: actor.organisationId };
    return { _id: { $in: [] } };
  },
};
