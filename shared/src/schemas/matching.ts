import { z } from 'zod';
import { CountryCodeSchema, LocaleSchema, TalentKindSchema } from './account';
import { OpportunityTypeSchema, WORK_MODES } from './opportunity';
import { CefrLevelSchema, SkillLevelSchema, SpokenLanguageSchema } from './profile';
import { SkillIdSchema } from './taxonomy';

/**
 * Matching a talent with an opportunity (docs/MATCHING.md). The explanation is data, not sentences: codes, ids
 * and numbers the client renders in French, Arabic or English, with skill labels sent beside the page.
 */

/** How a required skill is covered: the skill itself (at any level), a close skill standing in, or nothing. */
export const SKILL_FIT_STATUSES = ['met', 'close', 'missing'] as const;
export const SkillFitStatusSchema = z.enum(SKILL_FIT_STATUSES);

/**
 * How the talent's stand-in skill relates to the required one: `broader` = the talent has the more general skill,
 * `narrower` = a more specific one, `related` = a sibling the taxonomy lists as close.
 */
export const CLOSE_RELATIONS = ['broader', 'related', 'narrower'] as const;
export const CloseRelationSchema = z.enum(CLOSE_RELATIONS);
export type CloseRelation = z.infer<typeof CloseRelationSchema>;

/** One required skill (must-have or nice-to-have) against the talent's skills. */
export const SkillFitSchema = z.object({
  /** The skill the opportunity asks for. */
  skillId: SkillIdSchema,
  status: SkillFitStatusSchema,
  /** With status "close": the talent's skill that stands in, and how it relates to the required one. */
  via: z.object({ skillId: SkillIdSchema, relation: CloseRelationSchema }).optional(),
  /** Level of the talent's skill used (the required one or its stand-in); null when missing. */
  talentLevel: SkillLevelSchema.nullable(),
  minLevel: SkillLevelSchema,
  /** Whether the talent's skill used was verified by a skills-validation pilot. */
  verified: z.boolean(),
  /** 0–1: relation credit × level credit (1 = the skill itself at or above the minimum level). */
  credit: z.number().min(0).max(1),
});
export type SkillFit = z.infer<typeof SkillFitSchema>;

/** One required language against the talent's (a first language counts as C2). */
export const LanguageFitSchema = z.object({
  code: SpokenLanguageSchema,
  minLevel: CefrLevelSchema,
  /** The talent's level; null when they do not list the language. */
  talentLevel: CefrLevelSchema.nullable(),
  status: z.enum(['met', 'below', 'missing']),
  /** 0–1: 1 at or above the minimum, less for each CEFR step short, 0 when missing. */
  fit: z.number().min(0).max(1),
});
export type LanguageFit = z.infer<typeof LanguageFitSchema>;

/** The talent's availability windows against the mission's dates (missions with a start date only). */
export const AvailabilityFitSchema = z.object({
  applicable: z.boolean(),
  /** False when the talent declared no window at all: availability is unknown, not refused. */
  windowsDeclared: z.boolean(),
  /** Calendar days the talent must be free: the mission's period, or its duration if that is shorter. */
  requiredDays: z.number().int().min(0),
  /** Calendar days of the mission's period covered by the talent's windows. */
  overlapDays: z.number().int().min(0),
  fit: z.number().min(0).max(1),
});
export type AvailabilityFit = z.infer<typeof AvailabilityFitSchema>;

/**
 * Why the location fits (the best reason found): `remote` (remote or hybrid work and the talent works remotely),
 * `remote-not-declared` (remote work, but the talent did not say they work remotely), `same-city`, `same-country` (lives in the country, another city), `short-missions` (takes on-site missions in
 * Morocco long enough), `mission-too-long` (takes short missions, but shorter ones), `relocation` (would move, for
 * jobs), `none`.
 */
export const LOCATION_REASONS = ['remote', 'remote-not-declared', 'same-city', 'same-country', 'short-missions', 'mission-too-long', 'relocation', 'none'] as const;
export const LocationFitSchema = z.object({
  mode: z.enum(WORK_MODES),
  reason: z.enum(LOCATION_REASONS),
  fit: z.number().min(0).max(1),
  /** Missions: their length in weeks (working days / 5, rounded up); null otherwise. */
  missionWeeks: z.number().int().nullable(),
  /** The talent's longest on-site mission in weeks (null: not given). */
  maxMissionWeeks: z.number().int().nullable(),
});
export type LocationFit = z.infer<typeof LocationFitSchema>;

/**
 * The hard rule on must-haves, as three disjoint score bands: `all-met` (every must-have, itself, at its level),
 * `all-covered` (every must-have covered, some by a close skill or below the level), `some-missing`.
 */
export const MATCH_TIERS = ['all-met', 'all-covered', 'some-missing'] as const;
export const MatchTierSchema = z.enum(MATCH_TIERS);
export type MatchTier = z.infer<typeof MatchTierSchema>;

/** Each part of the fit, 0–1, before weighting; null when the opportunity asks nothing of that kind. */
export const MatchComponentsSchema = z.object({
  mustHave: z.number().nullable(),
  niceToHave: z.number().nullable(),
  languages: z.number().nullable(),
  availability: z.number().nullable(),
  location: z.number().nullable(),
  verified: z.number().nullable(),
});

/** Why a talent and an opportunity fit (or do not), part by part. */
export const MatchExplanationSchema = z.object({
  tier: MatchTierSchema,
  mustHave: z.array(SkillFitSchema),
  niceToHave: z.array(SkillFitSchema),
  languages: z.array(LanguageFitSchema),
  availability: AvailabilityFitSchema,
  location: LocationFitSchema,
  /** Required skills covered by a verified skill of the talent, out of all required skills. */
  verified: z.object({ count: z.number().int(), of: z.number().int() }),
  components: MatchComponentsSchema,
});
export type MatchExplanation = z.infer<typeof MatchExplanationSchema>;

/** Query of both match lists. `cursor` is the position in the ranked list (see docs/MATCHING.md). */
export const MatchListQuerySchema = z.strictObject({
  /** Language of the skill labels returned. */
  lang: LocaleSchema.default('fr'),
  cursor: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** A ranked page: items, the cursor of the next page, how many candidates were ranked, skill labels. */
const matchPage = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    /** Candidates ranked (at most the retrieval limit), across all pages. */
    total: z.number().int(),
    /** Label in the requested language of every skill id named in this page's explanations. */
    skillLabels: z.record(z.string(), z.string()),
  });

/** What an opportunity's managers see of a matching talent: nothing sensitive. */
export const MatchedTalentSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  headline: z.string(),
  kind: TalentKindSchema,
  country: CountryCodeSchema.nullable(),
  city: z.string(),
});

/** GET /api/v1/opportunities/:id/matches: talents ranked for one opportunity. */
export const TalentMatchSchema = z.object({ talent: MatchedTalentSchema, score: z.number().min(0).max(1), explanation: MatchExplanationSchema });
export type TalentMatch = z.infer<typeof TalentMatchSchema>;
export const TalentMatchPageSchema = matchPage(TalentMatchSchema);
export type TalentMatchPage = z.infer<typeof TalentMatchPageSchema>;

/** An opportunity as a talent's match list shows it. */
export const MatchedOpportunitySchema = z.object({
  id: z.string(),
  type: OpportunityTypeSchema,
  title: z.record(z.string(), z.string()),
  organisation: z.object({ id: z.string(), name: z.string() }),
  location: z.object({ mode: z.enum(WORK_MODES), country: z.string(), city: z.string() }),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  deadline: z.string().nullable(),
});

/** GET /api/v1/me/matches: open opportunities ranked for the signed-in talent. */
export const OpportunityMatchSchema = z.object({ opportunity: MatchedOpportunitySchema, score: z.number().min(0).max(1), explanation: MatchExplanationSchema });
export type OpportunityMatch = z.infer<typeof OpportunityMatchSchema>;
export const OpportunityMatchPageSchema = matchPage(OpportunityMatchSchema);
export type OpportunityMatchPage = z.infer<typeof OpportunityMatchPageSchema>;
