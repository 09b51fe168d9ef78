/** Test factories: opportunities as the API returns them, with what a test needs overridden. */
import type { Opportunity } from '@kafaat/shared';

export const OFFICER_ORG_ID = '64b7f0c2a1b2c3d4e5f607a0';

/** A published knowledge-transfer mission at a university hospital in Fès, written in French only, managed by the viewer. */
export function buildOpportunity(overrides: Partial<Opportunity> = {}): Opportunity {
  return {
    id: '65c0ffee0000000000000001',
    type: 'mission',
    status: 'published',
    organisation: { id: OFFICER_ORG_ID, name: 'Programme Diaspora Santé', kind: 'institution' },
    title: { fr: 'Former les techniciens à la maintenance des scanners' },
    description: { fr: 'Le service d’imagerie du CHU accueille un expert pendant deux semaines.' },
    sector: 'health',
    mustHaveSkills: [],
    niceToHaveSkills: [],
    languages: [{ code: 'fr', minLevel: 'B2' }],
    location: { mode: 'onsite', country: 'MA', city: 'Fès' },
    startDate: '2027-03-29',
    endDate: '2027-04-09',
    deadline: '2099-03-01',
    seats: 1,
    mission: {
      hostInstitution: 'CHU Hassan II',
      objectives: 'Former 12 techniciens ; rédiger un protocole de maintenance.',
      deliverables: ['Protocole de maintenance'],
      durationDays: 10,
      budget: { travelMad: 6000, dailyAllowanceMad: 900 },
    },
    project: null,
    publishedAt: '2026-11-20T09:00:00.000Z',
    createdAt: '2026-11-18T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    canManage: true,
    ...overrides,
  };
}
