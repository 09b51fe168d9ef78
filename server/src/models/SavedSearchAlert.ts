/**
 * That a saved search has alerted its owner about a profile. Unique per (search, profile): a profile triggers at
 * most one alert per search, ever, however often it changes, and when two processes run the alert job at once
 * only the one whose insert wins notifies.
 */
import mongoose, { Schema, type InferSchemaType } from 'mongoose';

const savedSearchAlertSchema = new Schema({
  searchId: { type: Schema.Types.ObjectId, required: true },
  profileId: { type: Schema.Types.ObjectId, required: true },
  /** The search's owner, so erasing their account finds these rows. */
  ownerId: { type: Schema.Types.ObjectId, required: true },
  at: { type: Date, required: true },
});
savedSearchAlertSchema.index({ searchId: 1, profileId: 1 }, { unique: true });
// Erasure of the owner or of the talent.
savedSearchAlertSchema.index({ ownerId: 1 });
savedSearchAlertSchema.index({ profileId: 1 });

export type SavedSearchAlertFields = InferSchemaType<typeof savedSearchAlertSchema>;
export const SavedSearchAlert = mongoose.model('SavedSearchAlert', savedSearchAlertSchema);
