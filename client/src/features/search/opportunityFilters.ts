/**
 * The opportunity search filters as they sit in the address (`/opportunities/search?type=mission&sector=health`),
 * written as GET /opportunities/search reads them. Reading is lenient, like the talent filters.
 */
import { OPPORTUNITY_TYPES, SECTORS, WORK_MODES } from '@kafaat/shared';

/** Every opportunity search filter, as the page and its form hold them. */
export type OpportunityFilters = {
  q: string;
  type: (typeof OPPORTUNITY_TYPES)[number][];
  sector: (typeof SECTORS)[number][];
  locationMode: (typeof WORK_MODES)[number][];
  country: string[];
  city: string;
  /** Calendar days (YYYY-MM-DD) or "": opportunities whose dates overlap them. */
  from: string;
  to: string;
  sort: 'relevance' | 'recent' | 'deadline';
};

/** The filters that have a facet (a checkbox per value, with its count). */
export const OPPORTUNITY_FACETS = ['type', 'sector', 'locationMode'] as const;
export type OpportunityFacet = (typeof OPPORTUNITY_FACETS)[number];
/** Orders the API accepts. */
export const OPPORTUNITY_SORTS = ['relevance', 'recent', 'deadline'] as const;

/** Nothing filtered. */
export const EMPTY_OPPORTUNITY_FILTERS: OpportunityFilters = { q: '', type: [], sector: [], locationMode: [], country: [], city: '', from: '', to: '', sort: 'relevance' };

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: string): value is T =>
    (allowed as readonly string[]).includes(value);

function listOf<T extends string>(params: URLSearchParams, name: string, accept: (value: string) => value is T): T[] {
  return [...new Set((params.get(name) ?? '').split(',').map((value) => value.trim()).filter(accept))];
}

/** The filters in an address's query; anything unknown or malformed is left out. */
export function opportunityFiltersFromParams(params: URLSearchParams): OpportunityFilters {
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
  };
  const sort = params.get('sort') ?? '';
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    type: listOf(params, 'type', oneOf(OPPORTUNITY_TYPES)),
    sector: listOf(params, 'sector', oneOf(SECTORS)),
    locationMode: listOf(params, 'locationMode', oneOf(WORK_MODES)),
    country: listOf(params, 'country', (value): value is string => /^[A-Z]{2}$/.test(value)).slice(0, 20),
    city: (params.get('city') ?? '').trim().slice(0, 80),
    from: day('from'),
    to: day('to'),
    sort: oneOf(OPPORTUNITY_SORTS)(sort) ? sort : 'relevance',
  };
}

/** The query for these filters in the API's names and format, defaults left out. */
export function opportunityFiltersToParams(filters: OpportunityFilters): URLSearchParams {
  const params = new URLSearchParams();
  const list = (name: string, values: readonly string[]) => {
    if (values.length > 0) params.set(name, values.join(','));
  };
  if (filters.q.trim()) params.set('q', filters.q.trim());
  list('type', filters.type);
  list('sector', filters.sector);
  list('locationMode', filters.locationMode);
  list('country', filters.country);
  if (filters.city.trim()) params.set('city', filters.city.trim());
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.sort !== 'relevance') params.set('sort', filters.sort);
  return params;
}

/** The filters with one facet value ticked or unticked. */
export function toggleOpportunityFacet(filters: OpportunityFilters, facet: OpportunityFacet, value: string, on: boolean): OpportunityFilters {
  const current: string[] = filters[facet];
  return { ...filters, [facet]: on ? [...new Set([...current, value])] : current.filter((item) => item !== value) };
}
