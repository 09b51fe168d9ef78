/**
 * A few seconds' memory of documents that every request reads by id: the session (auth/sessionStore.ts, one
 * second), the signed-in user (auth/passport.ts) and their organisation (policies/actor.ts), the three database
 * reads of a signed-in request; and the opportunity of a match list (routes/matches), ranked again for each page.
 *
 * A write through the model in this process forgets what it touches (query and document middleware registered on
 * the schema; a write whose filter is not one `_id` forgets everything), so a role, membership or organisation
 * status changed here applies from the next request; another server process sees it within `ttlMs`. A read that
 * was in flight while a write went by is not kept, so it cannot bring back the old value. Missing documents are not
 * kept. Callers get what the loader gave (plain objects): they must not change them.
 */
import type { Schema } from 'mongoose';

const QUERY_WRITES = ['updateOne', 'updateMany', 'findOneAndUpdate', 'findOneAndReplace', 'findOneAndDelete', 'replaceOne', 'deleteOne', 'deleteMany'] as const;

export interface RecentReadsOptions {
  ttlMs: number;
  /** Entries kept at most; the oldest go first. */
  max?: number;
  now?: () => number;
}

export class RecentReads<T> {
  private readonly entries = new Map<string, { value: T; at: number }>();
  /** Bumped by every write: a read that started before one is not kept. */
  private generation = 0;
  private readonly ttlMs: number;
  private readonly max: number;
  private readonly now: () => number;

  constructor(schema: Schema, options: RecentReadsOptions) {
    this.ttlMs = options.ttlMs;
    this.max = options.max ?? 10_000;
    this.now = options.now ?? (() => Date.now());
    // One id (a string or an ObjectId) forgets one document; any other filter ({ $in }, none) forgets them all.
    const forgetFilter = (filter: Record<string, unknown> | undefined) => {
      const id = filter?._id;
      if (id != null && (typeof id !== 'object' || 'toHexString' in id)) this.forget(String(id));
      else this.forgetAll();
    };
    // Before and after: the generation bump before the write keeps a read racing it from being stored.
    for (const when of ['pre', 'post'] as const) {
      const hook = (schema[when] as unknown as (...args: unknown[]) => unknown).bind(schema);
      hook([...QUERY_WRITES], { query: true, document: false }, function (this: { getFilter(): Record<string, unknown> }) {
        forgetFilter(this.getFilter());
      });
      hook(['save', 'deleteOne'], { document: true, query: false }, function (this: { _id: unknown }) {
        forgetFilter({ _id: this._id });
      });
      hook(['bulkWrite', 'insertMany'], () => this.forgetAll());
    }
  }

  /** The document of `id`, from memory when read less than `ttlMs` ago, else from `load`. */
  async get(id: string, load: () => Promise<T | null>): Promise<T | null> {
    const hit = this.entries.get(id);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.value;
    const generation = this.generation;
    const value = await load();
    if (value !== null && generation === this.generation) {
      this.entries.delete(id);
      this.entries.set(id, { value, at: this.now() });
      if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }

  forget(id: string): void {
    this.generation += 1;
    this.entries.delete(id);
  }

  forgetAll(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
