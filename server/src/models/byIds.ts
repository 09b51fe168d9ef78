/**
 * Reading documents by a list of ids, one `findOne({ _id })` each, a few at a time.
 *
 * FerretDB 1.24's SQLite handler pushes a filter down to SQLite (and so to the `_id` index; see
 * scripts/services/mongodb.ts for the patch that makes it use the index) only when the filter is a lone `_id`
 * equality; `{ _id: { $in: [...] } }` reads and decodes the whole collection in FerretDB (129 s for 500 ids among
 * 100,000 profiles). On MongoDB both are indexed; the single reads cost a round trip each, a few milliseconds for
 * the lists read here (a page of results, a batch of the indexer).
 */
import type { Model, Types } from 'mongoose';

/** Reads in flight at once. */
const PARALLEL = 16;

/** The documents of these ids that exist, in the order of `ids` (duplicates read once). */
export async function findByIds<T>(model: Model<any>, ids: Array<Types.ObjectId | string>, projection?: Record<string, 0 | 1>): Promise<T[]> {
  const unique = [...new Map(ids.map((id) => [String(id), id])).values()];
  const found: Array<T | null> = [];
  for (let at = 0; at < unique.length; at += PARALLEL) {
    found.push(...(await Promise.all(unique.slice(at, at + PARALLEL).map((_id) => model.findOne({ _id }, projection).lean<T>().exec()))));
  }
  return found.filter((doc): doc is NonNullable<typeof doc> => doc !== null) as T[];
}
