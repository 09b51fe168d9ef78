/**
 * The two match lists: Elasticsearch gathers up to CANDIDATE_LIMIT candidates with a rough order
 * (translators/matchCandidates.ts), then every candidate is rescored with score.ts from its index document alone
 * and the list is sorted. Callers paginate the ranked list. The index may lag MongoDB by a moment: the talents'
 * list is checked against MongoDB for the page shown only (routes/matches), the opportunities' list asks the
 * caller, in one batch, which candidates are still open (their mission length is not in the index).
 */
import type { estypes } from '@elastic/elasticsearch';
import type { MatchExplanation, ProfileVisibility } from '@kafaat/shared';
import type { SearchClient } from '../client';
import { readAlias } from '../indices';
import { cefrRank } from '../mappings/profiles';
import { buildOpportunityCandidatesQuery, buildTalentCandidatesQuery } from '../translators/matchCandidates';
import { opportunityFromIndex, talentFromIndex, type OpportunityMatchDoc, type ProfileMatchDoc } from './inputs';
import { byScore, missionDates, scoreMatch, type MatchOpportunity, type MatchTalent } from './score';
import { withCloseSkills, type SkillGraph } from './skillGraph';

/**
 * Candidates rescored per request: five pages of twenty, more than anyone reviews, and the rough order puts those
 * holding every must-have first. Fetching, parsing and rescoring them is most of a list's cost (with 100,000
 * profiles Elasticsearch takes 22 ms for 500, 12 ms for 200, 7.6 ms for 100). Measured on the benchmark's 20
 * opportunities: the first page's mean score is 0.002 lower with 100 candidates than with 200, and 200 is 0.001
 * below 1,000 — past the first hundred the talents are as good as interchangeable (docs/MATCHING.md).
 */
export const CANDIDATE_LIMIT = 100;

/** A candidate's index document with its score and explanation, as the lists sort and present them. */
export interface Ranked<T> {
  id: string;
  doc: T;
  score: number;
  explanation: MatchExplanation;
}

async function searchDocs<T>(client: SearchClient, index: string, request: object): Promise<T[]> {
  // Until the index exists (nothing indexed yet) the list is empty rather than an error.
  const res = await client.search<T>({ index, ignore_unavailable: true, ...request });
  return res.hits.hits.flatMap((hit) => (hit._source ? [hit._source] : []));
}

/**
 * The candidates request for one opportunity's match list: every talent holding a required or close skill among
 * `visibilities`, roughly ordered (the benchmark times Elasticsearch on exactly this body).
 */
export function talentCandidatesRequest(opportunity: MatchOpportunity, graph: SkillGraph, visibilities: ProfileVisibility[]): estypes.SearchRequest {
  return buildTalentCandidatesQuery({
    mustHave: withCloseSkills(graph, opportunity.mustHaveSkills.map((s) => s.skillId)),
    niceToHave: withCloseSkills(graph, opportunity.niceToHaveSkills.map((s) => s.skillId)),
    languages: opportunity.languages.map((l) => ({ code: l.code, minLevel: cefrRank(l.minLevel) })),
    type: opportunity.type,
    location: opportunity.location,
    period: missionDates(opportunity),
    visibilities,
    size: CANDIDATE_LIMIT,
  });
}

/** Talents an actor may see, ranked for one opportunity. */
export async function rankTalentsFor(
  client: SearchClient,
  prefix: string,
  input: {
    opportunity: MatchOpportunity;
    visibilities: ProfileVisibility[];
    graph: SkillGraph;
  },
): Promise<Array<Ranked<ProfileMatchDoc>>> {
  const { opportunity, graph } = input;
  if (input.visibilities.length === 0) return [];
  const request = talentCandidatesRequest(opportunity, graph, input.visibilities);
  const found = await searchDocs<ProfileMatchDoc>(client, readAlias(prefix, 'profiles'), request);
  return found.map((doc) => ({ id: doc.id, doc, ...scoreMatch(talentFromIndex(doc), opportunity, graph) })).sort(byScore);
}

/**
 * Open opportunities ranked for one talent. `stillOpen` tells, in one query, which candidates still take
 * applications and, for missions, their length in working days (the index does not hold it).
 */
export async function rankOpportunitiesFor(
  client: SearchClient,
  prefix: string,
  input: { talent: MatchTalent; graph: SkillGraph; today: string; stillOpen: (ids: string[]) => Promise<Map<string, { missionDays: number | null }>> },
): Promise<Array<Ranked<OpportunityMatchDoc>>> {
  const { talent, graph } = input;
  if (talent.skills.length === 0) return [];
  const request = buildOpportunityCandidatesQuery({
    skills: withCloseSkills(graph, talent.skills.map((s) => s.skillId)),
    languages: talent.languages.map((l) => ({ code: l.code, level: l.native ? 6 : cefrRank(l.level) })),
    remote: talent.mobility.remote,
    country: talent.country,
    today: input.today,
    size: CANDIDATE_LIMIT,
  });
  const found = await searchDocs<OpportunityMatchDoc>(client, readAlias(prefix, 'opportunities'), request);
  const open = found.length > 0 ? await input.stillOpen(found.map((doc) => doc.id)) : new Map<string, { missionDays: number | null }>();
  return found
    .filter((doc) => open.has(doc.id))
    .map((doc) => ({ id: doc.id, doc, ...scoreMatch(talent, opportunityFromIndex(doc, open.get(doc.id)!.missionDays), graph) }))
    .sort(byScore);
}
