import { z } from 'zod';
import { ObjectIdSchema } from './organisation';
import { CEFR_LEVELS, SPOKEN_LANGUAGES } from '../constants/languages';
import { CountryCodeSchema, TalentKindSchema } from './account';
import { SectorSchema, SkillIdSchema } from './taxonomy';

/**
 * A talent's profile: what they give the platform to be found and matched. One per talent account; its id is
 * the account's id. The talent sees everything; employers and officers see the "viewer" form, which never
 * contains the sensitive fields (nationality, residence status, gender, birth year).
 */

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const requiredText = (max: number) => text(max).min(1, 'is required');

/** A calendar date, "YYYY-MM-DD". */
export const IsoDateSchema = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });
/** A month, "YYYY-MM", for experience and education periods. */
export const YearMonthSchema = z.string().regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, 'must be a month (YYYY-MM)');

/** One of SPOKEN_LANGUAGES (ISO 639 codes). */
export const SpokenLanguageSchema = z.enum(SPOKEN_LANGUAGES, { error: 'must be a language from the list' });
export const CefrLevelSchema = z.enum(CEFR_LEVELS, { error: 'must be a CEFR level from A1 to C2' });

/** A language the talent speaks, with a CEFR level (self-assessed unless a pilot validated it). */
export const ProfileLanguageSchema = z.strictObject({
  code: SpokenLanguageSchema,
  level: CefrLevelSchema,
  /** First language(s); counts as C2 when matching. */
  native: z.boolean().default(false),
});
export type ProfileLanguage = z.infer<typeof ProfileLanguageSchema>;

/** Skill levels: 1 basic, 2 independent, 3 advanced, 4 expert (can teach or lead). */
export const SKILL_LEVELS = [1, 2, 3, 4] as const;
export const SkillLevelSchema = z.number({ error: 'must be a level from 1 to 4' }).int().min(1, 'must be a level from 1 to 4').max(4, 'must be a level from 1 to 4');

/** How a skill was acquired: with a diploma, at work, or informally (family, community, self-taught). */
export const ACQUISITION_MODES = ['diploma', 'work', 'informal'] as const;
export const AcquisitionModeSchema = z.enum(ACQUISITION_MODES);

/** Who vouches for a skill: the talent alone, or a skills-validation pilot (set only by the pilots' workflow). */
export const SKILL_VERIFICATION_STATUSES = ['self-declared', 'verified'] as const;
export const SkillVerificationStatusSchema = z.enum(SKILL_VERIFICATION_STATUSES);

/** A skill as the talent declares it. */
export const ProfileSkillInputSchema = z.strictObject({
  skillId: SkillIdSchema,
  level: SkillLevelSchema,
  /** Years of practice. */
  years: z.number({ error: 'must be a number of years' }).int().min(0, 'cannot be negative').max(60, 'must be at most 60').default(0),
  /** One or more ways it was acquired. */
  acquiredBy: z.array(AcquisitionModeSchema).min(1, 'choose at least one').max(3).default(['work']),
  /** Ids of the talent's own documents that back this skill (certificates, photos of work). */
  evidence: z.array(ObjectIdSchema).max(10, 'at most 10 documents per skill').default([]),
});
export type ProfileSkillInput = z.infer<typeof ProfileSkillInputSchema>;

/** A skill as stored and returned: the declaration plus its verification status. */
export const ProfileSkillSchema = ProfileSkillInputSchema.extend({
  verification: z.object({
    status: SkillVerificationStatusSchema,
    /** When a pilot validated it (null while self-declared). */
    verifiedAt: z.string().nullable(),
  }),
});
export type ProfileSkill = z.infer<typeof ProfileSkillSchema>;

/** A job or assignment. `end` null means current. */
export const ExperienceSchema = z
  .strictObject({
    title: requiredText(120),
    organisation: text(120).default(''),
    country: CountryCodeSchema.optional(),
    city: text(80).optional(),
    start: YearMonthSchema,
    end: YearMonthSchema.nullable().default(null),
    description: text(1000).default(''),
  })
  .refine((e) => e.end === null || e.end >= e.start, { path: ['end'], message: 'must not be before the start' });
export type Experience = z.infer<typeof ExperienceSchema>;

/** Where a qualification stands in Morocco (diploma equivalence, GCM objective 18). */
export const RECOGNITION_STATUSES = ['recognised', 'in-progress', 'not-recognised', 'no-equivalence'] as const;
export const RecognitionStatusSchema = z.enum(RECOGNITION_STATUSES);

/** A diploma, certificate or training. */
export const EducationSchema = z.strictObject({
  title: requiredText(160),
  institution: text(160).default(''),
  country: CountryCodeSchema.optional(),
  /** Year obtained (or expected). */
  year: z.number().int().min(1950, 'must be 1950 or later').max(2100).optional(),
  recognition: RecognitionStatusSchema,
});
export type Education = z.infer<typeof EducationSchema>;

/** What the talent wants to engage in. */
export const ENGAGEMENT_INTERESTS = ['employment', 'missions', 'mentoring', 'investment', 'skills-validation'] as const;
export const EngagementInterestSchema = z.enum(ENGAGEMENT_INTERESTS);

/** How the talent can work with Moroccan organisations. */
export const MobilitySchema = z
  .strictObject({
    remote: z.boolean().default(false),
    /** Short on-site missions in Morocco. */
    shortMissions: z.boolean().default(false),
    /** Longest on-site mission in weeks; only with shortMissions. */
    maxMissionWeeks: z.number().int().min(1, 'must be at least 1 week').max(52, 'must be at most 52 weeks').nullable().default(null),
    relocation: z.boolean().default(false),
  })
  .refine((m) => m.shortMissions || m.maxMissionWeeks === null, { path: ['maxMissionWeeks'], message: 'only for short missions' });
export type Mobility = z.infer<typeof MobilitySchema>;

/** A period when the talent is available (for missions, mostly). */
export const AvailabilityWindowSchema = z
  .strictObject({ from: IsoDateSchema, to: IsoDateSchema, note: text(200).default('') })
  .refine((w) => w.to >= w.from, { path: ['to'], message: 'must not be before the start date' });
export type AvailabilityWindow = z.infer<typeof AvailabilityWindowSchema>;

/** Who may see the profile: verified organisations (and officers), programme officers only, or nobody. */
export const PROFILE_VISIBILITIES = ['verified-organisations', 'officers', 'hidden'] as const;
export const ProfileVisibilitySchema = z.enum(PROFILE_VISIBILITIES);
export type ProfileVisibility = z.infer<typeof ProfileVisibilitySchema>;

/** Residence situation in the country of residence; never shown to employers. */
export const RESIDENCE_STATUSES = ['citizen', 'residence-permit', 'refugee', 'asylum-seeker', 'pending-regularisation', 'no-permit', 'prefer-not-to-say'] as const;
export const GENDERS = ['woman', 'man', 'other', 'prefer-not-to-say'] as const;

/**
 * Sensitive, optional answers, used only for anonymous programme statistics and for eligibility to pilots.
 * Only the talent ever sees them: no other role's API answer contains them, and they are never indexed.
 */
export const SensitiveSchema = z.strictObject({
  nationality: CountryCodeSchema.nullable().default(null),
  residenceStatus: z.enum(RESIDENCE_STATUSES).nullable().default(null),
  gender: z.enum(GENDERS).nullable().default(null),
  birthYear: z.number().int().min(1930, 'must be 1930 or later').max(2012, 'must be 2012 or earlier').nullable().default(null),
});
export type Sensitive = z.infer<typeof SensitiveSchema>;

const uniqueBy =
  <T>(key: (item: T) => string, message: string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i], message });
      seen.add(k);
    });
  };

/**
 * The sections of a profile without their defaults: the patch takes them as given (a default inside an optional
 * field would be filled in by zod 4 and silently overwrite what is stored), the content adds the defaults.
 */
const ProfileSections = {
  kind: TalentKindSchema,
  headline: text(120),
  summary: text(2000),
  country: CountryCodeSchema.nullable(),
  city: text(80),
  languages: z.array(ProfileLanguageSchema).max(15).superRefine(uniqueBy((l) => l.code, 'this language is already listed')),
  skills: z.array(ProfileSkillInputSchema).max(60, 'at most 60 skills').superRefine(uniqueBy((s) => s.skillId, 'this skill is already listed')),
  /** ISCO-08 minor group codes (3 digits) of the talent's occupations. */
  occupations: z.array(z.string().regex(/^\d{3}$/, 'must be an ISCO-08 minor group code')).max(5).superRefine(uniqueBy((o) => o, 'already listed')),
  experience: z.array(ExperienceSchema).max(30),
  education: z.array(EducationSchema).max(20),
  sectors: z.array(SectorSchema).max(5, 'at most 5 sectors').superRefine(uniqueBy((s) => s, 'already listed')),
  interests: z.array(EngagementInterestSchema).superRefine(uniqueBy((s) => s, 'already listed')),
  mobility: MobilitySchema,
  availability: z.array(AvailabilityWindowSchema).max(20),
  visibility: ProfileVisibilitySchema,
  sensitive: SensitiveSchema,
};

/** The editable content of a profile; every field has a default, so a new profile is valid and empty. */
export const ProfileContentSchema = z.strictObject({
  ...ProfileSections,
  headline: ProfileSections.headline.default(''),
  summary: ProfileSections.summary.default(''),
  country: ProfileSections.country.default(null),
  city: ProfileSections.city.default(''),
  languages: ProfileSections.languages.default([]),
  skills: ProfileSections.skills.default([]),
  occupations: ProfileSections.occupations.default([]),
  experience: ProfileSections.experience.default([]),
  education: ProfileSections.education.default([]),
  sectors: ProfileSections.sectors.default([]),
  interests: ProfileSections.interests.default([]),
  mobility: ProfileSections.mobility.default({ remote: false, shortMissions: false, maxMissionWeeks: null, relocation: false }),
  availability: ProfileSections.availability.default([]),
  visibility: ProfileSections.visibility.default('verified-organisations'),
  sensitive: ProfileSections.sensitive.default({ nationality: null, residenceStatus: null, gender: null, birthYear: null }),
});
export type ProfileContent = z.infer<typeof ProfileContentSchema>;

/**
 * PATCH /api/v1/me/profile: any subset of sections (the editor saves each step as the talent goes). A section
 * given replaces the stored one entirely (arrays included); sections not given are kept.
 */
export const ProfilePatchSchema = z
  .strictObject(ProfileSections)
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: 'nothing to save' });
export type ProfilePatch = z.infer<typeof ProfilePatchSchema>;

/** The next useful steps the editor suggests, in order of value for matching. */
export const COMPLETENESS_STEPS = ['headline', 'skills', 'languages', 'summary', 'location', 'experience', 'education', 'sectors', 'interests', 'availability', 'cv', 'occupations'] as const;
export const CompletenessStepSchema = z.enum(COMPLETENESS_STEPS);
export type CompletenessStep = z.infer<typeof CompletenessStepSchema>;

export const CompletenessSchema = z.object({
  /** 0–100. */
  score: z.number().int().min(0).max(100),
  /** At most three steps, most useful first; empty when complete. */
  next: z.array(CompletenessStepSchema).max(3),
});
export type Completeness = z.infer<typeof CompletenessSchema>;

/** GET/PATCH /api/v1/me/profile: the talent's own profile, everything included. */
export const OwnProfileSchema = ProfileContentSchema.extend({
  id: z.string(),
  displayName: z.string(),
  skills: z.array(ProfileSkillSchema),
  completeness: CompletenessSchema,
  /** False until the first save. */
  saved: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type OwnProfile = z.infer<typeof OwnProfileSchema>;

/**
 * What an employer or officer sees (and the talent's "as others see it" preview): no sensitive fields, no
 * visibility setting, and only documents the talent chose to share.
 */
export const ViewerProfileSchema = ProfileContentSchema.omit({ sensitive: true, visibility: true }).extend({
  id: z.string(),
  displayName: z.string(),
  skills: z.array(ProfileSkillSchema),
  sharedDocuments: z.array(z.object({ id: z.string(), kind: z.string(), name: z.string(), size: z.number() })),
  updatedAt: z.string().nullable(),
});
export type ViewerProfile = z.infer<typeof ViewerProfileSchema>;

/** GET /api/v1/talents/:id params. */
export const TalentIdParamsSchema = z.strictObject({ id: ObjectIdSchema });
