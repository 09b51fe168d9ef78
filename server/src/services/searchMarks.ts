/**
 * Marks for the search indexer written when something indexed changes outside the document itself: a talent's
 * display name (on their account) or an organisation's name (shown on its opportunities). A write of its own,
 * after the change: should it be lost, the next write of the document or `npm run reindex` repairs it.
 */
import type { Types } from 'mongoose';
import { exclusive } from '../models/compareAndSet';
import { Opportunity } from '../models/Opportunity';
import { Profile } from '../models/Profile';
import { withSearchMark } from '../models/searchSync';
import { emit } from './events';
import './profiles/profileEvents';

/** The talent's profile (if any) is indexed again. */
export async function markProfileForSearch(userId: Types.ObjectId | string): Promise<void> {
  const res = await exclusive(Profile, userId, () => Profile.updateOne({ _id: userId }, withSearchMark({})));
  if (res.matchedCount === 1) await emit('profile.updated', { profileId: String(userId) });
}

/** Every opportunity of the organisation is indexed again (one write each, queued like their other writes). */
export async function markOrganisationOpportunitiesForSearch(organisationId: Types.ObjectId | string): Promise<void> {
  const ids = (await Opportunity.find({ organisationId }, { _id: 1 }).lean()).map((o) => o._id);
  for (const id of ids) await exclusive(Opportunity, id, () => Opportunity.updateOne({ _id: id }, withSearchMark({})));
}
