/**
 * The profile's part of "download my data": the talent's whole profile, sensitive answers included (it is
 * their own data), or null when they never saved one. Imported by the profile routes, so it is registered
 * whenever the app is built.
 */
import { Profile } from '../../models/Profile';
import type { StoredProfile } from '../../presenters/profile';
import { registerExportSection } from '../accounts/accountExporter';
import { ownProfileOf } from './ownProfile';

registerExportSection('profile', async ({ user }) => {
  const doc = await Profile.findById(user._id).lean<StoredProfile>();
  return doc ? ownProfileOf(user, doc) : null;
});
