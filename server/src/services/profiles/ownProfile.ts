/**
 * The talent's own profile as the editor shows it: the stored profile (or the empty one before the first
 * save) with its completeness, which counts the CV among the talent's documents.
 */
import { profileCompleteness, type OwnProfile } from '@kafaat/shared';
import { presentOwnProfile, profileContentOf, type ProfileOwner, type StoredProfile } from '../../presenters/profile';
import { hasCv } from './talentDocuments';

export async function ownProfileOf(owner: ProfileOwner, doc: StoredProfile | null): Promise<OwnProfile> {
  const completeness = profileCompleteness(profileContentOf(doc, owner), { hasCv: await hasCv(owner._id) });
  return presentOwnProfile(doc, owner, completeness);
}
