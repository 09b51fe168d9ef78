/**
 * A conditional update that only one of several concurrent callers can win: `findOneAndUpdate` by id with the
 * state the caller read in the filter (e.g. `{ stage: 'applied' }`), answering the updated document or null.
 *
 * On MongoDB the filter and the write are one atomic step. FerretDB 1.24 (SQLite) is not atomic here: its
 * findAndModify queries the matching document, then writes it back by _id in a separate transaction
 * (internal/handler/msg_findandmodify.go → common.UpdateDocument → backends/sqlite UpdateAll), so two callers
 * can both match the same old state. Calls for the same document are therefore also queued in this process,
 * which makes the check-and-write exclusive on FerretDB for one server process (how it runs here) and costs
 * nothing on MongoDB, where the filter still decides between processes.
 */
import type { Model, Types, UpdateQuery } from 'mongoose';

const queues = new Map<string, Promise<unknown>>();

/** Runs `task` after every earlier task of the same key has settled. */
async function serialised<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.catch(() => undefined);
  queues.set(key, settled);
  try {
    return await run;
  } finally {
    if (queues.get(key) === settled) queues.delete(key);
  }
}

/**
 * Runs `task` (a plain write of one document) in the same per-document queue as compareAndSet. FerretDB writes
 * back the whole document on any update, so two writes of one document that interleave there lose one of them;
 * the search indexer's mark-clearing and the profile writes go through here for that reason.
 */
export function exclusive<T>(model: Model<any>, id: Types.ObjectId | string, task: () => Promise<T>): Promise<T> {
  return serialised(`${model.modelName}:${String(id)}`, task);
}

/**
 * `exclusive` for a write of several documents at once (an `updateMany` by ids): waits for each one's queue, in
 * sorted order so two such writes cannot wait on each other, and holds them all while `task` runs.
 */
export function exclusiveMany<T>(model: Model<any>, ids: Array<Types.ObjectId | string>, task: () => Promise<T>): Promise<T> {
  const keys = [...new Set(ids.map(String))].sort();
  const hold = (i: number): Promise<T> => (i === keys.length ? task() : serialised(`${model.modelName}:${keys[i]}`, () => hold(i + 1)));
  return hold(0);
}

export async function compareAndSet<T>(
  model: Model<any>,
  id: Types.ObjectId | string,
  expected: Record<string, unknown>,
  update: UpdateQuery<unknown>,
): Promise<T | null> {
  return serialised(`${model.modelName}:${String(id)}`, () =>
    model.findOneAndUpdate({ ...expected, _id: id }, update, { returnDocument: 'after' }).lean<T>().exec(),
  );
}
