/**
 * Match list items as the API returns them: the few fields of a talent or an opportunity a list shows (picked
 * here, so a field added to an index never reaches a list by accident), with the score and its explanation.
 */
import type { MatchExplanation, OpportunityMatch, TalentMatch } from '@kafaat/shared';
import type { OpportunityMatchDoc, ProfileMatchDoc } from '../search/matching/inputs';
import type { Ranked } from '../search/matching/matcher';

/** Scores to 4 decimals: enough to keep the order, no false precision. */
const rounded = (score: number) => Math.round(score * 10_000) / 10_000;

/** A ranked talent as an opportunity's managers see it: identity and place, never sensitive answers. */
export function presentTalentMatch(match: Ranked<ProfileMatchDoc>): TalentMatch {
  const { doc } = match;
  return {
    talent: { id: doc.id, displayName: doc.displayName, headline: doc.headline ?? '', kind: doc.kind, country: doc.country ?? null, city: doc.city ?? '' },
    score: rounded(match.score),
    explanation: match.explanation,
  };
}

/** A ranked opportunity as the talent's list shows it, titles in every language written. */
export function presentOpportunityMatch(match: Ranked<OpportunityMatchDoc>): OpportunityMatch {
  const { doc } = match;
  return {
    opportunity: {
      id: doc.id,
      type: doc.type,
      title: doc.titles as Record<string, string>,
      organisation: { id: doc.organisation.id, name: doc.organisation.name },
      location: { mode: doc.location.mode as OpportunityMatch['opportunity']['location']['mode'], country: doc.location.country ?? 'MA', city: doc.location.city ?? '' },
      startDate: doc.dates?.gte ?? null,
      endDate: doc.dates?.lte ?? null,
      deadline: doc.deadline ?? null,
    },
    score: rounded(match.score),
    explanation: match.explanation,
  };
}

/** Every skill id an explanation names (required skills and the talent's stand-ins), for labelling. */
export function skillIdsOf(explanation: MatchExplanation): string[] {
  return [...explanation.mustHave, ...explanation.niceToHave].flatMap((s) => (s.via ? [s.skillId, s.via.skillId] : [s.skillId]));
}
