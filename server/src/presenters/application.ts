/**
 * Applications as both sides see them. The talent appears by id, display name and headline only: nothing of
 * the profile's sensitive answers can reach an organisation through here. `allowedMoves` are the viewer's own.
 */
import { allowedMoves, type Application, type PipelineSide } from '@kafaat/shared';
import type { StoredApplication } from '../models/Application';

/** What the presenter is given besides the application (looked up in batches by the reader). */
export interface ApplicationContext {
  opportunity: Application['opportunity'];
  talent: Application['talent'];
  /** Display names of the users in the history, by id; an owner-side move by a departed member shows the organisation. */
  names: Map<string, string>;
  viewerSide: PipelineSide | null;
}

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : '');

function missionOf(mission: StoredApplication['mission']): Application['mission'] {
  if (!mission) return null;
  const { confirmation: c, report: r, evaluation: e } = mission;
  return {
    confirmation: c
      ? {
          startDate: c.startDate ?? '',
          endDate: c.endDate ?? '',
          checklist: { travel: !!c.checklist?.travel, visaLetter: !!c.checklist?.visaLetter, accommodation: !!c.checklist?.accommodation, allowance: !!c.checklist?.allowance },
        }
      : null,
    report: r ? { activities: r.activities ?? [], deliverables: r.deliverables ?? [], peopleTrained: r.peopleTrained ?? 0, followUp: r.followUp ?? '', submittedAt: iso(r.submittedAt) } : null,
    evaluation: e
      ? {
          ratings: { objectivesMet: e.ratings?.objectivesMet ?? 1, expertise: e.ratings?.expertise ?? 1, communication: e.ratings?.communication ?? 1, overall: e.ratings?.overall ?? 1 },
          comments: e.comments ?? '',
          wouldHostAgain: !!e.wouldHostAgain,
          submittedAt: iso(e.submittedAt),
        }
      : null,
  };
}

export function presentApplication(app: StoredApplication, context: ApplicationContext): Application {
  const { opportunity, talent, names, viewerSide } = context;
  return {
    id: String(app._id),
    opportunity,
    talent,
    stage: app.stage,
    motivation: app.motivation ?? '',
    documentIds: (app.documentIds ?? []).map(String),
    history: app.history.map((event) => ({
      stage: event.stage,
      by: event.by,
      byName: event.by === 'talent' ? talent.displayName : (names.get(String(event.byUserId)) ?? opportunity.organisationName),
      at: event.at.toISOString(),
      note: event.note ?? '',
    })),
    mission: missionOf(app.mission),
    allowedMoves: viewerSide ? allowedMoves(app.opportunityType, app.stage, viewerSide) : [],
    createdAt: app.createdAt.toISOString(),
    updatedAt: app.updatedAt.toISOString(),
  };
}
