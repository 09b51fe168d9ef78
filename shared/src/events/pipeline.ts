/**
 * Events of the opportunities pipeline, emitted in-process by the server's services once a write succeeded
 * (server/src/services/events.ts). Notifications and live updates subscribe to them. Payloads carry ids and
 * codes only, never names, emails or free text: a subscriber looks up what it shows, with its reader's rights.
 * `recipientIds` are the users the change concerns (the talent, or the owning organisation's managers), the
 * person who made it left out.
 */
import type { ApplicationStage, PipelineSide } from '../schemas/application';
import type { OpportunityStatus, OpportunityType } from '../schemas/opportunity';

/** Which opportunity, of which organisation. */
export interface OpportunityRef {
  opportunityId: string;
  organisationId: string;
  opportunityType: OpportunityType;
  /** Who made the change. */
  actorId: string;
}

/** Which application, between which talent and which opportunity, and whom to tell. */
export interface ApplicationRef extends OpportunityRef {
  applicationId: string;
  talentId: string;
  recipientIds: string[];
}

export interface PipelineEvents {
  'opportunity.created': OpportunityRef;
  /** Names of the fields changed. */
  'opportunity.updated': OpportunityRef & { fields: string[] };
  /** Recipients: talents whose application is still open (not declined, withdrawn or completed). */
  'opportunity.statusChanged': OpportunityRef & { from: OpportunityStatus; to: OpportunityStatus; recipientIds: string[] };
  /** The talent applied; `acceptedInvitation` when they were invited first. Recipients: the managers. */
  'application.submitted': ApplicationRef & { acceptedInvitation: boolean };
  /** A manager invited the talent. Recipient: the talent. */
  'application.invited': ApplicationRef;
  'application.stageChanged': ApplicationRef & { from: ApplicationStage; to: ApplicationStage; by: PipelineSide };
  /** Dates agreed (`rescheduled` when they changed after a first confirmation). Recipient: the talent. */
  'mission.confirmed': ApplicationRef & { startDate: string; endDate: string; rescheduled: boolean };
  /** Checklist items changed, by name. Recipient: the talent. */
  'mission.checklistUpdated': ApplicationRef & { items: string[] };
  /** The expert filed (or revised) their report. Recipients: the managers. */
  'mission.reported': ApplicationRef;
  /** The host side filed (or revised) its evaluation. Recipient: the talent. */
  'mission.evaluated': ApplicationRef;
}

export type PipelineEventName = keyof PipelineEvents;

/** Every pipeline event name, for subscribers that route them all. */
export const PIPELINE_EVENT_NAMES = [
  'opportunity.created',
  'opportunity.updated',
  'opportunity.statusChanged',
  'application.submitted',
  'application.invited',
  'application.stageChanged',
  'mission.confirmed',
  'mission.checklistUpdated',
  'mission.reported',
  'mission.evaluated',
] as const satisfies readonly PipelineEventName[];
