import { z } from 'zod';
import { ObjectIdSchema } from './organisation';
import { IsoDateSchema } from './profile';
import type { OpportunityType } from './opportunity';

/**
 * The pipeline between a talent and an opportunity: one application per (opportunity, talent), created when the
 * talent applies or the owner invites them. Every stage change records who made it and when.
 */

export const APPLICATION_STAGES = ['invited', 'applied', 'shortlisted', 'interview', 'selected', 'declined', 'withdrawn', 'confirmed', 'completed'] as const;
export const ApplicationStageSchema = z.enum(APPLICATION_STAGES);
export type ApplicationStage = z.infer<typeof ApplicationStageSchema>;

/** Who may make a move: the talent, or a manager of the opportunity (its organisation's members). */
export type PipelineSide = 'talent' | 'owner';

interface Move {
  to: ApplicationStage;
  by: PipelineSide;
  /** Only for missions. */
  missionOnly?: boolean;
}

/**
 * Every allowed move. The talent accepts (invited → applied) or declines an invitation, and may withdraw until the
 * end; the owner moves candidates forward or declines them; missions add confirmed (logistics agreed) and
 * completed (report and evaluation can be filed).
 */
export const PIPELINE_MOVES: Record<ApplicationStage, readonly Move[]> = {
  invited: [
    { to: 'applied', by: 'talent' },
    { to: 'declined', by: 'talent' },
    { to: 'withdrawn', by: 'owner' },
  ],
  applied: [
    { to: 'shortlisted', by: 'owner' },
    { to: 'interview', by: 'owner' },
    { to: 'selected', by: 'owner' },
    { to: 'declined', by: 'owner' },
    { to: 'withdrawn', by: 'talent' },
  ],
  shortlisted: [
    { to: 'applied', by: 'owner' },
    { to: 'interview', by: 'owner' },
    { to: 'selected', by: 'owner' },
    { to: 'declined', by: 'owner' },
    { to: 'withdrawn', by: 'talent' },
  ],
  interview: [
    { to: 'shortlisted', by: 'owner' },
    { to: 'selected', by: 'owner' },
    { to: 'declined', by: 'owner' },
    { to: 'withdrawn', by: 'talent' },
  ],
  selected: [
    { to: 'interview', by: 'owner' },
    { to: 'confirmed', by: 'owner', missionOnly: true },
    { to: 'declined', by: 'owner' },
    { to: 'withdrawn', by: 'talent' },
  ],
  confirmed: [
    { to: 'completed', by: 'owner', missionOnly: true },
    { to: 'withdrawn', by: 'talent' },
  ],
  declined: [],
  withdrawn: [],
  completed: [],
};

/** The stages a side may move an application to from `from`, for an opportunity of `type`. */
export function allowedMoves(type: OpportunityType, from: ApplicationStage, by: PipelineSide): ApplicationStage[] {
  return PIPELINE_MOVES[from].filter((m) => m.by === by && (!m.missionOnly || type === 'mission')).map((m) => m.to);
}

/** POST /api/v1/opportunities/:id/applications: the talent applies. */
export const ApplySchema = z.strictObject({
  motivation: z.string().trim().min(1, 'say in a few words why you are interested').max(2000),
  /** Ids of the talent's own documents to share with this application. */
  documentIds: z.array(ObjectIdSchema).max(5).default([]),
});

/** POST /api/v1/opportunities/:id/invitations: the owner invites a talent they can see. */
export const InviteTalentSchema = z.strictObject({
  talentId: ObjectIdSchema,
  message: z.string().trim().max(1000).default(''),
});

/** POST /api/v1/applications/:id/stage. */
export const StageChangeSchema = z.strictObject({
  stage: ApplicationStageSchema,
  /** Optional note kept in the history (e.g. why declined); shown to both sides. */
  note: z.string().trim().max(500).default(''),
});

/** Logistics a mission needs before it starts. */
export const CHECKLIST_ITEMS = ['travel', 'visaLetter', 'accommodation', 'allowance'] as const;
export const ChecklistSchema = z.strictObject({
  travel: z.boolean().default(false),
  visaLetter: z.boolean().default(false),
  accommodation: z.boolean().default(false),
  allowance: z.boolean().default(false),
});

/** PATCH /api/v1/applications/:id/mission/checklist (owner, once confirmed): the items given are set, the others kept. */
export const ChecklistUpdateSchema = z
  .strictObject({ travel: z.boolean().optional(), visaLetter: z.boolean().optional(), accommodation: z.boolean().optional(), allowance: z.boolean().optional() })
  .refine((c) => Object.values(c).some((v) => v !== undefined), { message: 'nothing to save' });

/** PUT /api/v1/applications/:id/mission/confirmation (owner): dates and logistics; moves selected → confirmed once. */
export const MissionConfirmationSchema = z
  .strictObject({ startDate: IsoDateSchema, endDate: IsoDateSchema, checklist: ChecklistSchema.default({ travel: false, visaLetter: false, accommodation: false, allowance: false }) })
  // zod 4 runs refinements on fields that failed their own check: compare only two real dates.
  .refine((c) => !IsoDateSchema.safeParse(c.startDate).success || !IsoDateSchema.safeParse(c.endDate).success || c.endDate >= c.startDate, {
    path: ['endDate'],
    message: 'must not be before the start date',
  });

/** PUT /api/v1/applications/:id/mission/report (the expert, once completed). Structured for programme statistics. */
export const MissionReportSchema = z.strictObject({
  activities: z.array(z.string().trim().min(1).max(500)).min(1, 'list at least one activity').max(30),
  deliverables: z.array(z.string().trim().min(1).max(500)).max(30).default([]),
  /** People trained or coached during the mission. */
  peopleTrained: z.number().int().min(0).max(100_000).default(0),
  followUp: z.string().trim().max(3000).default(''),
});

const rating = z.number().int().min(1, 'rate from 1 to 5').max(5, 'rate from 1 to 5');
/** PUT /api/v1/applications/:id/mission/evaluation (the host side, once completed). */
export const MissionEvaluationSchema = z.strictObject({
  ratings: z.strictObject({ objectivesMet: rating, expertise: rating, communication: rating, overall: rating }),
  comments: z.string().trim().max(3000).default(''),
  /** Would the host welcome this expert again. */
  wouldHostAgain: z.boolean(),
});

/** One recorded stage change. */
export const StageEventSchema = z.object({ stage: ApplicationStageSchema, by: z.enum(['talent', 'owner']), byName: z.string(), at: z.string(), note: z.string() });

/** An application as both sides see it (the talent's sensitive fields are never part of it). */
export const ApplicationSchema = z.object({
  id: z.string(),
  opportunity: z.object({ id: z.string(), type: z.enum(['job', 'project', 'mission', 'pilot']), title: z.record(z.string(), z.string()), organisationName: z.string() }),
  talent: z.object({ id: z.string(), displayName: z.string(), headline: z.string() }),
  stage: ApplicationStageSchema,
  motivation: z.string(),
  documentIds: z.array(z.string()),
  history: z.array(StageEventSchema),
  mission: z
    .object({
      confirmation: MissionConfirmationSchema.nullable(),
      report: MissionReportSchema.extend({ submittedAt: z.string() }).nullable(),
      evaluation: MissionEvaluationSchema.extend({ submittedAt: z.string() }).nullable(),
    })
    .nullable(),
  /** Moves the viewer may make now. */
  allowedMoves: z.array(ApplicationStageSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Application = z.infer<typeof ApplicationSchema>;

export const ApplicationIdParamsSchema = z.strictObject({ id: ObjectIdSchema });

/** GET /api/v1/me/applications: the talent's applications, most recently changed first. */
export const MyApplicationsQuerySchema = z.strictObject({
  stage: ApplicationStageSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/**
 * GET /api/v1/opportunities/:id/applications: the board, one column per stage with its first `limit` cards;
 * with `stage`, that column alone, from `cursor` on (the column's `nextCursor`).
 */
export const BoardQuerySchema = z
  .strictObject({
    stage: ApplicationStageSchema.optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .refine((q) => q.cursor === undefined || q.stage !== undefined, { path: ['cursor'], message: 'page through one column: give its stage too' });

/** One column of the board. */
export const BoardColumnSchema = z.object({
  stage: ApplicationStageSchema,
  /** All applications in this stage (the column may show fewer). */
  count: z.number(),
  items: z.array(ApplicationSchema),
  nextCursor: z.string().nullable(),
});
export const ApplicationBoardSchema = z.object({ columns: z.array(BoardColumnSchema) });
export type ApplicationBoard = z.infer<typeof ApplicationBoardSchema>;
