/**
 * MongoDB's word on Elasticsearch's candidates where the index may lag: an opportunity just closed must not show
 * up in a talent's match list, and new-match notices go to talents whose profile still exists. (Visibility needs
 * no check on a page: a change of it is indexed before the talent's save answers, routes/profiles.)
 */
import { Types } from 'mongoose';
import type { ProfileVisibility } from '@kafaat/shared';
import { findByIds } from '../../models/byIds';
import { Opportunity, type StoredOpportunity } from '../../models/Opportunity';
import { Profile } from '../../models/Profile';
import { isOpenForApplications } from '../../policies/opportunity';

const objectIds = (ids: string[]) => ids.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id));

/** Of these talents (a page: a few dozen at most), those whose profile exists and has one of `visibilities` now. */
export async function stillVisibleProfiles(ids: string[], visibilities: ProfileVisibility[]): Promise<Set<string>> {
  const docs = await findByIds<{ _id: Types.ObjectId; visibility: ProfileVisibility }>(Profile, objectIds(ids), { visibility: 1 });
  return new Set(docs.filter((doc) => visibilities.includes(doc.visibility)).map((doc) => String(doc._id)));
}

/**
 * The first `limit` items of a ranked list that `keep` confirms: only as many are checked as the answer needs, an
 * item refused being replaced by the ones after it.
 */
export async function firstConfirmed<T extends { id: string }>(ranked: T[], limit: number, keep: (ids: string[]) => Promise<Set<string>>): Promise<T[]> {
  const kept: T[] = [];
  for (let next = 0; kept.length < limit && next < ranked.length; ) {
    const batch = ranked.slice(next, next + limit - kept.length);
    const confirmed = await keep(batch.map((item) => item.id));
    kept.push(...batch.filter((item) => confirmed.has(item.id)));
    next += batch.length;
  }
  return kept;
}

/** Of these opportunities, those taking applications on `today`, with each mission's length in working days. */
export async function stillOpenOpportunities(ids: string[], today: string): Promise<Map<string, { missionDays: number | null }>> {
  const docs = await Opportunity.find({ _id: { $in: objectIds(ids) }, status: 'published' }, { type: 1, status: 1, deadline: 1, organisationId: 1, 'mission.durationDays': 1 }).lean<
    Array<Pick<StoredOpportunity, '_id' | 'type' | 'status' | 'deadline' | 'organisationId'> & { mission?: { durationDays?: number | null } | null }>
  >();
  return new Map(
    docs
      .filter((doc) => isOpenForApplications({ organisationId: doc.organisationId, type: doc.type, status: doc.status, deadline: doc.deadline }, today))
      .map((doc) => [String(doc._id), { missionDays: doc.mission?.durationDays ?? null }]),
  );
}
