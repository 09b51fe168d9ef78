/**
 * The search indexer: drains what MongoDB marked for search into Elasticsearch, so no write is lost while the
 * cluster is down. Each round it reads up to `batchSize` dirty profiles and dirty opportunities (in _id order,
 * resuming after the last one, so a document Elasticsearch keeps refusing cannot starve the others) and the
 * deletions owed (`searchDeletions`), sends ONE bulk request, and clears a document's mark only when every copy
 * was acknowledged AND its `searchSync.seq` is still the one indexed (a conditional update). A document deleted
 * meanwhile is noticed by that update and removed again. Runs every `intervalMs` while there is work, slows down
 * to `idleIntervalMs` when idle, runs at once after a profile or opportunity event, and backs off while
 * Elasticsearch is unreachable.
 *
 * Which documents a round reads: those the write events of this process named, by id; and, at start-up, after a
 * failure and every `sweepIntervalMs`, every marked document (a sweep). The sweep finds the marks no event of
 * this process announced (another process, a crash between a write and its event, a bulk mark such as an
 * organisation's new name); it is an indexed query on MongoDB but reads the whole collection on FerretDB
 * (5 s for 100,000 profiles), so it is not run on every round.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { Types } from 'mongoose';
import type { Logger } from '../logger';
import { findByIds } from '../models/byIds';
import { exclusiveMany } from '../models/compareAndSet';
import { SearchDeletion, type SearchDeletionKind } from '../models/SearchDeletion';
import { on } from '../services/events';
import type { SearchClient } from './client';
import { eraseOwnedDocuments } from './erasure';
import { bulkLines, indicesBehind, itemAcknowledged, readAlias, rebuildIndex, SEARCH_INDEX_NAMES, writeAliases } from './indices';
import { modelOf, readBatch, readMarked, type SearchIndexName, type SourcedDoc } from './sources';

export interface IndexerOptions {
  search: SearchClient;
  prefix: string;
  logger?: Pick<Logger, 'warn' | 'info' | 'error'>;
  /** Wait between rounds while there is work. */
  intervalMs?: number;
  /**
   * Longest wait between rounds when idle: each empty round doubles the wait up to this. Every round scans for
   * marked documents, a full collection scan on FerretDB, so an idle server polls slowly; writes made through
   * the services wake it at once (profile.updated, opportunity.* events).
   */
  idleIntervalMs?: number;
  batchSize?: number;
  /** Wait between two sweeps for marked documents no event named. */
  sweepIntervalMs?: number;
  /** Longest wait between attempts while Elasticsearch fails. */
  maxBackoffMs?: number;
}

export interface RoundResult {
  indexed: number;
  failed: number;
  deletions: number;
  /** True when a batch was full: another round follows at once. */
  more: boolean;
}

/** What a round does besides the marked documents, and how long its bulk request may take (a request's `indexNow`). */
interface RoundOptions {
  /** Whether to apply the deletions owed (a request's `indexNow` leaves them to the loop). */
  deletions: boolean;
  /** Whether the documents events named are written even when no longer marked (`indexNow`). */
  unmarkedToo?: boolean;
  requestTimeout?: number;
}

/** Deletions drained per round. */
const DELETIONS_PER_ROUND = 100;

interface Pending {
  index: SearchIndexName;
  entry: SourcedDoc<object>;
  items: number[];
}

export class SearchIndexer {
  private readonly opts: Required<Omit<IndexerOptions, 'logger'>> & Pick<IndexerOptions, 'logger'>;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;
  private nudged = false;
  private failures = 0;
  private idleRounds = 0;
  private readonly after: Record<SearchIndexName, Types.ObjectId | null> = { profiles: null, opportunities: null };
  /** Ids the write events named since the last round read them. */
  private readonly hinted: Record<SearchIndexName, Set<string>> = { profiles: new Set(), opportunities: new Set() };
  private nextSweepAt = 0;
  private unsubscribe: Array<() => void> = [];

  constructor(options: IndexerOptions) {
    this.opts = { intervalMs: 500, idleIntervalMs: 5000, batchSize: 500, sweepIntervalMs: 60_000, maxBackoffMs: 5000, ...options };
  }

  /** Starts the background loop; changes to opportunities wake it at once. */
  start(): this {
    if (!this.stopped) return this;
    this.stopped = false;
    const opportunity = (p: { opportunityId: string }) => this.hint('opportunities', p.opportunityId);
    this.unsubscribe = [
      on('profile.updated', (p) => this.hint('profiles', p.profileId)),
      on('opportunity.created', opportunity),
      on('opportunity.updated', opportunity),
      on('opportunity.statusChanged', opportunity),
    ];
    this.schedule(0);
    return this;
  }

  /** Stops the loop and waits for a round in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    await this.running?.catch(() => undefined);
  }

  /** Remembers a document a write marked, for the next round, and runs that round soon. */
  private hint(index: SearchIndexName, id: string): void {
    this.hinted[index].add(id);
    this.nudge();
  }

  /** Runs a round as soon as possible (after the one in flight). */
  nudge(): void {
    if (this.stopped) return;
    this.idleRounds = 0;
    if (this.running) this.nudged = true;
    else if (this.failures === 0) this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = null;
    let next = this.opts.intervalMs;
    try {
      const round = await this.runOnce('auto');
      if (this.failures > 0) this.opts.logger?.info({ after: this.failures }, 'search indexer: Elasticsearch reachable again, catching up');
      this.failures = 0;
      // A document Elasticsearch keeps refusing is no work: it must not keep the loop at full speed.
      const busy = round.indexed + round.deletions > 0;
      this.idleRounds = busy ? 0 : this.idleRounds + 1;
      next = Math.min(this.opts.intervalMs * 2 ** Math.min(this.idleRounds, 10), Math.max(this.opts.idleIntervalMs, this.opts.intervalMs));
      if (round.more || this.nudged) next = 0;
    } catch (err) {
      this.failures += 1;
      if (this.failures === 1 || this.failures % 50 === 0) this.opts.logger?.warn({ err, failures: this.failures }, 'search indexer: round failed; changes stay marked and are retried');
      next = Math.min(this.opts.intervalMs * 2 ** Math.min(this.failures, 10), this.opts.maxBackoffMs);
    }
    this.nudged = false;
    this.schedule(next);
  }

  /**
   * One round (never two at once in this process). Throws when Elasticsearch cannot be reached. Called from
   * outside (tests, scripts) it sweeps; the background loop sweeps only when one is due.
   */
  runOnce(mode: 'sweep' | 'auto' = 'sweep'): Promise<RoundResult> {
    return this.serialized(() => this.round(mode === 'sweep' || Date.now() >= this.nextSweepAt, { deletions: true }));
  }

  /**
   * Runs `round` after this indexer's round in flight: one at a time per indexer. Two indexers (the loop and a
   * request's `indexNow`) may overlap; a mark is cleared only by a conditional update, so neither loses a write.
   */
  private serialized(round: () => Promise<RoundResult>): Promise<RoundResult> {
    const run = (this.running ?? Promise.resolve()).catch(() => undefined).then(round);
    this.running = run;
    return run.finally(() => {
      if (this.running === run) this.running = null;
    });
  }

  /**
   * Writes these marked documents now and waits until searches see them (a refresh), for a change that must not
   * wait for the loop: a talent narrowing who may see their profile is out of every search and match list other
   * people run once the answer says so. Throws when Elasticsearch fails or takes longer than `timeoutMs`; the
   * marks stay, and the loop writes the documents once it answers.
   */
  async indexNow(index: SearchIndexName, ids: string[], timeoutMs = 3000): Promise<RoundResult> {
    for (const id of ids) this.hinted[index].add(id);
    const write = async () => {
      // Written whether marked or not: the loop may have cleared the mark of a write it sent a moment ago, unrefreshed.
      const result = await this.serialized(() => this.round(false, { deletions: false, unmarkedToo: true, requestTimeout: timeoutMs }));
      await this.opts.search.indices.refresh({ index: readAlias(this.opts.prefix, index) }, { requestTimeout: timeoutMs, maxRetries: 0 });
      return result;
    };
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`search did not confirm within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([write(), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs rounds until nothing is marked (for tests and scripts); throws what a round throws. */
  async drain(maxRounds = 1000): Promise<void> {
    for (let i = 0; i < maxRounds; i += 1) {
      await this.runOnce();
      if ((await searchBacklogCount()) === 0) return;
    }
    throw new Error('the search backlog did not drain');
  }

  private async round(sweep: boolean, write: RoundOptions): Promise<RoundResult> {
    const taken = Object.fromEntries(SEARCH_INDEX_NAMES.map((index) => [index, [...this.hinted[index]]])) as Record<SearchIndexName, string[]>;
    for (const index of SEARCH_INDEX_NAMES) this.hinted[index].clear();
    try {
      const result = await this.roundOf(sweep, taken, write);
      // A sweep that found a full batch goes on at the next round; otherwise the next one is due later.
      if (sweep) this.nextSweepAt = result.more ? 0 : Date.now() + this.opts.sweepIntervalMs;
      return result;
    } catch (err) {
      // What this round took is not lost: its marks stay in MongoDB and the next round sweeps.
      this.nextSweepAt = 0;
      throw err;
    }
  }

  private async roundOf(sweep: boolean, hinted: Record<SearchIndexName, string[]>, write: RoundOptions): Promise<RoundResult> {
    const { search, prefix, batchSize } = this.opts;
    const deletions = write.deletions ? await SearchDeletion.find().sort({ at: 1 }).limit(DELETIONS_PER_ROUND).lean() : [];
    const batches = await Promise.all(SEARCH_INDEX_NAMES.map((index) => (sweep ? this.readDirty(index) : hinted[index].length ? readMarked(index, hinted[index], { markedOnly: !write.unmarkedToo }) : [])));
    const work = SEARCH_INDEX_NAMES.filter((index, i) => batches[i]!.length > 0 || deletions.some((d) => d.kind === index.slice(0, -1)));
    const targets = new Map<SearchIndexName, string[]>();
    for (const index of work) {
      // Built here when missing (Elasticsearch was down at start-up, or a test's fresh prefix).
      if ((await indicesBehind(search, readAlias(prefix, index))).length === 0) await rebuildIndex({ search, prefix, index });
      targets.set(index, await writeAliases(search, prefix, index));
    }

    const operations: Array<estypes.BulkOperationContainer | object> = [];
    const itemKinds: boolean[] = [];
    const add = (lines: Array<estypes.BulkOperationContainer | object>, deletion: boolean): number => {
      operations.push(...lines);
      itemKinds.push(deletion);
      return itemKinds.length - 1;
    };
    const pending: Pending[] = [];
    SEARCH_INDEX_NAMES.forEach((index, i) => {
      for (const entry of batches[i]!) {
        pending.push({ index, entry, items: targets.get(index)!.map((alias) => add(bulkLines(alias, entry.id, entry.seq, entry.doc), entry.doc === null)) });
      }
    });
    const docDeletions = deletions.filter((d) => d.kind !== 'owner').map((d) => {
      const index = `${d.kind}s` as SearchIndexName;
      return { d, items: targets.get(index)!.map((alias) => add(bulkLines(alias, d.targetId, 0, null), true)) };
    });

    let acks: boolean[] = [];
    if (operations.length > 0) {
      const res = await search.bulk({ operations }, write.requestTimeout ? { requestTimeout: write.requestTimeout, maxRetries: 0 } : {});
      acks = res.items.map((item, i) => {
        const result = Object.values(item)[0]!;
        const ok = itemAcknowledged(result, itemKinds[i]!);
        if (!ok) this.opts.logger?.warn({ id: result._id, index: result._index, status: result.status, error: result.error?.type }, 'search indexer: document refused');
        return ok;
      });
    }

    const done = pending.filter((p) => p.items.every((i) => acks[i]));
    let indexed = 0;
    for (const index of SEARCH_INDEX_NAMES) indexed += await clearMarks(index, done.filter((p) => p.index === index).map((p) => p.entry));
    const failed = pending.length - done.length;
    let drained = 0;
    for (const { d, items } of docDeletions) {
      if (items.every((i) => acks[i])) drained += (await SearchDeletion.deleteOne({ _id: d._id })).deletedCount;
      else await SearchDeletion.updateOne({ _id: d._id }, { $inc: { attempts: 1 } });
    }
    for (const d of deletions.filter((x) => x.kind === 'owner')) {
      await eraseOwnedDocuments({ search, indexPrefix: prefix, ownerId: d.targetId });
      drained += (await SearchDeletion.deleteOne({ _id: d._id })).deletedCount;
    }
    const more = batches.some((b) => b.length >= batchSize) || deletions.length >= DELETIONS_PER_ROUND;
    return { indexed, failed, deletions: drained, more };
  }

  /** The next dirty documents of an index, resuming after the last batch and wrapping around at the end. */
  private async readDirty(index: SearchIndexName): Promise<Array<SourcedDoc<object>>> {
    const limit = this.opts.batchSize;
    let batch = await readBatch(index, { dirtyOnly: true, afterId: this.after[index], limit });
    if (batch.count === 0 && this.after[index]) batch = await readBatch(index, { dirtyOnly: true, afterId: null, limit });
    this.after[index] = batch.count >= limit ? batch.lastId : null;
    return batch.docs;
  }
}

/**
 * Clears the marks of documents whose version (`seq`) is still the one indexed, in one conditional update per
 * version; returns how many were cleared. A document gone from MongoDB was deleted while it was being indexed:
 * its removal is recorded for the next round. Queued with the other writes of these documents in this process
 * (see models/compareAndSet.ts: FerretDB writes whole documents back).
 */
async function clearMarks(index: SearchIndexName, entries: Array<SourcedDoc<object>>): Promise<number> {
  if (entries.length === 0) return 0;
  const model = modelOf(index);
  const ids = entries.map((e) => e.id);
  const bySeq = new Map<number, string[]>();
  for (const e of entries) bySeq.set(e.seq, [...(bySeq.get(e.seq) ?? []), e.id]);
  await exclusiveMany(model, ids, async () => {
    for (const [seq, group] of bySeq) await model.updateMany({ _id: { $in: group }, 'searchSync.seq': seq }, { $set: { 'searchSync.dirty': false } });
  });
  const states = new Map((await findByIds<{ _id: unknown; searchSync?: { dirty?: boolean } }>(model, ids, { searchSync: 1 })).map((d) => [String(d._id), d.searchSync]));
  let cleared = 0;
  for (const id of ids) {
    if (!states.has(id)) await recordSearchDeletion(index === 'profiles' ? 'profile' : 'opportunity', id);
    else if (states.get(id)?.dirty === false) cleared += 1;
  }
  return cleared;
}

/** Records a deletion Elasticsearch still owes; the indexer applies it. */
export async function recordSearchDeletion(kind: SearchDeletionKind, targetId: string): Promise<void> {
  await SearchDeletion.create({ kind, targetId });
}

/** What MongoDB holds that Elasticsearch does not reflect yet: marked documents and owed deletions. */
export async function searchBacklog(): Promise<{ profiles: number; opportunities: number; deletions: number; total: number }> {
  const [profiles, opportunities, deletions] = await Promise.all([
    modelOf('profiles').countDocuments({ 'searchSync.dirty': true }),
    modelOf('opportunities').countDocuments({ 'searchSync.dirty': true }),
    SearchDeletion.countDocuments(),
  ]);
  return { profiles, opportunities, deletions, total: profiles + opportunities + deletions };
}

const searchBacklogCount = async () => (await searchBacklog()).total;
