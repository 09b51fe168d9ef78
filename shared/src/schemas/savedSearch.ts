import { z } from 'zod';
import { TalentKindSchema } from './account';
import { ObjectIdSchema } from './organisation';
import { CefrLevelSchema, EngagementInterestSchema, SpokenLanguageSchema } from './profile';
import { MOBILITY_FILTERS, TalentSearchQuerySchema } from './search';
import { SectorSchema } from './taxonomy';

/**
 * Saved talent searches (verified employers and programme staff): a name, the filters of a talent search, and
 * whether new matches should be notified. Filters are sent as the talent search takes its query parameters
 * (the very same field schemas, so anything saved can be run), stored parsed, and answered parsed along with
 * the canonical query string that runs the search again.
 */

/** Searches one person may keep. */
export const SAVED_SEARCHES_MAX = 50;
export const SAVED_SEARCH_NAME_MAX = 80;

// Paging, order and language belong to one run of the search, not to what is saved.
const { cursor: _cursor, limit: _limit, sort: _sort, lang: _lang, ...filterFields } = TalentSearchQuerySchema.shape;

/** The query parameters a saved search keeps, in the order the canonical query string lists them. */
export const SAVED_SEARCH_FILTER_KEYS = Object.keys(filterFields) as Array<keyof typeof filterFields>;
export type SavedSearchFilterKey = (typeof SAVED_SEARCH_FILTER_KEYS)[number];

/** Filters as sent: the talent search's query parameters (strings, lists comma-separated) minus cursor/limit/sort/lang. */
export const SavedSearchFiltersInputSchema = z
  .strictObject(filterFields)
  .refine((v) => !v.availableFrom || !v.availableTo || v.availableTo >= v.availableFrom, { path: ['availableTo'], message: 'must not be before availableFrom' });

/** Filters as stored and answered: parsed (lists as arrays, languages as code and minimum level). */
export const SavedSearchFiltersSchema = z.object({
  q: z.string().optional(),
  skills: z.array(z.string()).optional(),
  skillsMode: z.enum(['all', 'any']),
  languages: z.array(z.object({ code: SpokenLanguageSchema, minLevel: CefrLevelSchema })).optional(),
  country: z.array(z.string()).optional(),
  kind: z.array(TalentKindSchema).optional(),
  sector: z.array(SectorSchema).optional(),
  interest: z.array(EngagementInterestSchema).optional(),
  mobility: z.array(z.enum(MOBILITY_FILTERS)).optional(),
  availableFrom: z.string().optional(),
  availableTo: z.string().optional(),
  verifiedOnly: z.boolean(),
  minYears: z.number().int().optional(),
});
export type SavedSearchFilters = z.infer<typeof SavedSearchFiltersSchema>;

// The parsed form must stay what the input schema produces: this line stops compiling when they drift apart.
const sameShape: [z.output<typeof SavedSearchFiltersInputSchema>, SavedSearchFilters] extends [SavedSearchFilters, z.output<typeof SavedSearchFiltersInputSchema>] ? true : never = true;
void sameShape;

/**
 * The saved-search part of a talent search's query parameters (e.g. the search page's URL): only the filter
 * keys, without empty values. What the "Save this search" button sends as `filters`.
 */
export function savedSearchParams(params: URLSearchParams | Readonly<Record<string, string | null | undefined>>): Partial<Record<SavedSearchFilterKey, string>> {
  const get = (key: string) => (params instanceof URLSearchParams ? params.get(key) : params[key]);
  const picked: Partial<Record<SavedSearchFilterKey, string>> = {};
  for (const key of SAVED_SEARCH_FILTER_KEYS) {
    const value = get(key)?.trim();
    if (value) picked[key] = value;
  }
  return picked;
}

/**
 * Parsed filters back as talent search query parameters ("q=…&country=MA,FR&languages=fr:B2"), defaults left
 * out: `/search?` + this runs the saved search, and parsing it again gives the same filters.
 */
export function savedSearchQueryString(filters: SavedSearchFilters): string {
  const params = new URLSearchParams();
  const list = (key: SavedSearchFilterKey, values: readonly string[] | undefined) => {
    if (values?.length) params.set(key, values.join(','));
  };
  if (filters.q) params.set('q', filters.q);
  list('skills', filters.skills);
  if (filters.skillsMode !== 'all') params.set('skillsMode', filters.skillsMode);
  list('languages', filters.languages?.map((l) => `${l.code}:${l.minLevel}`));
  list('country', filters.country);
  list('kind', filters.kind);
  list('sector', filters.sector);
  list('interest', filters.interest);
  list('mobility', filters.mobility);
  if (filters.availableFrom) params.set('availableFrom', filters.availableFrom);
  if (filters.availableTo) params.set('availableTo', filters.availableTo);
  if (filters.verifiedOnly) params.set('verifiedOnly', 'true');
  if (filters.minYears !== undefined) params.set('minYears', String(filters.minYears));
  return params.toString();
}

const name = z.string().trim().min(1, 'give the search a name').max(SAVED_SEARCH_NAME_MAX, `must be at most ${SAVED_SEARCH_NAME_MAX} characters`);

/** POST /api/v1/saved-searches. New matches are notified unless `alerts` is false. */
export const SavedSearchCreateSchema = z.strictObject({
  name,
  filters: SavedSearchFiltersInputSchema,
  alerts: z.boolean().default(true),
});
export type SavedSearchCreate = z.input<typeof SavedSearchCreateSchema>;

/** PATCH /api/v1/saved-searches/:id: any of the three; new filters or alerts turned on start counting from now. */
export const SavedSearchUpdateSchema = z
  .strictObject({ name: name.optional(), filters: SavedSearchFiltersInputSchema.optional(), alerts: z.boolean().optional() })
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to save' });
export type SavedSearchUpdate = z.input<typeof SavedSearchUpdateSchema>;

/** A saved search as its owner sees it. */
export const SavedSearchSchema = z.object({
  id: z.string(),
  name: z.string(),
  filters: SavedSearchFiltersSchema,
  /** The talent search's query string for these filters: `/search?${query}` runs it. */
  query: z.string(),
  alerts: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedSearch = z.infer<typeof SavedSearchSchema>;

/** GET /api/v1/saved-searches: newest first. */
export const SavedSearchListQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(SAVED_SEARCHES_MAX).default(20),
});

export const SavedSearchPageSchema = z.object({ items: z.array(SavedSearchSchema), nextCursor: z.string().nullable() });
export type SavedSearchPage = z.infer<typeof SavedSearchPageSchema>;

export const SavedSearchIdParamsSchema = z.strictObject({ id: ObjectIdSchema });
