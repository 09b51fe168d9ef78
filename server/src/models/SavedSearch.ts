/**
 * A talent search an employer or officer saved: its name, its filters (parsed, as the talent search takes them)
 * and whether new matches are notified. `lastCheckedAt` is how far the alert job has looked: only profiles
 * changed after it can newly match. `slot` (0–49) is unique per owner, so the limit of saved searches holds even
 * when two saves race, in one process or several.
 */
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';

const savedSearchSchema = new Schema(
  {
    ownerId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    slot: { type: Number, required: true },
    name: { type: String, required: true },
    /** SavedSearchFilters (shared): checked by zod when saved and again when the alert job reads them. */
    filters: { type: Schema.Types.Mixed, required: true },
    alerts: { type: Boolean, default: true },
    lastCheckedAt: { type: Date, required: true },
  },
  { timestamps: true, minimize: false },
);
// The limit per owner; the owner's list, newest first; the alert job's scan.
savedSearchSchema.index({ ownerId: 1, slot: 1 }, { unique: true });
savedSearchSchema.index({ ownerId: 1, _id: -1 });
savedSearchSchema.index({ alerts: 1, _id: 1 });

export type SavedSearchFields = InferSchemaType<typeof savedSearchSchema>;
export type SavedSearchDoc = HydratedDocument<SavedSearchFields>;
export type StoredSavedSearch = SavedSearchFields & { _id: mongoose.Types.ObjectId; createdAt: Date; updatedAt: Date };
export const SavedSearch = mongoose.model('SavedSearch', savedSearchSchema);
