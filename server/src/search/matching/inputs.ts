/**
 * Turns what we hold about a talent or an opportunity (an index document, or a stored one) into what score.ts
 * reads, so rescoring Elasticsearch's candidates needs no MongoDB read per candidate.
 */
import { CEFR_LEVELS, type CefrLevel, type OpportunityType } from '@kafaat/shared';
import type { OpportunityIndexDoc } from '../mappings/opportunities';
import type { ProfileIndexDoc } from '../mappings/profiles';
import type { MatchOpportunity, MatchTalent } from './score';

type Mode = MatchOpportunity['location']['mode'];
const cefrOf = (rank: number): CefrLevel => CEFR_LEVELS[Math.min(CEFR_LEVELS.length, Math.max(1, rank)) - 1]!;

/** The fields of a profile document that matching reads (the `_source` to fetch). */
export const PROFILE_MATCH_FIELDS = ['id', 'displayName', 'kind', 'headline', 'country', 'city', 'skills', 'languages', 'mobility', 'availability'] as const;
export type ProfileMatchDoc = Pick<ProfileIndexDoc, (typeof PROFILE_MATCH_FIELDS)[number]>;

/** A talent as its index document describes it (a native language is indexed as level 6, C2). */
export function talentFromIndex(doc: ProfileMatchDoc): MatchTalent {
  return {
    skills: (doc.skills ?? []).map((s) => ({ skillId: s.id, level: s.level, verified: s.verified })),
    languages: (doc.languages ?? []).map((l) => ({ code: l.code, level: cefrOf(l.level), native: l.native })),
    country: doc.country ?? null,
    city: doc.city ?? null,
    mobility: { remote: !!doc.mobility?.remote, shortMissions: !!doc.mobility?.shortMissions, maxMissionWeeks: doc.mobility?.maxMissionWeeks ?? null, relocation: !!doc.mobility?.relocation },
    availability: (doc.availability ?? []).map((w) => ({ from: w.gte, to: w.lte })),
  };
}

/** The part of a stored profile (a lean Profile document) matching reads: the talent's own profile. */
export interface StoredTalentSource {
  country?: string | null;
  city?: string | null;
  skills?: Array<{ skillId: string; level: number; verification?: { status?: string | null } | null }> | null;
  languages?: Array<{ code?: string | null; level?: string | null; native?: boolean | null }> | null;
  mobility?: { remote?: boolean | null; shortMissions?: boolean | null; maxMissionWeeks?: number | null; relocation?: boolean | null } | null;
  availability?: Array<{ from?: string | null; to?: string | null }> | null;
}

/** A talent from their stored profile (fresher than the index for the talent's own match list). */
export function talentFromStored(profile: StoredTalentSource): MatchTalent {
  return {
    skills: (profile.skills ?? []).map((s) => ({ skillId: s.skillId, level: s.level, verified: s.verification?.status === 'verified' })),
    languages: (profile.languages ?? [])
      .filter((l) => l.code && (CEFR_LEVELS as readonly string[]).includes(l.level ?? ''))
      .map((l) => ({ code: l.code!, level: l.level as CefrLevel, native: !!l.native })),
    country: profile.country ?? null,
    city: profile.city || null,
    mobility: {
      remote: !!profile.mobility?.remote,
      shortMissions: !!profile.mobility?.shortMissions,
      maxMissionWeeks: profile.mobility?.maxMissionWeeks ?? null,
      relocation: !!profile.mobility?.relocation,
    },
    availability: (profile.availability ?? []).filter((w) => w.from && w.to && w.to >= w.from).map((w) => ({ from: w.from!, to: w.to! })),
  };
}

/** The fields of an opportunity document that matching reads. */
export const OPPORTUNITY_MATCH_FIELDS = ['id', 'type', 'organisation', 'titles', 'must_have', 'nice_to_have', 'languages', 'location', 'dates', 'deadline'] as const;
export type OpportunityMatchDoc = Pick<OpportunityIndexDoc, (typeof OPPORTUNITY_MATCH_FIELDS)[number]>;

/** An opportunity as its index document describes it; the index has no mission length, so it is passed in. */
export function opportunityFromIndex(doc: OpportunityMatchDoc, missionDays: number | null): MatchOpportunity {
  return {
    type: doc.type,
    mustHaveSkills: (doc.must_have ?? []).map((s) => ({ skillId: s.id, minLevel: s.minLevel })),
    niceToHaveSkills: (doc.nice_to_have ?? []).map((s) => ({ skillId: s.id, minLevel: s.minLevel })),
    languages: (doc.languages ?? []).map((l) => ({ code: l.code, minLevel: cefrOf(l.minLevel) })),
    location: { mode: doc.location.mode as Mode, country: doc.location.country ?? null, city: doc.location.city ?? null },
    startDate: doc.dates?.gte ?? null,
    endDate: doc.dates?.lte ?? null,
    missionDays: doc.type === 'mission' ? missionDays : null,
  };
}

/** The part of a stored opportunity (a lean Opportunity document) matching reads. */
export interface StoredOpportunitySource {
  type: string;
  mustHaveSkills?: Array<{ skillId: string; minLevel: number }> | null;
  niceToHaveSkills?: Array<{ skillId: string; minLevel: number }> | null;
  languages?: Array<{ code?: string | null; minLevel?: string | null }> | null;
  location?: { mode?: string | null; country?: string | null; city?: string | null } | null;
  startDate?: string | null;
  endDate?: string | null;
  mission?: { durationDays?: number | null } | null;
}

/** An opportunity as stored (the manager's own, read once per request). */
export function opportunityFromStored(opp: StoredOpportunitySource): MatchOpportunity {
  return {
    type: opp.type as OpportunityType,
    mustHaveSkills: (opp.mustHaveSkills ?? []).map((s) => ({ skillId: s.skillId, minLevel: s.minLevel })),
    niceToHaveSkills: (opp.niceToHaveSkills ?? []).map((s) => ({ skillId: s.skillId, minLevel: s.minLevel })),
    languages: (opp.languages ?? [])
      .filter((l) => l.code && (CEFR_LEVELS as readonly string[]).includes(l.minLevel ?? ''))
      .map((l) => ({ code: l.code!, minLevel: l.minLevel as CefrLevel })),
    location: { mode: (opp.location?.mode ?? 'onsite') as Mode, country: opp.location?.country ?? 'MA', city: opp.location?.city || null },
    startDate: opp.startDate ?? null,
    endDate: opp.endDate ?? null,
    missionDays: opp.type === 'mission' ? (opp.mission?.durationDays ?? null) : null,
  };
}
