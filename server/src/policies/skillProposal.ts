/**
 * Who may change the skills taxonomy. Programme staff (officers of verified institutions, admins) propose new
 * skills and synonyms and follow their own proposals; admins see every proposal, decide on them (never on their
 * own: a change needs two people) and read the change log. Any signed-in person may read a skill.
 */
import type { Types } from 'mongoose';
import { isProgrammeStaff, type Actor } from './actor';

export type SkillProposalAction = 'propose' | 'list' | 'review' | 'readChanges' | 'readSkill';

/** What the rules need to know about the proposal acted on. */
export interface SkillProposalTarget {
  proposedBy: Types.ObjectId | string;
}

const RULES: Record<SkillProposalAction, (actor: Actor, proposal: SkillProposalTarget | undefined) => boolean> = {
  propose: (actor) => isProgrammeStaff(actor),
  list: (actor) => isProgrammeStaff(actor),
  // Without a target: whether the actor may review at all (asked before the proposal is read).
  review: (actor, proposal) => actor.role === 'admin' && (!proposal || String(proposal.proposedBy) !== actor.id),
  readChanges: (actor) => actor.role === 'admin',
  readSkill: () => true,
};

export const skillProposalPolicy = {
  can(actor: Actor | null, action: SkillProposalAction, proposal?: SkillProposalTarget): boolean {
    return !!actor && RULES[action](actor, proposal);
  },

  /** The proposals an actor may see in a list, as a filter ANDed into the query: admins all, staff their own. */
  scope(actor: Actor | null): Record<string, unknown> {
    if (actor?.role === 'admin') return {};
    if (isProgrammeStaff(actor)) return { proposedBy: actor!.id };
    return { _id: { $in: [] } };
  },
};
