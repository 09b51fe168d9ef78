/**
 * Who may do what with an opportunity. Employers of an employer organisation create jobs and projects; officers
 * of an institution create missions, pilots and projects; drafts are allowed while the organisation is pending,
 * publishing only once it is verified. Its organisation's employers or officers manage it (edit, status, board,
 * invitations, stages). Anyone signed in reads it once it left draft; drafts stay within their organisation.
 * Talents apply while it is published and the deadline (a Moroccan calendar day) has not passed.
 */
import type { OpportunityStatus, OpportunityType } from '@kafaat/shared';
import type { Types } from 'mongoose';
import type { Actor } from './actor';

export type OpportunityAction = 'read' | 'manage' | 'publish' | 'apply';

/** What the rules need to know about the opportunity acted on (a stored opportunity fits). */
export interface OpportunityTarget {
  organisationId: Types.ObjectId | string;
  type: OpportunityType;
  status: OpportunityStatus;
  deadline?: string | null;
}

/** Statuses everyone signed in may read. */
export const PUBLIC_STATUSES: readonly OpportunityStatus[] = ['published', 'closed', 'filled', 'in-progress', 'completed'];
const TYPES_BY_KIND = { employer: ['job', 'project'], institution: ['mission', 'pilot', 'project'] } as const;
const MANAGER_ROLE = { employer: 'employer', institution: 'officer' } as const;

/** The opportunity types an actor may create (none for talents, assessors, admins, rejected organisations). */
export function creatableTypes(actor: Actor | null): readonly OpportunityType[] {
  if (!actor?.orgKind || actor.orgStatus === 'rejected' || actor.role !== MANAGER_ROLE[actor.orgKind]) return [];
  return TYPES_BY_KIND[actor.orgKind];
}

/** True for the employers (employer organisation) or officers (institution) of this organisation. */
export function managesOrganisation(actor: Actor | null, organisationId: Types.ObjectId | string): boolean {
  return !!actor?.orgKind && actor.organisationId === String(organisationId) && actor.role === MANAGER_ROLE[actor.orgKind];
}

/** Today in Morocco, "YYYY-MM-DD": deadlines are the last calendar day there. */
export function moroccanToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whether the opportunity takes applications on `today`. */
export const isOpenForApplications = (opp: OpportunityTarget, today = moroccanToday()) => opp.status === 'published' && (!opp.deadline || today <= opp.deadline);

const RULES: Record<OpportunityAction, (actor: Actor, opp: OpportunityTarget) => boolean> = {
  read: (actor, opp) => PUBLIC_STATUSES.includes(opp.status) || actor.organisationId === String(opp.organisationId),
  manage: (actor, opp) => managesOrganisation(actor, opp.organisationId),
  publish: (actor, opp) => managesOrganisation(actor, opp.organisationId) && actor.orgStatus === 'verified',
  apply: (actor, opp) => actor.role === 'talent' && isOpenForApplications(opp),
};

export const opportunityPolicy = {
  can(actor: Actor | null, action: OpportunityAction, opp: OpportunityTarget): boolean {
    return !!actor && RULES[action](actor, opp);
  },

  /** May the actor create an opportunity of this type (as a draft)? */
  canCreate: (actor: Actor | null, type: OpportunityType): boolean => creatableTypes(actor).includes(type),

  /** The opportunities an actor may see in a list, as a filter ANDed into the query. */
  scope(actor: Actor | null): Record<string, unknown> {
    if (!actor) return { _id: { $in: [] } };
    const open = { status: { $in: PUBLIC_STATUSES } };
    return actor.organisationId ? { $or: [open, { organisationId: actor.organisationId }] } : open;
  },
};
