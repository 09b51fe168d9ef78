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
