/**
 * Who may read and write a conversation. Its participants are the talent and every member of the organisation
 * that owns the opportunity; nobody else learns it exists (404). A talent starts one about an opportunity they
 * applied or were invited to; an organisation member starts one, about their organisation's opportunity, with a
 * talent whose profile they may see (or, for its managers, who is in that opportunity's pipeline).
 */
import type { ConversationSide } from '@kafaat/shared';
import type { Types } from 'mongoose';
import type { Actor } from './actor';
import { managesOrganisation } from './opportunity';

export type ConversationAction = 'read' | 'send';

/** What the rules need to know about the conversation (a stored conversation fits). */
export interface ConversationTarget {
  talentId: Types.ObjectId | string;
  organisationId: Types.ObjectId | string;
}

/** What starting needs to know: whose opportunity, and how the talent is known to the starter. */
export interface ConversationStart {
  organisationId: Types.ObjectId | string;
  talentId: string;
  /** The talent has an application (applied or invited) for this opportunity. */
  inPipeline: boolean;
  /** The starter may see the talent's profile (profilePolicy 'view'). */
  profileVisible: boolean;
}

const isMemberOf = (actor: Actor, organisationId: Types.ObjectId | string) => actor.role !== 'talent' && actor.organisationId === String(organisationId);

/** The side the actor is on, or null when the conversation is none of their business. */
export function conversationSideOf(actor: Actor | null, conv: ConversationTarget): ConversationSide | null {
  if (!actor) return null;
  if (actor.role === 'talent' && actor.id === String(conv.talentId)) return 'talent';
  if (isMemberOf(actor, conv.organisationId)) return 'organisation';
  return null;
}

const RULES: Record<ConversationAction, (side: ConversationSide | null) => boolean> = {
  read: (side) => side !== null,
  send: (side) => side !== null,
};

export const conversationPolicy = {
  can(actor: Actor | null, action: ConversationAction, conv: ConversationTarget): boolean {
    return RULES[action](conversationSideOf(actor, conv));
  },

  /** Whether the actor may open a conversation about this opportunity with this talent. */
  canStart(actor: Actor | null, start: ConversationStart): boolean {
    if (!actor) return false;
    if (actor.role === 'talent') return actor.id === start.talentId && start.inPipeline;
    if (!isMemberOf(actor, start.organisationId)) return false;
    return start.profileVisible || (start.inPipeline && managesOrganisation(actor, start.organisationId));
  },

  /** The conversations an actor may see in a list, as a filter ANDed into the query. */
  scope(actor: Actor | null): Record<string, unknown> {
    if (actor?.role === 'talent') return { talentId: actor.id };
    if (actor?.organisationId) return { organisationId: actor.organisationId };
    return { _id: { $in: [] } };
  },
};
