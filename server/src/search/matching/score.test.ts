/**
 * The matching rules, pair by pair, on the real taxonomy's relations. When one of these fails, officers and
 * employers see talents in the wrong order, or an explanation that says something else than the score.
 */
import { MatchExplanationSchema } from '@kafaat/shared';
import { readTaxonomy } from '../../services/taxonomy/taxonomyReader';
import { toOpportunityDoc } from '../mappings/opportunities';
import { toProfileDoc } from '../mappings/profiles';
import { opportunityFromIndex, opportunityFromStored, talentFromIndex, talentFromStored } from './inputs';
import {
  AVAILABILITY_UNKNOWN_FIT,
  AVAILABILITY_WEIGHT,
  CLOSE_CREDIT,
  LANGUAGE_WEIGHT,
  LOCATION_WEIGHT,
  MUST_HAVE_WEIGHT,
  NICE_TO_HAVE_WEIGHT,
  TIER_BANDS,
  VERIFIED_WEIGHT,
  byScore,
  calendarDaysOf,
  scoreMatch,
  type MatchOpportunity,
  type MatchTalent,
} from './score';
import { buildSkillGraph, withCloseSkills } from './skillGraph';

const taxonomy = readTaxonomy();
const graph = buildSkillGraph(taxonomy.skills.map((s) => ({ _id: s.id, broader: s.broader, related: s.related })), taxonomy.version);

// Relations these tests rely on, as the taxonomy files state them.
const BACKEND = 'it-data.backend-development'; // broader: software-development; related: api-design, nodejs
const SOFTWARE = 'it-data.software-development';
const NODE = 'it-data.nodejs'; // broader: backend-development
const API = 'it-data.api-design'; // narrower than back-end (its broader) though back-end also lists it as related
const FULLSTACK = 'it-data.fullstack-development'; // lists back-end as related; a sibling under software-development
const SQL = 'it-data.sql';
const DEVOPS = 'it-data.devops';
const UIUX = 'it-data.ui-ux-design';

type TalentSkill = MatchTalent['skills'][number];
const skill = (skillId: string, level = 3, verified = false): TalentSkill => ({ skillId, level, verified });

function talent(overrides: Partial<MatchTalent> = {}): MatchTalent {
  return {
    skills: [],
    languages: [{ code: 'fr', level: 'C1', native: false }],
    country: 'FR',
    city: 'Toulouse',
    mobility: { remote: true, shortMissions: true, maxMissionWeeks: 4, relocation: false },
    availability: [],
    ...overrides,
  };
}

function opportunity(overrides: Partial<MatchOpportunity> = {}): MatchOpportunity {
  return {
    type: 'job',
    mustHaveSkills: [{ skillId: BACKEND, minLevel: 3 }],
    niceToHaveSkills: [],
    languages: [],
    location: { mode: 'remote', country: 'MA', city: null },
    startDate: null,
    endDate: null,
    missionDays: null,
    ...overrides,
  };
}

const scoreOf = (t: MatchTalent, o: MatchOpportunity) => scoreMatch(t, o, graph);

describe('the weights', () => {
  it('add up to one, so a perfect fit scores at the top of its band', () => {
    expect(MUST_HAVE_WEIGHT + NICE_TO_HAVE_WEIGHT + LANGUAGE_WEIGHT + AVAILABILITY_WEIGHT + LOCATION_WEIGHT + VERIFIED_WEIGHT).toBeCloseTo(1, 10);
    const perfect = scoreOf(talent({ skills: [skill(BACKEND, 4, true)] }), opportunity());
    expect(perfect.score).toBeCloseTo(1, 10);
    expect(perfect.explanation.tier).toBe('all-met');
  });

  it('keep the tier bands disjoint and ordered', () => {
    expect(TIER_BANDS['all-covered'][1]).toBeLessThan(TIER_BANDS['all-met'][0]);
    expect(TIER_BANDS['some-missing'][1]).toBeLessThan(TIER_BANDS['all-covered'][0]);
  });
});

describe('scoreMatch', () => {
  it('matches a profile written in French with an opportunity written in English, by skill id', () => {
    const profileDoc = toProfileDoc(
      {
        _id: 'a'.repeat(24),
        kind: 'diaspora',
        headline: 'Ingénieure logicielle, spécialiste des services back-end',
        summary: 'Je conçois des API pour des banques à Toulouse.',
        country: 'FR',
        city: 'Toulouse',
        languages: [{ code: 'fr', level: 'C2', native: true }, { code: 'en', level: 'B2', native: false }],
        skills: [{ skillId: BACKEND, level: 4, years: 8, verification: { status: 'self-declared' } }],
        mobility: { remote: true, shortMissions: false, maxMissionWeeks: null, relocation: false },
        availability: [],
        visibility: 'verified-organisations',
      },
      { displayName: 'Salma' },
      new Map(),
    );
    const oppDoc = toOpportunityDoc(
      {
        _id: 'b'.repeat(24),
        type: 'job',
        status: 'published',
        organisationId: 'c'.repeat(24),
        title: { en: 'Senior back-end engineer' },
        description: { en: 'Build the payment APIs of a Casablanca fintech.' },
        sector: 'it-data',
        mustHaveSkills: [{ skillId: BACKEND, minLevel: 3 }],
        niceToHaveSkills: [],
        languages: [{ code: 'en', minLevel: 'B2' }],
        location: { mode: 'remote', country: 'MA', city: '' },
      },
      { _id: 'c'.repeat(24), name: 'Fintech' },
      new Map(),
    );
    const { score, explanation } = scoreOf(talentFromIndex(profileDoc), opportunityFromIndex(oppDoc, null));
    expect(explanation.tier).toBe('all-met');
    expect(explanation.mustHave).toEqual([{ skillId: BACKEND, status: 'met', talentLevel: 4, minLevel: 3, verified: false, credit: 1 }]);
    expect(explanation.languages).toEqual([{ code: 'en', minLevel: 'B2', talentLevel: 'B2', status: 'met', fit: 1 }]);
    expect(score).toBeGreaterThanOrEqual(TIER_BANDS['all-met'][0]);
    expect(() => MatchExplanationSchema.parse(explanation)).not.toThrow();
  });

  it('ranks a talent missing a must-have below every talent who has them all, however strong otherwise', () => {
    const opp = opportunity({
      mustHaveSkills: [{ skillId: BACKEND, minLevel: 3 }, { skillId: SQL, minLevel: 2 }],
      niceToHaveSkills: [{ skillId: DEVOPS, minLevel: 2 }, { skillId: UIUX, minLevel: 2 }],
      languages: [{ code: 'en', minLevel: 'B2' }],
    });
    // Exactly the must-haves, nothing else: no English, no remote work, no extras.
    const bare = talent({ skills: [skill(BACKEND, 3), skill(SQL, 2)], languages: [], mobility: { remote: false, shortMissions: false, maxMissionWeeks: null, relocation: false } });
    // A close skill (Node.js, narrower than back-end) for one must-have, and strong everywhere else.
    const close = talent({ skills: [skill(NODE, 4, true), skill(SQL, 4, true), skill(DEVOPS, 4, true), skill(UIUX, 4, true)], languages: [{ code: 'en', level: 'C2', native: true }] });
    // Missing SQL entirely, but perfect on everything else, all verified.
    const missing = talent({ skills: [skill(BACKEND, 4, true), skill(DEVOPS, 4, true), skill(UIUX, 4, true)], languages: [{ code: 'en', level: 'C2', native: true }] });

    const ranked = [
      { id: 'missing', ...scoreOf(missing, opp) },
      { id: 'close', ...scoreOf(close, opp) },
      { id: 'bare', ...scoreOf(bare, opp) },
    ].sort(byScore);
    expect(ranked.map((r) => [r.id, r.explanation.tier])).toEqual([
      ['bare', 'all-met'],
      ['close', 'all-covered'],
      ['missing', 'some-missing'],
    ]);
    // With nobody having them all, the bands still put the covered talent first.
    expect(scoreOf(close, opp).score).toBeGreaterThan(scoreOf(missing, opp).score);
    expect(scoreOf(missing, opp).explanation.mustHave.find((s) => s.skillId === SQL)).toMatchObject({ status: 'missing', talentLevel: null, credit: 0 });
  });

  it('holds the must-have rule for any mix of the other parts', () => {
    // A deterministic sweep: whatever the languages, place, dates and extras, no "some-missing" talent outscores
    // a talent who covers every must-have.
    const opp = opportunity({ type: 'mission', mustHaveSkills: [{ skillId: BACKEND, minLevel: 4 }], niceToHaveSkills: [{ skillId: DEVOPS, minLevel: 2 }], languages: [{ code: 'ar', minLevel: 'B2' }], location: { mode: 'onsite', country: 'MA', city: 'Rabat' }, startDate: '2027-03-01', endDate: '2027-03-12', missionDays: 10 });
    const variants: MatchTalent[] = [];
    for (const cover of [[], [skill(BACKEND, 1)], [skill(NODE, 1)], [skill(FULLSTACK, 4, true)], [skill(BACKEND, 4, true)]]) {
      for (const extras of [[], [skill(DEVOPS, 4, true)]]) {
        for (const languages of [[], [{ code: 'ar', level: 'C2' as const, native: true }]]) {
          for (const availability of [[], [{ from: '2027-01-01', to: '2027-12-31' }]]) {
            for (const shortMissions of [false, true]) {
              variants.push(talent({ skills: [...cover, ...extras], languages, availability, country: 'FR', mobility: { remote: false, shortMissions, maxMissionWeeks: null, relocation: false } }));
            }
          }
        }
      }
    }
    const scored = variants.map((v) => scoreOf(v, opp));
    const lowestCovering = Math.min(...scored.filter((s) => s.explanation.tier !== 'some-missing').map((s) => s.score));
    const highestMissing = Math.max(...scored.filter((s) => s.explanation.tier === 'some-missing').map((s) => s.score));
    expect(highestMissing).toBeLessThan(lowestCovering);
    for (const s of scored) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it('ranks a verified skill above the same skill self-declared at the same level', () => {
    const opp = opportunity({ mustHaveSkills: [{ skillId: BACKEND, minLevel: 3 }], niceToHaveSkills: [{ skillId: SQL, minLevel: 2 }], location: { mode: 'onsite', country: 'MA', city: 'Casablanca' } });
    const verified = scoreOf(talent({ skills: [skill(BACKEND, 3, true)] }), opp);
    const declared = scoreOf(talent({ skills: [skill(BACKEND, 3, false)] }), opp);
    expect(verified.score).toBeGreaterThan(declared.score);
    expect(verified.explanation.mustHave[0]!.verified).toBe(true);
    expect(verified.explanation.verified).toEqual({ count: 1, of: 2 });
    expect(declared.explanation.verified).toEqual({ count: 0, of: 2 });
  });

  it('counts a level below the minimum partially: below the skill at level, above a missing skill', () => {
    const opp = opportunity({ mustHaveSkills: [{ skillId: BACKEND, minLevel: 4 }] });
    const atLevel = scoreOf(talent({ skills: [skill(BACKEND, 4)] }), opp);
    const oneShort = scoreOf(talent({ skills: [skill(BACKEND, 3)] }), opp);
    const threeShort = scoreOf(talent({ skills: [skill(BACKEND, 1)] }), opp);
    const missing = scoreOf(talent({ skills: [skill(SQL, 4)] }), opp);
    expect(oneShort.explanation.mustHave[0]).toMatchObject({ status: 'met', talentLevel: 3, minLevel: 4, credit: 0.75 });
    expect(threeShort.explanation.mustHave[0]!.credit).toBe(0.25);
    expect(oneShort.explanation.tier).toBe('all-covered');
    expect(atLevel.score).toBeGreaterThan(oneShort.score);
    expect(oneShort.score).toBeGreaterThan(threeShort.score);
    expect(threeShort.score).toBeGreaterThan(missing.score);
  });

  it('lets a close skill stand in with less credit than the skill itself, naming it and its relation', () => {
    const opp = opportunity({ mustHaveSkills: [{ skillId: BACKEND, minLevel: 3 }] });
    const exact = scoreOf(talent({ skills: [skill(BACKEND, 3)] }), opp);
    const narrower = scoreOf(talent({ skills: [skill(NODE, 3)] }), opp);
    const related = scoreOf(talent({ skills: [skill(FULLSTACK, 3)] }), opp);
    const broader = scoreOf(talent({ skills: [skill(SOFTWARE, 3)] }), opp);
    expect(narrower.explanation.mustHave[0]).toEqual({ skillId: BACKEND, status: 'close', via: { skillId: NODE, relation: 'narrower' }, talentLevel: 3, minLevel: 3, verified: false, credit: CLOSE_CREDIT.narrower });
    expect(related.explanation.mustHave[0]!.via).toEqual({ skillId: FULLSTACK, relation: 'related' });
    // Related read both ways, and the hierarchy wins when a pair is both.
    expect(scoreOf(talent({ skills: [skill(API, 3)] }), opp).explanation.mustHave[0]!.via).toEqual({ skillId: API, relation: 'narrower' });
    expect(broader.explanation.mustHave[0]!.via).toEqual({ skillId: SOFTWARE, relation: 'broader' });
    expect(exact.score).toBeGreaterThan(narrower.score);
    expect(narrower.score).toBeGreaterThan(related.score);
    expect(related.score).toBeGreaterThan(broader.score);
    // A talent with both the skill and a close one is credited for the skill itself.
    expect(scoreOf(talent({ skills: [skill(NODE, 4), skill(BACKEND, 3)] }), opp).explanation.mustHave[0]).toMatchObject({ status: 'met', credit: 1 });
  });

  it('gives a language below the minimum a partial fit, a missing one none, and a first language C2', () => {
    const opp = opportunity({ languages: [{ code: 'fr', minLevel: 'C1' }, { code: 'ar', minLevel: 'B2' }, { code: 'en', minLevel: 'B1' }] });
    const t = talent({ skills: [skill(BACKEND, 3)], languages: [{ code: 'fr', level: 'B2', native: false }, { code: 'ar', level: 'A1', native: true }] });
    const { explanation } = scoreOf(t, opp);
    expect(explanation.languages).toEqual([
      { code: 'fr', minLevel: 'C1', talentLevel: 'B2', status: 'below', fit: 0.7 },
      { code: 'ar', minLevel: 'B2', talentLevel: 'C2', status: 'met', fit: 1 },
      { code: 'en', minLevel: 'B1', talentLevel: null, status: 'missing', fit: 0 },
    ]);
    expect(explanation.components.languages).toBeCloseTo(1.7 / 3, 10);
    const fluent = scoreOf(talent({ skills: [skill(BACKEND, 3)], languages: [{ code: 'fr', level: 'C1', native: false }, { code: 'ar', level: 'B2', native: false }, { code: 'en', level: 'B1', native: false }] }), opp);
    expect(fluent.score).toBeGreaterThan(scoreOf(t, opp).score);
  });

  it('counts the days of a mission the availability windows cover', () => {
    // Ten working days from Monday 1 March 2027: twelve calendar days, to Friday 12 March.
    const mission = opportunity({ type: 'mission', startDate: '2027-03-01', endDate: null, missionDays: 10, location: { mode: 'remote', country: 'MA', city: null } });
    expect(calendarDaysOf(10)).toBe(12);
    const half = scoreOf(talent({ skills: [skill(BACKEND, 3)], availability: [{ from: '2027-02-01', to: '2027-03-04' }, { from: '2027-03-03', to: '2027-03-06' }] }), mission);
    expect(half.explanation.availability).toEqual({ applicable: true, windowsDeclared: true, requiredDays: 12, overlapDays: 6, fit: 0.5 });
    const full = scoreOf(talent({ skills: [skill(BACKEND, 3)], availability: [{ from: '2027-02-20', to: '2027-03-20' }] }), mission);
    expect(full.explanation.availability).toMatchObject({ overlapDays: 12, fit: 1 });
    const none = scoreOf(talent({ skills: [skill(BACKEND, 3)], availability: [{ from: '2027-06-01', to: '2027-06-30' }] }), mission);
    expect(none.explanation.availability).toMatchObject({ overlapDays: 0, fit: 0 });
    const unknown = scoreOf(talent({ skills: [skill(BACKEND, 3)], availability: [] }), mission);
    expect(unknown.explanation.availability).toMatchObject({ windowsDeclared: false, fit: AVAILABILITY_UNKNOWN_FIT });
    expect(full.score).toBeGreaterThan(half.score);
    expect(half.score).toBeGreaterThan(none.score);

    // A flexible period longer than the mission: being free for its length is enough.
    const flexible = opportunity({ type: 'mission', startDate: '2027-03-01', endDate: '2027-03-31', missionDays: 10 });
    expect(scoreOf(talent({ skills: [skill(BACKEND, 3)], availability: [{ from: '2027-03-15', to: '2027-03-31' }] }), flexible).explanation.availability).toMatchObject({ requiredDays: 12, overlapDays: 17, fit: 1 });
    // Jobs do not ask for availability windows.
    expect(scoreOf(talent({ skills: [skill(BACKEND, 3)] }), opportunity({ startDate: '2027-03-01' })).explanation.components.availability).toBeNull();
  });

  it('compares the length of an on-site mission with the longest mission the talent takes', () => {
    // Fifteen working days in Fès: three weeks.
    const mission = opportunity({ type: 'mission', missionDays: 15, location: { mode: 'onsite', country: 'MA', city: 'Fès' } });
    const mobility = (maxMissionWeeks: number | null, shortMissions = true) => ({ remote: false, shortMissions, maxMissionWeeks, relocation: false });
    const enough = scoreOf(talent({ skills: [skill(BACKEND, 3)], mobility: mobility(4) }), mission);
    const tooShort = scoreOf(talent({ skills: [skill(BACKEND, 3)], mobility: mobility(2) }), mission);
    const never = scoreOf(talent({ skills: [skill(BACKEND, 3)], mobility: mobility(null, false) }), mission);
    expect(enough.explanation.location).toEqual({ mode: 'onsite', reason: 'short-missions', fit: 1, missionWeeks: 3, maxMissionWeeks: 4 });
    expect(tooShort.explanation.location).toMatchObject({ reason: 'mission-too-long', missionWeeks: 3, maxMissionWeeks: 2 });
    expect(tooShort.explanation.location.fit).toBeCloseTo(2 / 3, 10);
    expect(never.explanation.location).toMatchObject({ reason: 'none', fit: 0 });
    expect(enough.score).toBeGreaterThan(tooShort.score);
    expect(tooShort.score).toBeGreaterThan(never.score);
    // Living in the city needs no travel, whatever the spelling of its name.
    const local = scoreOf(talent({ skills: [skill(BACKEND, 3)], country: 'MA', city: 'FES', mobility: mobility(null, false) }), mission);
    expect(local.explanation.location).toMatchObject({ reason: 'same-city', fit: 1 });
  });

  it('fits a job on site through relocation or living there, and remote work through the remote flag', () => {
    const job = opportunity({ location: { mode: 'onsite', country: 'MA', city: 'Casablanca' } });
    const stays = { remote: false, shortMissions: false, maxMissionWeeks: null, relocation: false };
    const reasonFor = (t: Partial<MatchTalent>, o = job) => scoreOf(talent({ skills: [skill(BACKEND, 3)], ...t }), o).explanation.location;
    expect(reasonFor({ mobility: { ...stays, relocation: true } })).toMatchObject({ reason: 'relocation', fit: 1 });
    expect(reasonFor({ country: 'MA', city: 'Casablanca', mobility: stays })).toMatchObject({ reason: 'same-city', fit: 1 });
    expect(reasonFor({ country: 'MA', city: 'Tanger', mobility: stays })).toMatchObject({ reason: 'same-country' });
    expect(reasonFor({ mobility: stays })).toMatchObject({ reason: 'none', fit: 0 });
    // Short missions say nothing about a permanent job.
    expect(reasonFor({ mobility: { ...stays, shortMissions: true, maxMissionWeeks: 52 } })).toMatchObject({ reason: 'none' });
    const remoteJob = opportunity({ location: { mode: 'remote', country: 'MA', city: null } });
    expect(reasonFor({ mobility: { ...stays, remote: true } }, remoteJob)).toMatchObject({ reason: 'remote', fit: 1 });
    expect(reasonFor({ mobility: stays }, remoteJob)).toMatchObject({ reason: 'remote-not-declared', fit: 0.5 });
    const hybrid = opportunity({ location: { mode: 'hybrid', country: 'MA', city: 'Rabat' } });
    expect(reasonFor({ mobility: { ...stays, remote: true } }, hybrid)).toMatchObject({ reason: 'remote', fit: 0.75 });
  });

  it('leaves out what the opportunity does not ask for instead of counting it against anyone', () => {
    const { explanation, score } = scoreOf(talent({ skills: [skill(BACKEND, 3)] }), opportunity());
    expect(explanation.components).toEqual({ mustHave: 1, niceToHave: null, languages: null, availability: null, location: 1, verified: 0 });
    expect(score).toBeCloseTo(0.7 + 0.3 * ((MUST_HAVE_WEIGHT + LOCATION_WEIGHT) / (MUST_HAVE_WEIGHT + LOCATION_WEIGHT + VERIFIED_WEIGHT)), 10);
    // No must-have at all: everyone is in the top band, ordered by the rest.
    const open = opportunity({ mustHaveSkills: [], niceToHaveSkills: [{ skillId: SQL, minLevel: 2 }] });
    expect(scoreOf(talent(), open).explanation.tier).toBe('all-met');
    expect(scoreOf(talent({ skills: [skill(SQL, 2)] }), open).score).toBeGreaterThan(scoreOf(talent(), open).score);
  });

  it('reads stored profiles and opportunities the same way as index documents', () => {
    const stored = talentFromStored({
      country: 'FR',
      city: 'Lyon',
      skills: [{ skillId: BACKEND, level: 3, verification: { status: 'verified' } }],
      languages: [{ code: 'fr', level: 'B2', native: true }],
      mobility: { remote: true, shortMissions: false, maxMissionWeeks: null, relocation: true },
      availability: [{ from: '2027-01-01', to: '2027-02-01' }],
    });
    expect(stored).toEqual({
      skills: [{ skillId: BACKEND, level: 3, verified: true }],
      languages: [{ code: 'fr', level: 'B2', native: true }],
      country: 'FR',
      city: 'Lyon',
      mobility: { remote: true, shortMissions: false, maxMissionWeeks: null, relocation: true },
      availability: [{ from: '2027-01-01', to: '2027-02-01' }],
    });
    const opp = opportunityFromStored({ type: 'mission', mustHaveSkills: [{ skillId: BACKEND, minLevel: 2 }], languages: [{ code: 'ar', minLevel: 'B1' }], location: { mode: 'onsite', country: 'MA', city: '' }, startDate: '2027-03-01', endDate: null, mission: { durationDays: 5 } });
    expect(opp).toMatchObject({ missionDays: 5, location: { mode: 'onsite', country: 'MA', city: null }, languages: [{ code: 'ar', minLevel: 'B1' }], niceToHaveSkills: [] });
    // A first language counts as C2 whichever way the talent was read.
    expect(scoreOf(stored, opportunity({ languages: [{ code: 'fr', minLevel: 'C2' }] })).explanation.languages[0]!.status).toBe('met');
  });
});

describe('withCloseSkills', () => {
  it('adds the broader, narrower and related skills of each id once', () => {
    const { exact, close } = withCloseSkills(graph, [BACKEND, BACKEND]);
    expect(exact).toEqual([BACKEND]);
    expect(close).toEqual(expect.arrayContaining([SOFTWARE, NODE, API, FULLSTACK]));
    expect(close).not.toContain(BACKEND);
    expect(new Set(close).size).toBe(close.length);
  });
});
