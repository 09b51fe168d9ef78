/** Test factories: applications and boards as the API returns them, with what a test needs overridden. */
import { APPLICATION_STAGES, type Application, type ApplicationBoard } from '@kafaat/shared';

export const TALENT_ID = '64b7f0c2a1b2c3d4e5f60718';

/** Amina's application to the scanner mission, just received (the owner's view: the owner's moves). */
export function buildApplication(overrides: Partial<Application> = {}): Application {
  return {
    id: '65c0ffee00000000000000a1',
    opportunity: { id: '65c0ffee0000000000000001', type: 'mission', title: { fr: 'Former les techniciens à la maintenance des scanners' }, organisationName: 'Programme Diaspora Santé' },
    talent: { id: TALENT_ID, displayName: 'Amina El Idrissi', headline: 'Ingénieure biomédicale' },
    stage: 'applied',
    motivation: 'J’ai installé ce modèle de scanner à Toulouse.',
    documentIds: [],
    history: [{ stage: 'applied', by: 'talent', byName: 'Amina El Idrissi', at: '2026-11-21T10:00:00.000Z', note: '' }],
    mission: { confirmation: null, report: null, evaluation: null },
    allowedMoves: ['shortlisted', 'interview', 'selected', 'declined'],
    createdAt: '2026-11-21T10:00:00.000Z',
    updatedAt: '2026-11-21T10:00:00.000Z',
    ...overrides,
  };
}

/** A board with these applications in the columns of their stages (every stage present, as the API answers). */
export function buildBoard(applications: Application[], nextCursors: Partial<Record<Application['stage'], string>> = {}, counts: Partial<Record<Application['stage'], number>> = {}): ApplicationBoard {
  return {
    columns: APPLICATION_STAGES.map((stage) => {
      const items = applications.filter((application) => application.stage === stage);
      return { stage, count: counts[stage] ?? items.length, items, nextCursor: nextCursors[stage] ?? null };
    }),
  };
}
