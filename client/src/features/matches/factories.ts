/** Test factories: match lists and explanations as the API returns them. */
import type { MatchExplanation, OpportunityMatch, TalentMatch } from '@kafaat/shared';

/**
 * An explanation with one must-have met (welding, verified), one covered by a close skill (TIG welding via welding,
 * narrower), one missing (pipe fitting); French met, English below; 8 of 12 days; same city.
 */
export function buildExplanation(overrides: Partial<MatchExplanation> = {}): MatchExplanation {
  return {
    tier: 'some-missing',
    mustHave: [
      { skillId: 'construction.welding', status: 'met', talentLevel: 4, minLevel: 3, verified: true, credit: 1 },
      { skillId: 'construction.tig-welding', status: 'close', via: { skillId: 'construction.welding', relation: 'broader' }, talentLevel: 4, minLevel: 2, verified: true, credit: 0.4 },
      { skillId: 'construction.pipe-fitting', status: 'missing', talentLevel: null, minLevel: 2, verified: false, credit: 0 },
    ],
    niceToHave: [{ skillId: 'engineering.civil-engineering', status: 'met', talentLevel: 1, minLevel: 2, verified: false, credit: 0.75 }],
    languages: [
      { code: 'fr', minLevel: 'B2', talentLevel: 'C1', status: 'met', fit: 1 },
      { code: 'en', minLevel: 'B2', talentLevel: 'B1', status: 'below', fit: 0.7 },
    ],
    availability: { applicable: true, windowsDeclared: true, requiredDays: 12, overlapDays: 8, fit: 0.667 },
    location: { mode: 'onsite', reason: 'same-city', fit: 1, missionWeeks: 2, maxMissionWeeks: null },
    verified: { count: 2, of: 4 },
    components: { mustHave: 0.47, niceToHave: 0.75, languages: 0.85, availability: 0.667, location: 1, verified: 0.5 },
    ...overrides,
  };
}

/** Skill names the page sends with the explanations above, in French. */
export const SKILL_LABELS_FR: Record<string, string> = {
  'construction.welding': 'Soudure',
  'construction.tig-welding': 'Soudage TIG',
  'construction.pipe-fitting': 'Tuyauterie',
  'engineering.civil-engineering': 'Génie civil',
};

export function buildTalentMatch(overrides: Partial<TalentMatch> = {}): TalentMatch {
  return {
    talent: { id: '64b7f0c2a1b2c3d4e5f60718', displayName: 'Amina El Idrissi', headline: 'Soudeuse certifiée', kind: 'diaspora', country: 'MA', city: 'Fès' },
    score: 0.3412,
    explanation: buildExplanation(),
    ...overrides,
  };
}

export function buildOpportunityMatch(overrides: Partial<OpportunityMatch> = {}): OpportunityMatch {
  return {
    opportunity: {
      id: '65c0ffee0000000000000001',
      type: 'mission',
      title: { fr: 'Former les techniciens à la maintenance des scanners' },
      organisation: { id: '64b7f0c2a1b2c3d4e5f607a0', name: 'Programme Diaspora Santé' },
      location: { mode: 'onsite', country: 'MA', city: 'Fès' },
      startDate: '2027-03-29',
      endDate: '2027-04-09',
      deadline: '2099-03-01',
    },
    score: 0.9215,
    explanation: buildExplanation({ tier: 'all-met', mustHave: [buildExplanation().mustHave[0]!] }),
    ...overrides,
  };
}

/** A page of a match list. */
export function buildMatchPage<T>(items: T[], overrides: { nextCursor?: string | null; total?: number; skillLabels?: Record<string, string> } = {}) {
  return { items, nextCursor: overrides.nextCursor ?? null, total: overrides.total ?? items.length, skillLabels: overrides.skillLabels ?? SKILL_LABELS_FR };
}
