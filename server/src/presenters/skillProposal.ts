/** Skill proposals and the taxonomy change log as the API returns them. */
import type { Types } from 'mongoose';
import type { SkillProposal, TaxonomyChange } from '@kafaat/shared';
import type { SkillProposalFields } from '../models/SkillProposal';
import type { TaxonomyChangeFields } from '../models/TaxonomyChange';

/** Display names by user id, read once per page; a missing id is an account deleted since. */
export type DisplayNames = Map<string, string>;

/** Names and lists as stored: every language may be missing in a document's type. */
export type Labels = { fr?: string | null; en?: string | null; ar?: string | null } | null | undefined;
export type Lists = { fr?: string[] | null; en?: string[] | null; ar?: string[] | null } | null | undefined;

/** Names in the three languages, empty where a stored document has none. */
export const labelsOf = (labels: Labels) => ({ fr: labels?.fr ?? '', en: labels?.en ?? '', ar: labels?.ar ?? '' });
/** Lists in the three languages, copied. */
export const listsOf = (lists: Lists) => ({ fr: [...(lists?.fr ?? [])], en: [...(lists?.en ?? [])], ar: [...(lists?.ar ?? [])] });
const person = (id: Types.ObjectId, names: DisplayNames) => ({ id: String(id), displayName: names.get(String(id)) ?? null });

export function presentSkillProposal(p: SkillProposalFields & { _id: Types.ObjectId; createdAt: Date }, names: DisplayNames): SkillProposal {
  return {
    id: String(p._id),
    type: p.type,
    status: p.status,
    sector: p.sector as SkillProposal['sector'],
    skillId: p.skillId ?? null,
    labels: labelsOf(p.labels),
    synonyms: listsOf(p.synonyms),
    broader: [...p.broader],
    related: [...p.related],
    isco: [...p.isco],
    reason: p.reason,
    proposedBy: person(p.proposedBy, names),
    createdAt: p.createdAt.toISOString(),
    reviewedBy: p.reviewedBy ? person(p.reviewedBy, names) : null,
    reviewedAt: p.reviewedAt ? p.reviewedAt.toISOString() : null,
    reviewComment: p.reviewComment ?? null,
    revision: p.revision ?? null,
  };
}

export function presentTaxonomyChange(c: TaxonomyChangeFields, names: DisplayNames): TaxonomyChange {
  return {
    revision: c.revision,
    type: c.type,
    skillId: c.skillId,
    proposalId: String(c.proposalId),
    labels: c.type === 'new-skill' ? labelsOf(c.labels) : null,
    synonyms: listsOf(c.synonyms),
    broader: [...c.broader],
    related: [...c.related],
    isco: [...c.isco],
    proposedBy: person(c.proposedBy, names),
    approvedBy: person(c.approvedBy, names),
    at: c.at.toISOString(),
  };
}
