/** Test factories: search answers as the API returns them, with what a test needs overridden. */
import type { OpportunitySearchHit, OpportunitySearchResult, TalentSearchHit, TalentSearchResult } from '@kafaat/shared';

/** A diaspora welder in Toulouse whose headline matched "soudure". */
export function buildTalentHit(overrides: Partial<TalentSearchHit> = {}): TalentSearchHit {
  return {
    id: '64b7f0c2a1b2c3d4e5f60718',
    displayName: 'Amina El Idrissi',
    kind: 'diaspora',
    headline: 'Ingénieure soudure, 10 ans dans l’aéronautique',
    country: 'FR',
    city: 'Toulouse',
    skills: [
      { id: 'construction.welding', label: 'Soudure', level: 4, years: 10, verified: true },
      { id: 'engineering.civil-engineering', label: 'Génie civil', level: 2, years: 3, verified: false },
    ],
    languages: [
      { code: 'ar', level: 'C2', native: true },
      { code: 'fr', level: 'C1', native: false },
    ],
    highlights: { headline: 'Ingénieure <em>soudure</em>, 10 ans dans l’aéronautique', skills: ['Soudure'] },
    score: 3.2,
    ...overrides,
  };
}

/** One page of talents, with facets as the server counts them. */
export function buildTalentSearchResult(overrides: Partial<TalentSearchResult> = {}): TalentSearchResult {
  const items = overrides.items ?? [buildTalentHit()];
  return {
    items,
    total: items.length,
    facets: {
      skills: [{ value: 'construction.welding', count: 12, label: 'Soudure' }],
      languages: [
        { value: 'fr', count: 30 },
        { value: 'ar', count: 25 },
      ],
      country: [
        { value: 'FR', count: 20 },
        { value: 'MA', count: 15 },
      ],
      kind: [
        { value: 'diaspora', count: 20 },
        { value: 'migrant', count: 9 },
      ],
      sector: [
        { value: 'construction', count: 14 },
        { value: 'health', count: 12 },
      ],
      interest: [{ value: 'missions', count: 18 }],
      mobility: [{ value: 'remote', count: 11 }],
    },
    nextCursor: null,
    ...overrides,
  };
}

/** A published mission in Fès whose title matched "scanners". */
export function buildOpportunityHit(overrides: Partial<OpportunitySearchHit> = {}): OpportunitySearchHit {
  return {
    id: '65c0ffee0000000000000001',
    type: 'mission',
    organisation: { id: '64b7f0c2a1b2c3d4e5f607a0', name: 'Programme Diaspora Santé' },
    title: 'Former les techniciens à la maintenance des scanners',
    sector: 'health',
    location: { mode: 'onsite', country: 'MA', city: 'Fès' },
    startDate: '2027-03-29',
    endDate: '2027-04-09',
    deadline: '2099-03-01',
    publishedAt: '2026-11-20T09:00:00.000Z',
    highlights: { title: 'Former les techniciens à la maintenance des <em>scanners</em>' },
    score: 2.1,
    ...overrides,
  };
}

export function buildOpportunitySearchResult(overrides: Partial<OpportunitySearchResult> = {}): OpportunitySearchResult {
  const items = overrides.items ?? [buildOpportunityHit()];
  return {
    items,
    total: items.length,
    facets: {
      type: [
        { value: 'mission', count: 4 },
        { value: 'job', count: 2 },
      ],
      sector: [{ value: 'health', count: 3 }],
      locationMode: [{ value: 'onsite', count: 5 }],
    },
    nextCursor: null,
    ...overrides,
  };
}
