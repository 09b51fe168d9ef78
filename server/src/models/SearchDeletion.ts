/**
 * Search deletions still owed to Elasticsearch (collection `searchDeletions`): recorded when a deletion could
 * not reach the cluster (an account erased while it was down) or when the indexer finds it indexed a document
 * deleted meanwhile. The indexer drains them; holds ids only.
 */
import mongoose, { Schema } from 'mongoose';

export const SEARCH_DELETION_KINDS = ['owner', 'profile', 'opportunity'] as const;
export type SearchDeletionKind = (typeof SEARCH_DELETION_KINDS)[number];

const searchDeletionSchema = new Schema(
  {
    /** `owner`: every document of the deployment's indices whose `ownerId` is `targetId` (an erased account). */
    kind: { type: String, enum: SEARCH_DELETION_KINDS, required: true },
    targetId: { type: String, required: true },
    at: { type: Date, default: () => new Date() },
    attempts: { type: Number, default: 0 },
  },
  { versionKey: false, collection: 'searchDeletions' },
);

export const SearchDeletion = mongoose.model('SearchDeletion', searchDeletionSchema);
