import { MatchExplanationSchema, MatchListQuerySchema } from './matching';

describe('MatchListQuerySchema', () => {
  it('defaults to French labels and pages of 20, and caps a page at 50', () => {
    expect(MatchListQuerySchema.parse({})).toEqual({ lang: 'fr', limit: 20 });
    expect(MatchListQuerySchema.parse({ lang: 'ar', limit: '50' })).toEqual({ lang: 'ar', limit: 50 });
    expect(MatchListQuerySchema.safeParse({ limit: '51' }).success).toBe(false);
    expect(MatchListQuerySchema.safeParse({ lang: 'de' }).success).toBe(false);
  });
});

describe('MatchExplanationSchema', () => {
  it('takes the explanation a client renders: codes, ids and numbers only', () => {
    const explanation = {
      tier: 'all-covered',
      mustHave: [{ skillId: 'it-data.backend-development', status: 'close', via: { skillId: 'it-data.nodejs', relation: 'narrower' }, talentLevel: 4, minLevel: 3, verified: true, credit: 0.75 }],
      niceToHave: [{ skillId: 'it-data.devops', status: 'missing', talentLevel: null, minLevel: 2, verified: false, credit: 0 }],
      languages: [{ code: 'en', minLevel: 'B2', talentLevel: 'B1', status: 'below', fit: 0.7 }],
      availability: { applicable: true, windowsDeclared: true, requiredDays: 12, overlapDays: 6, fit: 0.5 },
      location: { mode: 'onsite', reason: 'short-missions', fit: 1, missionWeeks: 2, maxMissionWeeks: 4 },
      verified: { count: 1, of: 2 },
      components: { mustHave: 0.75, niceToHave: 0, languages: 0.7, availability: 0.5, location: 1, verified: 0.5 },
    };
    expect(MatchExplanationSchema.parse(explanation)).toEqual(explanation);
    expect(MatchExplanationSchema.safeParse({ ...explanation, tier: 'great' }).success).toBe(false);
  });
});
