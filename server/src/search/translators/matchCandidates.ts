/**
 * Candidate retrieval for matching (pure; tested by the JSON it builds). Elasticsearch only gathers the few
 * hundred plausible candidates and orders them roughly; score.ts then ranks them for real. The rough order is a
 * sum of constant boosts (no scripts: this cluster has no painless), one per thing that fits, with the same
 * priorities as score.ts: a must-have weighs most, then a close skill, nice-to-haves, languages, place, dates.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { ProfileVisibility } from '@kafaat/shared';
import { OPPORTUNITY_MATCH_FIELDS, PROFILE_MATCH_FIELDS } from '../matching/inputs';

/** Rough-order boosts; only their order matters (the final ranking is score.ts's). */
export const RETRIEVAL_BOOSTS = {
  mustHave: 4,
  mustHaveClose: 1.5,
  niceToHave: 1,
  niceToHaveClose: 0.4,
  verified: 1,
  language: 1,
  place: 0.5,
  dates: 0.5,
} as const;

/** Skill ids asked for, with the ids of skills close to them (skillGraph.withCloseSkills). */
export interface SkillIdSet {
  exact: string[];
  close: string[];
}

const boosted = (filter: estypes.QueryDslQueryContainer, boost: number): estypes.QueryDslQueryContainer => ({ constant_score: { filter, boost } });
const eachTerm = (field: string, ids: string[], boost: number) => ids.map((value) => boosted({ term: { [field]: value } }, boost));
const anyOf = (clauses: estypes.QueryDslQueryContainer[]): estypes.QueryDslQueryContainer => ({ bool: { should: clauses, minimum_should_match: 1 } });

/** What the talents query needs to know of the opportunity, and who asks. */
export interface TalentCandidatesInput {
  mustHave: SkillIdSet;
  niceToHave: SkillIdSet;
  /** `minLevel` 1–6 for A1–C2, as indexed. */
  languages: Array<{ code: string; minLevel: number }>;
  type: string;
  location: { mode: string; country: string | null; city: string | null };
  /** The mission's period, "YYYY-MM-DD" inclusive; null when not a mission or no dates. */
  period: { from: string; to: string } | null;
  /** profilePolicy.visibleTo(actor): the only profiles the asker may see. */
  visibilities: ProfileVisibility[];
  size: number;
}

/**
 * Talents for an opportunity: visible to the asker AND holding at least one skill asked for or close to one
 * (everyone visible when it asks for no skill), roughly ordered.
 */
export function buildTalentCandidatesQuery(input: TalentCandidatesInput): estypes.SearchRequest {
  const { mustHave, niceToHave, location } = input;
  const allSkills = [...new Set([...mustHave.exact, ...mustHave.close, ...niceToHave.exact, ...niceToHave.close])];
  const filter: estypes.QueryDslQueryContainer[] = [{ terms: { visibility: input.visibilities } }];
  if (allSkills.length > 0) filter.push({ terms: { skill_ids: allSkills } });

  const should: estypes.QueryDslQueryContainer[] = [
    ...eachTerm('skill_ids', mustHave.exact, RETRIEVAL_BOOSTS.mustHave),
    ...eachTerm('skill_ids', mustHave.close, RETRIEVAL_BOOSTS.mustHaveClose),
    ...eachTerm('skill_ids', niceToHave.exact, RETRIEVAL_BOOSTS.niceToHave),
    ...eachTerm('skill_ids', niceToHave.close, RETRIEVAL_BOOSTS.niceToHaveClose),
  ];
  const asked = [...mustHave.exact, ...niceToHave.exact];
  if (asked.length > 0) should.push(boosted({ terms: { verified_skill_ids: asked } }, RETRIEVAL_BOOSTS.verified));
  for (const language of input.languages) {
    // "At least B2" is one term of the flat levels field (mappings/profiles.ts), cheaper than a nested query.
    should.push(boosted({ term: { language_levels: `${language.code}:${language.minLevel}` } }, RETRIEVAL_BOOSTS.language));
  }
  if (location.mode !== 'onsite') should.push(boosted({ term: { 'mobility.remote': true } }, RETRIEVAL_BOOSTS.place));
  if (location.mode !== 'remote') {
    if (location.country) should.push(boosted({ term: { country: location.country } }, RETRIEVAL_BOOSTS.place));
    if (location.city) should.push(boosted({ term: { city: location.city } }, RETRIEVAL_BOOSTS.place));
    const mobility = input.type === 'mission' ? 'mobility.shortMissions' : 'mobility.relocation';
    should.push(boosted({ term: { [mobility]: true } }, RETRIEVAL_BOOSTS.place));
  }
  if (input.period) {
    should.push(boosted({ range: { availability: { gte: input.period.from, lte: input.period.to, relation: 'intersects' } } }, RETRIEVAL_BOOSTS.dates));
  }

  return {
    size: input.size,
    track_total_hits: false,
    _source: [...PROFILE_MATCH_FIELDS],
    query: { bool: { filter, should } },
    sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
  };
}

/** What the opportunities query needs to know of the talent. */
export interface OpportunityCandidatesInput {
  skills: SkillIdSet;
  /** The talent's languages, `level` 1–6 (a native language is 6). */
  languages: Array<{ code: string; level: number }>;
  remote: boolean;
  country: string | null;
  /** Today in Morocco, "YYYY-MM-DD": deadlines are its last calendar day. */
  today: string;
  size: number;
}

/**
 * Open opportunities for a talent: published, deadline not passed, asking for at least one of the talent's skills
 * or a skill close to one of them (must-have or nice-to-have), roughly ordered.
 */
export function buildOpportunityCandidatesQuery(input: OpportunityCandidatesInput): estypes.SearchRequest {
  const { skills } = input;
  const all = [...new Set([...skills.exact, ...skills.close])];
  const filter: estypes.QueryDslQueryContainer[] = [
    { term: { status: 'published' } },
    anyOf([{ bool: { must_not: [{ exists: { field: 'deadline' } }] } }, { range: { deadline: { gte: input.today } } }]),
    anyOf([{ terms: { must_have_ids: all } }, { terms: { nice_to_have_ids: all } }]),
  ];
  const should: estypes.QueryDslQueryContainer[] = [
    ...eachTerm('must_have_ids', skills.exact, RETRIEVAL_BOOSTS.mustHave),
    ...eachTerm('nice_to_have_ids', skills.exact, RETRIEVAL_BOOSTS.niceToHave),
  ];
  if (skills.close.length > 0) {
    should.push(boosted({ terms: { must_have_ids: skills.close } }, RETRIEVAL_BOOSTS.mustHaveClose));
    should.push(boosted({ terms: { nice_to_have_ids: skills.close } }, RETRIEVAL_BOOSTS.niceToHaveClose));
  }
  for (const language of input.languages) {
    const asked = { nested: { path: 'languages', query: { bool: { filter: [{ term: { 'languages.code': language.code } }, { range: { 'languages.minLevel': { lte: language.level } } }] } } } };
    should.push(boosted(asked, RETRIEVAL_BOOSTS.language));
  }
  if (input.remote) should.push(boosted({ terms: { 'location.mode': ['remote', 'hybrid'] } }, RETRIEVAL_BOOSTS.place));
  if (input.country) should.push(boosted({ term: { 'location.country': input.country } }, RETRIEVAL_BOOSTS.place));

  return {
    size: input.size,
    track_total_hits: false,
    _source: [...OPPORTUNITY_MATCH_FIELDS],
    query: { bool: { filter, should } },
    sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
  };
}
