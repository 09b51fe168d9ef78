import { z } from 'zod';
import { CountryCodeSchema } from './account';
import { ObjectIdSchema } from './organisation';
import { CefrLevelSchema, IsoDateSchema, SkillLevelSchema, SpokenLanguageSchema } from './profile';
import { SectorSchema, SkillIdSchema } from './taxonomy';

/**
 * Opportunities: jobs and projects published by verified employers (projects also by institutions),
 * knowledge-transfer missions published by programme officers for a host institution in Morocco, and calls for
 * skills-validation pilots. Matching compares their required skills and languages with talents' profiles by
 * taxonomy id, so an opportunity written in English matches a profile written in French.
 */

export const OPPORTUNITY_TYPES = ['job', 'project', 'mission', 'pilot'] as const;
export const OpportunityTypeSchema = z.enum(OPPORTUNITY_TYPES);
export type OpportunityType = z.infer<typeof OpportunityTypeSchema>;

/**
 * Lifecycle: draft → published → closed or filled; missions go on: filled (or published) → in-progress →
 * completed. `OPPORTUNITY_TRANSITIONS` is the single source of truth for allowed moves.
 */
export const OPPORTUNITY_STATUSES = ['draft', 'published', 'closed', 'filled', 'in-progress', 'completed'] as const;
export const OpportunityStatusSchema = z.enum(OPPORTUNITY_STATUSES);
export type OpportunityStatus = z.infer<typeof OpportunityStatusSchema>;

export const OPPORTUNITY_TRANSITIONS: Record<OpportunityStatus, readonly OpportunityStatus[]> = {
  draft: ['published', 'closed'],
  published: ['closed', 'filled', 'in-progress'],
  filled: ['published', 'in-progress', 'closed'],
  'in-progress': ['completed'],
  closed: ['published'],
  completed: [],
};
/** Statuses only missions reach. */
export const MISSION_ONLY_STATUSES: readonly OpportunityStatus[] = ['in-progress', 'completed'];

/** True when an opportunity of this type may move from `from` to `to`. */
export function opportunityMayMove(type: OpportunityType, from: OpportunityStatus, to: OpportunityStatus): boolean {
  if (MISSION_ONLY_STATUSES.includes(to) && type !== 'mission') return false;
  return OPPORTUNITY_TRANSITIONS[from].includes(to);
}

/** Text in one or more of the interface languages; at least one must be given. */
export const MultilingualTextSchema = (max: number) =>
  z
    .strictObject({
      fr: z.string().trim().max(max, `must be at most ${max} characters`).optional(),
      ar: z.string().trim().max(max, `must be at most ${max} characters`).optional(),
      en: z.string().trim().max(max, `must be at most ${max} characters`).optional(),
    })
    .refine((t) => Object.values(t).some((v) => v && v.length > 0), { message: 'write it in at least one language (French, Arabic or English)' });
export type MultilingualText = { fr?: string; ar?: string; en?: string };

/** A skill the opportunity asks for, with the minimum level (1–4). */
export const RequiredSkillSchema = z.strictObject({ skillId: SkillIdSchema, minLevel: SkillLevelSchema.default(2) });
export type RequiredSkill = z.infer<typeof RequiredSkillSchema>;

/** A language the opportunity asks for, with the minimum CEFR level. */
export const RequiredLanguageSchema = z.strictObject({ code: SpokenLanguageSchema, minLevel: CefrLevelSchema });

/** Where the work happens. */
export const WORK_MODES = ['onsite', 'remote', 'hybrid'] as const;
export const LocationSchema = z.strictObject({
  mode: z.enum(WORK_MODES),
  country: CountryCodeSchema.default('MA'),
  city: z.string().trim().max(80).default(''),
});

/** Mission details (type "mission"): the host institution's terms of reference. */
export const MissionDetailsSchema = z.strictObject({
  hostInstitution: z.string().trim().min(2, 'is required').max(160),
  objectives: z.string().trim().min(1, 'is required').max(3000),
  deliverables: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
  /** Length of the assignment in working days. */
  durationDays: z.number().int().min(1, 'must be at least 1 day').max(180, 'must be at most 180 days'),
  /** Budget lines the programme covers, in Moroccan dirhams. */
  budget: z.strictObject({
    travelMad: z.number().min(0).max(1_000_000).default(0),
    dailyAllowanceMad: z.number().min(0).max(100_000).default(0),
  }),
});

/** Project details (type "project"). */
export const ProjectDetailsSchema = z.strictObject({
  purpose: z.enum(['investment', 'research', 'development']),
  /** What the project looks for: expertise, investors, or both. */
  seeking: z.array(z.enum(['expertise', 'investment'])).min(1).max(2),
});

const skillsUnique = (skills: { skillId: string }[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  skills.forEach((s, i) => {
    if (seen.has(s.skillId)) ctx.addIssue({ code: 'custom', path: [i, 'skillId'], message: 'this skill is already listed' });
    seen.add(s.skillId);
  });
};

/**
 * What the owner writes, without defaults: the update takes fields as given (zod 4 fills a default inside an
 * optional field, so a patch of one field would silently reset the others); create adds the defaults.
 */
const opportunitySections = {
  title: MultilingualTextSchema(160),
  description: MultilingualTextSchema(6000),
  sector: SectorSchema,
  mustHaveSkills: z.array(RequiredSkillSchema).max(15).superRefine(skillsUnique),
  niceToHaveSkills: z.array(RequiredSkillSchema).max(20).superRefine(skillsUnique),
  languages: z.array(RequiredLanguageSchema).max(8),
  location: LocationSchema,
  startDate: IsoDateSchema.nullable(),
  endDate: IsoDateSchema.nullable(),
  /** Last day to apply. */
  deadline: IsoDateSchema.nullable(),
  seats: z.number().int().min(1).max(500),
  mission: MissionDetailsSchema.optional(),
  project: ProjectDetailsSchema.optional(),
};

/** The same fields with their defaults, for a new opportunity. */
const opportunityFields = {
  ...opportunitySections,
  mustHaveSkills: opportunitySections.mustHaveSkills.default([]),
  niceToHaveSkills: opportunitySections.niceToHaveSkills.default([]),
  languages: opportunitySections.languages.default([]),
  startDate: opportunitySections.startDate.default(null),
  endDate: opportunitySections.endDate.default(null),
  deadline: opportunitySections.deadline.default(null),
  seats: opportunitySections.seats.default(1),
};

const checkConsistency = (o: { type?: OpportunityType; startDate?: string | null; endDate?: string | null; mission?: unknown; project?: unknown }, ctx: z.RefinementCtx) => {
  // zod 4 runs refinements on fields that failed their own check: compare only two real dates.
  const dates = [o.startDate, o.endDate].every((d) => d && IsoDateSchema.safeParse(d).success);
  if (dates && o.endDate! < o.startDate!) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before the start date' });
  if (o.type === 'mission' && !o.mission) ctx.addIssue({ code: 'custom', path: ['mission'], message: 'a mission needs its host institution, objectives, duration and budget' });
  if (o.type !== undefined && o.type !== 'mission' && o.mission) ctx.addIssue({ code: 'custom', path: ['mission'], message: 'only missions have mission details' });
  if (o.type === 'project' && !o.project) ctx.addIssue({ code: 'custom', path: ['project'], message: 'say what the project is for and what it seeks' });
  if (o.type !== undefined && o.type !== 'project' && o.project) ctx.addIssue({ code: 'custom', path: ['project'], message: 'only projects have project details' });
};

/** POST /api/v1/opportunities: created as a draft by a member of the owning organisation. */
export const CreateOpportunitySchema = z.strictObject({ type: OpportunityTypeSchema, ...opportunityFields }).superRefine(checkConsistency);
export type CreateOpportunity = z.infer<typeof CreateOpportunitySchema>;

/**
 * PATCH /api/v1/opportunities/:id: any fields; those not given are kept; the type never changes. The server
 * checks the result (dates, mission/project details against the stored type) once merged with what is stored.
 */
export const UpdateOpportunitySchema = z
  .strictObject(opportunitySections)
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: 'nothing to save' })
  .superRefine(checkConsistency);
export type UpdateOpportunity = z.infer<typeof UpdateOpportunitySchema>;

/** Checks a merged opportunity (stored fields plus a patch) with the same rules as create; issues name the fields. */
export const OpportunityConsistencySchema = z
  .object({ type: OpportunityTypeSchema, startDate: z.string().nullable(), endDate: z.string().nullable(), mission: z.unknown().optional(), project: z.unknown().optional() })
  .superRefine(checkConsistency);

/** POST /api/v1/opportunities/:id/status. */
export const OpportunityStatusChangeSchema = z.strictObject({ status: OpportunityStatusSchema });

/** An opportunity as the API returns it. */
export const OpportunitySchema = z.object({
  id: z.string(),
  type: OpportunityTypeSchema,
  status: OpportunityStatusSchema,
  organisation: z.object({ id: z.string(), name: z.string(), kind: z.enum(['employer', 'institution']) }),
  title: z.record(z.string(), z.string()),
  description: z.record(z.string(), z.string()),
  sector: SectorSchema,
  mustHaveSkills: z.array(RequiredSkillSchema),
  niceToHaveSkills: z.array(RequiredSkillSchema),
  languages: z.array(RequiredLanguageSchema),
  location: LocationSchema,
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  deadline: z.string().nullable(),
  seats: z.number(),
  mission: MissionDetailsSchema.nullable(),
  project: ProjectDetailsSchema.nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Whether the signed-in user may edit it and see its board. */
  canManage: z.boolean(),
});
export type Opportunity = z.infer<typeof OpportunitySchema>;

/** GET /api/v1/opportunities: published ones for talents; the organisation's own (any status) with `mine=true`. */
export const OpportunityListQuerySchema = z.strictObject({
  mine: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  type: OpportunityTypeSchema.optional(),
  status: OpportunityStatusSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const OpportunityIdParamsSchema = z.strictObject({ id: ObjectIdSchema });
