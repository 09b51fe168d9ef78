import { z } from 'zod';

/**
 * The skills taxonomy: one JSON file per sector in shared/taxonomy/skills/<sector>.json, plus the ISCO-08
 * structure (major, sub-major and minor groups) in shared/taxonomy/isco08.json. Admins keep it; matching,
 * search and skills validation refer to skills by their stable id.
 */

/** Stable id of a skill: `<sector>.<kebab-slug>`, e.g. "engineering.civil-engineering". Never reused or renamed. */
export const SkillIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'must look like <sector>.<kebab-slug>, e.g. "engineering.civil-engineering"');
export type SkillId = z.infer<typeof SkillIdSchema>;

/** Sectors of the taxonomy; each has its own skill file named after its id. */
export const SECTORS = [
  'health',
  'engineering',
  'it-data',
  'construction',
  'agriculture-agrifood',
  'tourism-hospitality',
  'education-research',
  'finance-accounting',
  'logistics-transport',
  'crafts-textiles',
  'public-administration',
  'law',
  'languages-translation',
  'entrepreneurship-investment',
  'transversal',
] as const;
/** One of the SECTORS ids. */
export const SectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof SectorSchema>;

/** A name in each interface language; none may be empty. */
export const TaxonomyLabelsSchema = z.strictObject({
  /** French name (the programme's working language). */
  fr: z.string().trim().min(1),
  /** English name. */
  en: z.string().trim().min(1),
  /** Modern Standard Arabic name, in Arabic script. */
  ar: z.string().trim().min(1),
});
export type TaxonomyLabels = z.infer<typeof TaxonomyLabelsSchema>;

/** Other ways people write a skill in each language (CV wording, job-ad wording, spellings); may be empty. */
export const TaxonomySynonymsSchema = z.strictObject({
  /** French alternatives. */
  fr: z.array(z.string().trim().min(1)),
  /** English alternatives. */
  en: z.array(z.string().trim().min(1)),
  /** Arabic alternatives (MSA, as used in Morocco). */
  ar: z.array(z.string().trim().min(1)),
});
export type TaxonomySynonyms = z.infer<typeof TaxonomySynonymsSchema>;

/** An ISCO-08 unit group (4 digits) or minor group (3 digits) code. */
export const IscoSkillCodeSchema = z.string().regex(/^\d{3,4}$/, 'must be an ISCO-08 minor (3-digit) or unit (4-digit) group code');

/** One skill of the taxonomy. */
export const TaxonomySkillSchema = z.strictObject({
  /** Stable id, `<sector>.<slug>`; the sector part is the id of the file's sector. */
  id: SkillIdSchema,
  /** Preferred name in each language, as shown in the interface. */
  labels: TaxonomyLabelsSchema,
  /** Alternative names per language, used for search and for suggesting skills from a CV. */
  synonyms: TaxonomySynonymsSchema,
  /** More general skills of the same sector (empty for a top-level skill); never forms a cycle. */
  broader: z.array(SkillIdSchema),
  /** Close skills that could stand in for this one when matching (same sector). */
  related: z.array(SkillIdSchema),
  /** ISCO-08 occupation groups where this skill is typically used (3–4 digit codes). */
  isco: z.array(IscoSkillCodeSchema),
});
export type TaxonomySkill = z.infer<typeof TaxonomySkillSchema>;

/** Contents of shared/taxonomy/skills/<sector>.json. */
export const SkillFileSchema = z.strictObject({
  /** The sector every skill of the file belongs to. */
  sector: SectorSchema,
  /** The sector's name in each language. */
  labels: TaxonomyLabelsSchema,
  /** The sector's skills. */
  skills: z.array(TaxonomySkillSchema),
});
export type SkillFile = z.infer<typeof SkillFileSchema>;

/** Levels of the ISCO-08 hierarchy stored in isco08.json (unit groups are not listed there). */
export const ISCO_LEVELS = ['major', 'sub-major', 'minor'] as const;
export const IscoLevelSchema = z.enum(ISCO_LEVELS);
export type IscoLevel = z.infer<typeof IscoLevelSchema>;

/** One ISCO-08 group. */
export const IscoGroupSchema = z.strictObject({
  /** Official code: 1 digit for a major group, 2 for a sub-major group, 3 for a minor group. */
  code: z.string().regex(/^\d{1,3}$/, 'must be 1 to 3 digits'),
  /** Level in the hierarchy; matches the number of digits of the code. */
  level: IscoLevelSchema,
  /** Code of the enclosing group; null for a major group. */
  parent: z.string().regex(/^\d{1,2}$/).nullable(),
  /** Title in each language (English as published by the ILO, French from CITP-08). */
  labels: TaxonomyLabelsSchema,
});
export type IscoGroup = z.infer<typeof IscoGroupSchema>;

/** Contents of shared/taxonomy/isco08.json. */
export const IscoFileSchema = z.strictObject({
  /** Classification version, "ISCO-08". */
  version: z.string().min(1),
  /** All major, sub-major and minor groups. */
  groups: z.array(IscoGroupSchema),
});
export type IscoFile = z.infer<typeof IscoFileSchema>;

/** GET /api/v1/skills/suggest: the skill picker's search-as-you-type, over all three languages at once. */
export const SkillSuggestQuerySchema = z.strictObject({
  /** What the user typed so far, in any language; case, accents and Arabic diacritics do not matter. */
  q: z.string().trim().min(1, 'type at least one character').max(80, 'must be at most 80 characters'),
  /** Language the labels are returned in. */
  lang: z.enum(['fr', 'en', 'ar']).default('fr'),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

/** One skill proposed by the picker. */
export const SkillSuggestionSchema = z.object({
  id: SkillIdSchema,
  /** Label in the requested language. */
  label: z.string(),
  labels: TaxonomyLabelsSchema,
  sector: SectorSchema,
  /** Relevance from Elasticsearch, for ordering only. */
  score: z.number(),
});
export type SkillSuggestion = z.infer<typeof SkillSuggestionSchema>;

/** Another skill named by a skill (a broader or related one), with its names for display. */
export const SkillRefSchema = z.object({ id: SkillIdSchema, labels: TaxonomyLabelsSchema });

/** GET /api/v1/skills/:id: one skill as the taxonomy holds it now (files plus approved revisions). */
export const SkillDetailSchema = z.object({
  id: SkillIdSchema,
  sector: SectorSchema,
  labels: TaxonomyLabelsSchema,
  synonyms: TaxonomySynonymsSchema,
  /** More general skills, with their names; ids that no longer exist are left out. */
  broader: z.array(SkillRefSchema),
  /** Close skills, with their names. */
  related: z.array(SkillRefSchema),
  isco: z.array(z.string()),
});
export type SkillDetail = z.infer<typeof SkillDetailSchema>;

/** Path parameters of GET /api/v1/skills/:id. */
export const SkillIdParamsSchema = z.strictObject({ id: SkillIdSchema });

/** GET /api/v1/occupations: the ISCO-08 groups a profile's occupations are chosen from (minor groups). */
export const OccupationListSchema = z.object({
  version: z.string(),
  groups: z.array(IscoGroupSchema),
});
export type OccupationList = z.infer<typeof OccupationListSchema>;
