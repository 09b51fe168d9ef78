/**
 * How well a talent fits an opportunity: a score in [0, 1] and the explanation behind it, part by part. Pure and
 * the only place the matching rules live; both match lists rescore Elasticsearch's candidates with it.
 *
 * The must-haves are a hard rule, enforced by bands: the tier (every must-have met / all covered, some by a close
 * skill or below the level / some missing) picks a band of scores that never overlaps another tier's band, and
 * the weighted quality of the fit places the talent inside it. Everything compares taxonomy ids, never text, so
 * a profile written in French matches an opportunity written in English. docs/MATCHING.md explains each number.
 */
import {
  CEFR_LEVELS,
  type AvailabilityFit,
  type CefrLevel,
  type CloseRelation,
  type LanguageFit,
  type LocationFit,
  type MatchExplanation,
  type MatchTier,
  type OpportunityType,
  type SkillFit,
  foldText,
} from '@kafaat/shared';
import { closeSkillsOf, type SkillGraph } from './skillGraph';

// Weights of the parts inside a tier's band (they add up to 1; a part the opportunity does not ask for is left
// out and the others are rescaled, so asking for less never lowers anyone's score).
/** The must-haves are what the host cannot do without, so they make up most of the fit. */
export const MUST_HAVE_WEIGHT = 0.45;
/** Extras separate otherwise equal candidates but must never outweigh the essentials. */
export const NICE_TO_HAVE_WEIGHT = 0.15;
/** Work in a language one cannot work in fails in practice, whatever the skills. */
export const LANGUAGE_WEIGHT = 0.15;
/** Missions have fixed dates, but talents keep their windows loosely up to date: a signal, not a veto. */
export const AVAILABILITY_WEIGHT = 0.1;
/** Whether the talent can be where the work is; programmes cover travel, so it is rarely decisive. */
export const LOCATION_WEIGHT = 0.1;
/** A skill validated by a pilot is evidence rather than a claim: it tips the balance between equals. */
export const VERIFIED_WEIGHT = 0.05;

/**
 * Score bands per tier, disjoint and ordered: a talent missing a must-have (not even a close skill) scores below
 * every talent who covers them all, whatever the rest; gaps between bands keep that visible in the numbers.
 */
export const TIER_BANDS: Readonly<Record<MatchTier, readonly [number, number]>> = {
  'all-met': [0.7, 1],
  'all-covered': [0.4, 0.65],
  'some-missing': [0, 0.35],
};

/**
 * Credit of a close skill standing in for a required one: a more specific skill covers most of the general one,
 * a sibling transfers with some ramp-up, a more general skill covers the basics but not the specialty.
 */
export const CLOSE_CREDIT: Readonly<Record<CloseRelation, number>> = { narrower: 0.75, related: 0.5, broader: 0.4 };
/** Credit lost per skill level below the minimum (1–4 scale): one level short still does most of the work. */
export const LEVEL_STEP_PENALTY = 0.25;
/** Fit lost per CEFR step below the minimum (A1–C2): one step short can often cope, three cannot. */
export const LANGUAGE_STEP_PENALTY = 0.3;
/** Availability of a talent who declared no window: unknown, so neither rewarded nor treated as refused. */
export const AVAILABILITY_UNKNOWN_FIT = 0.5;
/** Remote work for a talent who did not say they work remotely: they may well, but did not say so. */
export const REMOTE_UNDECLARED_FIT = 0.5;
/** Hybrid work done mostly remotely: some days on site remain. */
export const HYBRID_REMOTE_FIT = 0.75;
/** Lives in the country but another city: a move or a commute, without having said they would. */
export const SAME_COUNTRY_FIT = 0.7;

/** What scoring needs of a talent (built from the profiles index, see candidates.ts). */
export interface MatchTalent {
  skills: ReadonlyArray<{ skillId: string; level: number; verified: boolean }>;
  /** `native` counts as C2. */
  languages: ReadonlyArray<{ code: string; level: CefrLevel; native: boolean }>;
  country: string | null;
  city: string | null;
  mobility: { remote: boolean; shortMissions: boolean; maxMissionWeeks: number | null; relocation: boolean };
  /** Inclusive "YYYY-MM-DD" windows. */
  availability: ReadonlyArray<{ from: string; to: string }>;
}

/** What scoring needs of an opportunity. */
export interface MatchOpportunity {
  type: OpportunityType;
  mustHaveSkills: ReadonlyArray<{ skillId: string; minLevel: number }>;
  niceToHaveSkills: ReadonlyArray<{ skillId: string; minLevel: number }>;
  languages: ReadonlyArray<{ code: string; minLevel: CefrLevel }>;
  location: { mode: 'onsite' | 'remote' | 'hybrid'; country: string | null; city: string | null };
  startDate: string | null;
  endDate: string | null;
  /** Missions: length in working days (null when unknown or not a mission). */
  missionDays: number | null;
}

/** The score in [0, 1] and what it is made of. */
export interface MatchScore {
  score: number;
  explanation: MatchExplanation;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Math.floor(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS);
const cefrRank = (level: CefrLevel) => CEFR_LEVELS.indexOf(level);
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** Calendar days spanned by `workingDays` Monday-to-Friday days (10 → 12: two weeks without the last weekend). */
export function calendarDaysOf(workingDays: number): number {
  const weeks = Math.floor((workingDays - 1) / 5);
  return weeks * 7 + (workingDays - weeks * 5);
}

const levelCredit = (talentLevel: number, minLevel: number) => Math.max(0, 1 - LEVEL_STEP_PENALTY * Math.max(0, minLevel - talentLevel));

/**
 * Whether a cover of a required skill beats the best so far: more credit, then the skill itself over a close one,
 * then a verified one (compared field by field: this runs for every required skill of every candidate).
 */
function beats(credit: number, own: boolean, verified: boolean, best: SkillFit): boolean {
  if (best.status === 'missing') return true;
  if (credit !== best.credit) return credit > best.credit;
  const bestOwn = best.status === 'met';
  if (own !== bestOwn) return own;
  return verified && !best.verified;
}

/** The talent's best cover for one required skill: the skill itself or a close one, whichever earns more. */
function fitSkill(required: { skillId: string; minLevel: number }, talent: ReadonlyMap<string, MatchTalent['skills'][number]>, graph: SkillGraph): SkillFit {
  let best: SkillFit = { skillId: required.skillId, status: 'missing', talentLevel: null, minLevel: required.minLevel, verified: false, credit: 0 };
  const own = talent.get(required.skillId);
  if (own) best = { ...best, status: 'met', talentLevel: own.level, verified: own.verified, credit: levelCredit(own.level, required.minLevel) };
  for (const { skillId, relation } of closeSkillsOf(graph, required.skillId)) {
    const stand = talent.get(skillId);
    if (!stand) continue;
    const credit = CLOSE_CREDIT[relation] * levelCredit(stand.level, required.minLevel);
    if (beats(credit, false, stand.verified, best)) {
      best = { skillId: required.skillId, status: 'close', via: { skillId, relation }, talentLevel: stand.level, minLevel: required.minLevel, verified: stand.verified, credit };
    }
  }
  return best;
}

function tierOf(mustHave: SkillFit[]): MatchTier {
  if (mustHave.some((s) => s.status === 'missing')) return 'some-missing';
  if (mustHave.every((s) => s.status === 'met' && s.talentLevel! >= s.minLevel)) return 'all-met';
  return 'all-covered';
}

function fitLanguages(required: MatchOpportunity['languages'], spoken: MatchTalent['languages']): LanguageFit[] {
  return required.map(({ code, minLevel }) => {
    const language = spoken.find((l) => l.code === code);
    if (!language) return { code: code as LanguageFit['code'], minLevel, talentLevel: null, status: 'missing' as const, fit: 0 };
    const level: CefrLevel = language.native ? 'C2' : language.level;
    const gap = Math.max(0, cefrRank(minLevel) - cefrRank(level));
    return { code: code as LanguageFit['code'], minLevel, talentLevel: level, status: gap === 0 ? ('met' as const) : ('below' as const), fit: Math.max(0, 1 - LANGUAGE_STEP_PENALTY * gap) };
  });
}

/** The mission's period as day numbers (inclusive), and the days the talent must be free within it. */
function missionPeriod(opp: MatchOpportunity): { start: number; end: number; requiredDays: number } | null {
  if (opp.type !== 'mission' || !opp.startDate) return null;
  const start = dayNumber(opp.startDate);
  const span = opp.missionDays ? calendarDaysOf(opp.missionDays) : null;
  const end = opp.endDate ? dayNumber(opp.endDate) : start + (span ?? 1) - 1;
  const periodDays = end - start + 1;
  return { start, end, requiredDays: span ? Math.min(span, periodDays) : periodDays };
}

/** The mission's period as dates ("YYYY-MM-DD", inclusive) for retrieval; null when not a dated mission. */
export function missionDates(opp: MatchOpportunity): { from: string; to: string } | null {
  const period = missionPeriod(opp);
  const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
  return period ? { from: iso(period.start), to: iso(period.end) } : null;
}

function fitAvailability(opp: MatchOpportunity, windows: MatchTalent['availability']): AvailabilityFit {
  const period = missionPeriod(opp);
  const windowsDeclared = windows.length > 0;
  if (!period) return { applicable: false, windowsDeclared, requiredDays: 0, overlapDays: 0, fit: 1 };
  // Days of the period inside at least one window: windows clipped to the period, merged where they overlap.
  const clipped = windows
    .map((w) => [Math.max(period.start, dayNumber(w.from)), Math.min(period.end, dayNumber(w.to))] as const)
    .filter(([from, to]) => from <= to)
    .sort((a, b) => a[0] - b[0]);
  let overlapDays = 0;
  let reached = period.start - 1;
  for (const [from, to] of clipped) {
    if (to > reached) overlapDays += to - Math.max(from, reached + 1) + 1;
    reached = Math.max(reached, to);
  }
  const fit = windowsDeclared ? Math.min(1, overlapDays / period.requiredDays) : AVAILABILITY_UNKNOWN_FIT;
  return { applicable: true, windowsDeclared, requiredDays: period.requiredDays, overlapDays, fit };
}

/** Mission length in weeks of five working days (from the dates when the duration is unknown). */
function missionWeeksOf(opp: MatchOpportunity): number | null {
  if (opp.type !== 'mission') return null;
  if (opp.missionDays) return Math.ceil(opp.missionDays / 5);
  if (opp.startDate && opp.endDate) return Math.ceil((dayNumber(opp.endDate) - dayNumber(opp.startDate) + 1) / 7);
  return null;
}

function fitLocation(opp: MatchOpportunity, talent: MatchTalent): LocationFit {
  const { mode } = opp.location;
  const missionWeeks = missionWeeksOf(opp);
  const maxMissionWeeks = talent.mobility.maxMissionWeeks;
  const base = { mode, missionWeeks, maxMissionWeeks };
  const options: Array<Pick<LocationFit, 'reason' | 'fit'>> = [{ reason: 'none', fit: 0 }];
  if (mode === 'remote') options.push(talent.mobility.remote ? { reason: 'remote', fit: 1 } : { reason: 'remote-not-declared', fit: REMOTE_UNDECLARED_FIT });
  else {
    if (mode === 'hybrid' && talent.mobility.remote) options.push({ reason: 'remote', fit: HYBRID_REMOTE_FIT });
    const country = opp.location.country ?? 'MA';
    const sameCountry = !!talent.country && talent.country === country;
    if (sameCountry && opp.location.city && talent.city && foldText(talent.city) === foldText(opp.location.city)) options.push({ reason: 'same-city', fit: 1 });
    if (sameCountry) options.push({ reason: 'same-country', fit: SAME_COUNTRY_FIT });
    if (opp.type === 'mission' && country === 'MA' && talent.mobility.shortMissions) {
      const long = missionWeeks !== null && maxMissionWeeks !== null && maxMissionWeeks < missionWeeks;
      options.push(long ? { reason: 'mission-too-long', fit: maxMissionWeeks! / missionWeeks! } : { reason: 'short-missions', fit: 1 });
    }
    if (opp.type !== 'mission' && talent.mobility.relocation) options.push({ reason: 'relocation', fit: 1 });
  }
  const best = options.reduce((a, b) => (b.fit > a.fit ? b : a));
  return { ...base, ...best };
}

/** Scores one (talent, opportunity) pair. */
export function scoreMatch(talent: MatchTalent, opp: MatchOpportunity, graph: SkillGraph): MatchScore {
  const skills = new Map(talent.skills.map((s) => [s.skillId, s]));
  const mustHave = opp.mustHaveSkills.map((r) => fitSkill(r, skills, graph));
  const niceToHave = opp.niceToHaveSkills.map((r) => fitSkill(r, skills, graph));
  const languages = fitLanguages(opp.languages, talent.languages);
  const availability = fitAvailability(opp, talent.availability);
  const location = fitLocation(opp, talent);
  const required = [...mustHave, ...niceToHave];
  const verified = { count: required.filter((s) => s.status !== 'missing' && s.verified).length, of: required.length };

  const components = {
    mustHave: mean(mustHave.map((s) => s.credit)),
    niceToHave: mean(niceToHave.map((s) => s.credit)),
    languages: mean(languages.map((l) => l.fit)),
    availability: availability.applicable ? availability.fit : null,
    location: location.fit,
    verified: verified.of ? verified.count / verified.of : null,
  };
  const weighted: Array<[number | null, number]> = [
    [components.mustHave, MUST_HAVE_WEIGHT],
    [components.niceToHave, NICE_TO_HAVE_WEIGHT],
    [components.languages, LANGUAGE_WEIGHT],
    [components.availability, AVAILABILITY_WEIGHT],
    [components.location, LOCATION_WEIGHT],
    [components.verified, VERIFIED_WEIGHT],
  ];
  const applicable = weighted.filter((entry): entry is [number, number] => entry[0] !== null);
  const quality = applicable.reduce((sum, [value, weight]) => sum + value * weight, 0) / applicable.reduce((sum, [, weight]) => sum + weight, 0);

  const tier = tierOf(mustHave);
  const [low, high] = TIER_BANDS[tier];
  return {
    score: low + (high - low) * Math.min(1, Math.max(0, quality)),
    explanation: { tier, mustHave, niceToHave, languages, availability, location, verified, components },
  };
}

/** Best first; equal scores in a stable order (by id), so pages do not shuffle between requests. */
export function byScore<T extends { id: string; score: number }>(a: T, b: T): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
