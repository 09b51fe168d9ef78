/**
 * The talent search filters as they sit in the address (`/search?q=soudure&skills=construction.welding&sector=health`),
 * written exactly as GET /talents/search reads them, so a shared link or the back button gives the same search.
 * Reading an address is lenient (an unknown value is dropped, never an error page); the form checks what it sends
 * with the API's own schema.
 */
import {
  CEFR_LEVELS,
  ENGAGEMENT_INTERESTS,
  MOBILITY_FILTERS,
  SECTORS,
  SPOKEN_LANGUAGES,
  TALENT_KINDS,
  type CefrLevel,
  type SpokenLanguage,
} from '@kafaat/shared';

/** A language with the lowest CEFR level accepted ("fr:B2" in the address). */
export type LanguageFilter = { code: SpokenLanguage; minLevel: CefrLevel };

/** Every talent search filter, as the page and its form hold them (defaults: nothing filtered, relevance). */
export type TalentFilters = {
  q: string;
  /** Taxonomy skill ids. */
  skills: string[];
  skillsMode: 'all' | 'any';
  languages: LanguageFilter[];
  /** ISO alpha-2 codes. */
  country: string[];
  kind: (typeof TALENT_KINDS)[number][];
  sector: (typeof SECTORS)[number][];
  interest: (typeof ENGAGEMENT_INTERESTS)[number][];
  mobility: (typeof MOBILITY_FILTERS)[number][];
  /** Calendar days (YYYY-MM-DD) or "". */
  availableFrom: string;
  availableTo: string;
  verifiedOnly: boolean;
  minYears: number | null;
  sort: 'relevance' | 'recent';
};

/** The filters that have a facet: each value is a checkbox with its count. */
export const TALENT_FACETS = ['skills', 'languages', 'country', 'kind', 'sector', 'interest', 'mobility'] as const;
export type TalentFacet = (typeof TALENT_FACETS)[number];

/** Nothing filtered: "Clear all" and the start of a search. */
export const EMPTY_TALENT_FILTERS: TalentFilters = {
  q: '',
  skills: [],
  skillsMode: 'all',
  languages: [],
  country: [],
  kind: [],
  sector: [],
  interest: [],
  mobility: [],
  availableFrom: '',
  availableTo: '',
  verifiedOnly: false,
  minYears: null,
  sort: 'relevance',
};

/** Level given to a language ticked in its facet: any level counts. */
export const ANY_LEVEL: CefrLevel = 'A1';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SKILL_ID = /^[a-z0-9-]+\.[a-z0-9-]+$/;
const COUNTRY = /^[A-Z]{2}$/;

function listOf<T extends string>(params: URLSearchParams, name: string, accept: (value: string) => value is T): T[] {
  const values = (params.get(name) ?? '').split(',').map((value) => value.trim());
  return [...new Set(values.filter(accept))];
}

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: string): value is T =>
    (allowed as readonly string[]).includes(value);
const matching = (pattern: RegExp) => (value: string): value is string => pattern.test(value);

function languagesOf(params: URLSearchParams): LanguageFilter[] {
  const seen = new Set<string>();
  const languages: LanguageFilter[] = [];
  for (const raw of (params.get('languages') ?? '').split(',')) {
    const [code = '', minLevel = ''] = raw.trim().split(':');
    if (!oneOf(SPOKEN_LANGUAGES)(code) || !oneOf(CEFR_LEVELS)(minLevel) || seen.has(code)) continue;
    seen.add(code);
    languages.push({ code, minLevel });
  }
  return languages;
}

/** The filters in an address's query; anything unknown or malformed is left out. */
export function talentFiltersFromParams(params: URLSearchParams): TalentFilters {
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return DAY.test(value) ? value : '';
  };
  const years = Number(params.get('minYears'));
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    skills: listOf(params, 'skills', matching(SKILL_ID)).slice(0, 20),
    skillsMode: params.get('skillsMode') === 'any' ? 'any' : 'all',
    languages: languagesOf(params).slice(0, 8),
    country: listOf(params, 'country', matching(COUNTRY)).slice(0, 20),
    kind: listOf(params, 'kind', oneOf(TALENT_KINDS)),
    sector: listOf(params, 'sector', oneOf(SECTORS)),
    interest: listOf(params, 'interest', oneOf(ENGAGEMENT_INTERESTS)),
    mobility: listOf(params, 'mobility', oneOf(MOBILITY_FILTERS)),
    availableFrom: day('availableFrom'),
    availableTo: day('availableTo'),
    verifiedOnly: params.get('verifiedOnly') === 'true',
    minYears: params.has('minYears') && Number.isInteger(years) && years >= 0 && years <= 60 ? years : null,
    sort: params.get('sort') === 'recent' ? 'recent' : 'relevance',
  };
}

/**
 * The query for these filters, in the API's names and format, defaults left out (a short, stable address);
 * the same string goes to the address and, with the page and language added, to the API.
 */
export function talentFiltersToParams(filters: TalentFilters): URLSearchParams {
  const params = new URLSearchParams();
  const list = (name: string, values: readonly string[]) => {
    if (values.length > 0) params.set(name, values.join(','));
  };
  if (filters.q.trim()) params.set('q', filters.q.trim());
  list('skills', filters.skills);
  if (filters.skills.length > 1 && filters.skillsMode === 'any') params.set('skillsMode', 'any');
  list(
    'languages',
    filters.languages.map((language) => `${language.code}:${language.minLevel}`),
  );
  list('country', filters.country);
  list('kind', filters.kind);
  list('sector', filters.sector);
  list('interest', filters.interest);
  list('mobility', filters.mobility);
  if (filters.availableFrom) params.set('availableFrom', filters.availableFrom);
  if (filters.availableTo) params.set('availableTo', filters.availableTo);
  if (filters.verifiedOnly) params.set('verifiedOnly', 'true');
  if (filters.minYears !== null) params.set('minYears', String(filters.minYears));
  if (filters.sort !== 'relevance') params.set('sort', filters.sort);
  return params;
}

/** The values ticked in a facet (for languages: the codes, whatever the level asked). */
export function facetValues(filters: TalentFilters, facet: TalentFacet): string[] {
  return facet === 'languages' ? filters.languages.map((language) => language.code) : filters[facet];
}

/** The filters with one facet value ticked or unticked. A ticked language accepts any level. */
export function toggleFacet(filters: TalentFilters, facet: TalentFacet, value: string, on: boolean): TalentFilters {
  if (facet === 'languages') {
    const others = filters.languages.filter((language) => language.code !== value);
    if (!on || !oneOf(SPOKEN_LANGUAGES)(value)) return { ...filters, languages: others };
    return { ...filters, languages: [...others, { code: value, minLevel: ANY_LEVEL }] };
  }
  const current: string[] = filters[facet];
  const next = on ? [...new Set([...current, value])] : current.filter((item) => item !== value);
  return { ...filters, [facet]: next };
}
