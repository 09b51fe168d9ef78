import type { ApplicationStage, OpportunityType } from '@kafaat/shared';

/** The board's columns in the order work flows through them: open stages first, then where pipelines end. */
const BOARD_ORDER: readonly ApplicationStage[] = ['invited', 'applied', 'shortlisted', 'interview', 'selected', 'confirmed', 'completed', 'declined', 'withdrawn'];
/** Stages only missions reach. */
const MISSION_STAGES: readonly ApplicationStage[] = ['confirmed', 'completed'];

/** The columns an opportunity's board shows (confirmed and completed only for missions). */
export function boardStages(type: OpportunityType): ApplicationStage[] {
  return BOARD_ORDER.filter((stage) => type === 'mission' || !MISSION_STAGES.includes(stage));
}

/** Moves a manager makes through the stage endpoint; confirming a mission goes through its confirmation form. */
export const directMoves = (moves: readonly ApplicationStage[]) => moves.filter((stage) => stage !== 'confirmed');
