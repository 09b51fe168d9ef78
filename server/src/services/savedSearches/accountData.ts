/**
 * What saved searches add to "download my data" and "delete my account". Imported by the saved-search routes,
 * so the app registers both when it mounts them. Erasure deletes the person's searches and, for a talent, every
 * trace of them in other people's alerts (the alert rows, and their id in alert notifications; the
 * notifications feature blanks their name).
 */
import { Types } from 'mongoose';
import { Notification } from '../../models/Notification';
import { SavedSearch, type StoredSavedSearch } from '../../models/SavedSearch';
import { SavedSearchAlert } from '../../models/SavedSearchAlert';
import { presentSavedSearch } from '../../presenters/savedSearch';
import { registerErasureStep } from '../accounts/accountEraser';
import { registerExportSection } from '../accounts/accountExporter';

registerErasureStep('savedSearches', async ({ userId }) => {
  const id = new Types.ObjectId(String(userId));
  await SavedSearch.deleteMany({ ownerId: id });
  await SavedSearchAlert.deleteMany({ ownerId: id });
  await SavedSearchAlert.deleteMany({ profileId: id });
  await Notification.updateMany({ 'savedSearch.profileIds': id }, { $pull: { 'savedSearch.profileIds': id } });
  // An alert about them alone opened their page: it opens the owner's saved searches instead.
  await Notification.updateMany({ kind: 'savedSearchAlert', link: `/talents/${id}` }, { $set: { link: '/saved-searches' } });
});

registerExportSection('savedSearches', async ({ user }) => {
  const rows = await SavedSearch.find({ ownerId: user._id }).sort({ _id: 1 }).lean<StoredSavedSearch[]>();
  return rows.map(presentSavedSearch);
});
