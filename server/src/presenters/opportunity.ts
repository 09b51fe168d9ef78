/** Opportunities as the API returns them; `canManage` tells the client whether to offer editing and the board. */
import type { Opportunity } from '@kafaat/shared';
import type { StoredOpportunity } from '../models/Opportunity';

/** The organisation as shown on an opportunity; null when it no longer exists (its last member left). */
export interface OpportunityOwner {
  id: string;
  name: string;
  kind: 'employer' | 'institution';
}

/** Only the languages actually written. */
export function textOf(text: { fr?: string | null; ar?: string | null; en?: string | null } | null | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(text ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].length > 0));
}

export function presentOpportunity(opp: StoredOpportunity, owner: OpportunityOwner | null, canManage: boolean): Opportunity {
  return {
    id: String(opp._id),
    type: opp.type,
    status: opp.status,
    organisation: owner ?? { id: String(opp.organisationId), name: '', kind: opp.type === 'job' ? 'employer' : 'institution' },
    title: textOf(opp.title),
    description: textOf(opp.description),
    sector: opp.sector as Opportunity['sector'],
    mustHaveSkills: opp.mustHaveSkills.map((s) => ({ skillId: s.skillId, minLevel: s.minLevel })),
    niceToHaveSkills: opp.niceToHaveSkills.map((s) => ({ skillId: s.skillId, minLevel: s.minLevel })),
    languages: opp.languages as Opportunity['languages'],
    location: { mode: (opp.location?.mode ?? 'onsite') as Opportunity['location']['mode'], country: opp.location?.country ?? 'MA', city: opp.location?.city ?? '' },
    startDate: opp.startDate ?? null,
    endDate: opp.endDate ?? null,
    deadline: opp.deadline ?? null,
    seats: opp.seats ?? 1,
    mission: opp.mission
      ? {
          hostInstitution: opp.mission.hostInstitution ?? '',
          objectives: opp.mission.objectives ?? '',
          deliverables: opp.mission.deliverables ?? [],
          durationDays: opp.mission.durationDays ?? 1,
          budget: { travelMad: opp.mission.budget?.travelMad ?? 0, dailyAllowanceMad: opp.mission.budget?.dailyAllowanceMad ?? 0 },
        }
      : null,
    project: opp.project ? { purpose: opp.project.purpose as 'investment', seeking: (opp.project.seeking ?? []) as Array<'expertise' | 'investment'> } : null,
    publishedAt: opp.publishedAt ? opp.publishedAt.toISOString() : null,
    createdAt: opp.createdAt.toISOString(),
    updatedAt: opp.updatedAt.toISOString(),
    canManage,
  };
}
