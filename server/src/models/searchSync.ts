/**
 * The search-sync mark every indexed document carries (profiles, opportunities): a write that changes what is
 * indexed sets `dirty` and increments `seq` in the SAME update, so no change can be saved without its mark,
 * even while Elasticsearch is down. The indexer (search/indexer.ts) clears `dirty` only if `seq` is still the
 * one it indexed, so a write made meanwhile keeps its mark. `seq` is also the external version of the indexed
 * document, so an older copy never overwrites a newer one in Elasticsearch.
 */
import { Schema } from 'mongoose';

/** The sub-document, added to a model's schema as `searchSync`. New documents are dirty. */
export const searchSyncSchema = new Schema(
  {
    dirty: { type: Boolean, default: true },
    seq: { type: Number, default: 0 },
  },
  { _id: false },
);

/** The value to store on a document created with `create`/`insertMany`. */
export const newSearchSync = () => ({ dirty: true, seq: 1 });

type UpdateOperators = { $set?: Record<string, unknown>; $inc?: Record<string, number>; [op: string]: unknown };

/** `update` plus the mark: `searchSync.dirty = true` and `searchSync.seq += 1`, in the same update. */
export function withSearchMark<T extends UpdateOperators>(update: T): T {
  return {
    ...update,
    $set: { ...(update.$set ?? {}), 'searchSync.dirty': true },
    $inc: { ...(update.$inc ?? {}), 'searchSync.seq': 1 },
  };
}
