import { z } from 'zod';
import { CountryCodeSchema, TalentKindSchema } from './account';
import { OpportunityTypeSchema, WORK_MODES } from './opportunity';
import { CefrLevelSchema, EngagementInterestSchema, IsoDateSchema, SpokenLanguageSchema } from './profile';
import { SectorSchema, SkillIdSchema } from './taxonomy';
import { LOCALES } from '../constants/locales';

/**
 * Talent search (verified employers and programme staff) and opportunity search (anyone signed in). Query
 * strings carry lists as comma-separated values; values of one filter are alternatives (any of them), different
 * filters all apply. Pages follow an opaque cursor; a damaged cursor is a 400 on `cursor`.
 */

/** "a,b,c" → ["a","b","c"], each checked by `item`; empty items ignored. */
const commaList = <T extends z.ZodType<unknown, string>>(item: T, max: number) =>
  z
    .string()
    .max(2000)
    .transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(item).max(max, `at most ${max} values`));

const booleanFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** How a talent can work with Moroccan organisations, as a search filter. */
export const MOBILITY_FILTERS = ['remote', 'shortMissions', 'relocation'] as const;

/** A language with the minimum CEFR level, written "fr:B2". */
export const LanguageRequirementSchema = z
  .string()
  .regex(/^[a-z]{2,3}:(A1|A2|B1|B2|C1|C2)$/, 'write languages as code:level, e.g. fr:B2')
  .transform((v) => {
    const [code, minLevel] = v.split(':') as [string, string];
    return { code, minLevel };
  })
  .pipe(z.object({ code: SpokenLanguageSchema, minLevel: CefrLevelSchema }));

const cursor = z.string().max(1000).optional();
const lang = z.enum(LOCALES).optional();
const text = z.string().trim().max(200, 'must be at most 200 characters').optional();

/** GET /api/v1/talents/search. */
export const TalentSearchQuerySchema = z
  .strictObject({
    /** Free text over headlines, summaries and skill names in French, English and Arabic; case and accents ignored. */
    q: text,
    /** Taxonomy skill ids. */
    skills: commaList(SkillIdSchema, 20).optional(),
    /** Whether a talent must have all the skills (default) or any of them. */
    skillsMode: z.enum(['all', 'any']).default('all'),
    /** Languages with a minimum CEFR level, e.g. "fr:B2,ar:C1"; a native language counts as C2. All must be met. */
    languages: commaList(LanguageRequirementSchema, 8).optional(),
    country: commaList(CountryCodeSchema, 20).optional(),
    kind: commaList(TalentKindSchema, 3).optional(),
    sector: commaList(SectorSchema, 15).optional(),
    interest: commaList(EngagementInterestSchema, 5).optional(),
    /** Ways of working the talent accepts; all must be. */
    mobility: commaList(z.enum(MOBILITY_FILTERS), 3).optional(),
    /** Talents with an availability window overlapping [availableFrom, availableTo] (either side may be open). */
    availableFrom: IsoDateSchema.optional(),
    availableTo: IsoDateSchema.optional(),
    /** Only skills validated by a pilot count (for `skills`; without `skills`, talents with any validated skill). */
    verifiedOnly: booleanFlag.default(false),
    /** Most years of practice of any one skill, at least. */
    minYears: z.coerce.number().int().min(0).max(60).optional(),
    sort: z.enum(['relevance', 'recent']).default('relevance'),
    cursor,
    limit: z.coerce.number().int().min(1).max(50).default(20),
    /** Language of skill labels in the answer; the user's language by default. */
    lang,
  })
  .refine((v) => !v.availableFrom || !v.availableTo || v.availableTo >= v.availableFrom, { path: ['availableTo'], message: 'must not be before availableFrom' });
export type TalentSearchQuery = z.infer<typeof TalentSearchQuerySchema>;

/** A value of a facet and how many results have it (counted with every other filter applied, not its own). */
export const FacetBucketSchema = z.object({ value: z.string(), count: z.number().int(), label: z.string().optional() });
export type FacetBucket = z.infer<typeof FacetBucketSchema>;

/** One talent found. Never any sensitive field (nationality, residence status, gender, age) nor the email. */
export const TalentSearchHitSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  kind: TalentKindSchema,
  headline: z.string(),
  country: z.string().nullable(),
  city: z.string().nullable(),
  skills: z.array(z.object({ id: z.string(), label: z.string(), level: z.number().int(), years: z.number().int(), verified: z.boolean() })),
  languages: z.array(z.object({ code: z.string(), level: CefrLevelSchema, native: z.boolean() })),
  /** Passages matching `q`, as written, with matches between <em> and </em> (the rest is HTML-escaped). */
  highlights: z.object({ headline: z.string().optional(), summary: z.string().optional(), skills: z.array(z.string()).optional() }),
  score: z.number(),
});
export type TalentSearchHit = z.infer<typeof TalentSearchHitSchema>;

export const TalentSearchResultSchema = z.object({
  items: z.array(TalentSearchHitSchema),
  /** How many talents match every filter. */
  total: z.number().int(),
  /** Counts per facet value; on the first page only (empty lists after a cursor: the first page's counts hold). */
  facets: z.object({
    skills: z.array(FacetBucketSchema),
    languages: z.array(FacetBucketSchema),
    country: z.array(FacetBucketSchema),
    kind: z.array(FacetBucketSchema),
    sector: z.array(FacetBucketSchema),
    interest: z.array(FacetBucketSchema),
    mobility: z.array(FacetBucketSchema),
  }),
  nextCursor: z.string().nullable(),
});
export type TalentSearchResult = z.infer<typeof TalentSearchResultSchema>;

/** GET /api/v1/opportunities/search: published opportunities still taking applications. */
export const OpportunitySearchQuerySchema = z
  .strictObject({
    /** Free text over titles, descriptions (every language) and the names of the skills asked for. */
    q: text,
    type: commaList(OpportunityTypeSchema, 4).optional(),
    sector: commaList(SectorSchema, 15).optional(),
    locationMode: commaList(z.enum(WORK_MODES), 3).optional(),
    country: commaList(CountryCodeSchema, 20).optional(),
    city: z.string().trim().min(1).max(80).optional(),
    /** Opportunities whose dates overlap [from, to]; those without dates are included. */
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    /** relevance; recent (newest publication first); deadline (soonest deadline first). */
    sort: z.enum(['relevance', 'recent', 'deadline']).default('relevance'),
    cursor,
    limit: z.coerce.number().int().min(1).max(50).default(20),
    /** Language of titles in the answer (falls back to another one written); the user's language by default. */
    lang,
  })
  .refine((v) => !v.from || !v.to || v.to >= v.from, { path: ['to'], message: 'must not be before from' });
export type OpportunitySearchQuery = z.infer<typeof OpportunitySearchQuerySchema>;

export const OpportunitySearchHitSchema = z.object({
  id: z.string(),
  type: OpportunityTypeSchema,
  organisation: z.object({ id: z.string(), name: z.string() }),
  title: z.string(),
  sector: SectorSchema,
  location: z.object({ mode: z.enum(WORK_MODES), country: z.string().nullable(), city: z.string().nullable() }),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  deadline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** Passages matching `q`, as written, with matches between <em> and </em> (the rest is HTML-escaped). */
  highlights: z.object({ title: z.string().optional(), description: z.string().optional() }),
  score: z.number(),
});
export type OpportunitySearchHit = z.infer<typeof OpportunitySearchHitSchema>;

export const OpportunitySearchResultSchema = z.object({
  items: z.array(OpportunitySearchHitSchema),
  total: z.number().int(),
  facets: z.object({ type: z.array(FacetBucketSchema), sector: z.array(FacetBucketSchema), locationMode: z.array(FacetBucketSchema) }),
  nextCursor: z.string().nullable(),
});
export type OpportunitySearchResult = z.infer<typeof OpportunitySearchResultSchema>;
