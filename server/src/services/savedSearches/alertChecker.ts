/**
 * The saved-search alert job. For each search with alerts on, it asks the talent search (same translator) for
 * profiles changed since the search's `lastCheckedAt` that match and that the OWNER may see now (an employer
 * whose organisation is no longer verified gets nothing), records one SavedSearchAlert per (search, profile) —
 * the unique index drops repeats, so a profile alerts a search once ever, even with two processes running —
 * and sends one notification per search for the profiles newly recorded in this run.
 *
 * `lastCheckedAt` then moves to the run's start minus a safety margin, and never past a profile change the
 * indexer has not written yet: a change not yet searchable is looked at again by the next run, and the overlap
 * costs nothing because repeats are dropped.
 */
import { SavedSearchFiltersSchema, savedSearchQueryString, type SavedSearchFilters } from '@kafaat/shared';
import type { Types } from 'mongoose';
import type { Logger } from '../../logger';
import { exclusive } from '../../models/compareAndSet';
import { Profile } from '../../models/Profile';
import { SavedSearch, type StoredSavedSearch } from '../../models/SavedSearch';
import { SavedSearchAlert } from '../../models/SavedSearchAlert';
import { User } from '../../models/User';
import { actorOf } from '../../policies/actor';
import { profilePolicy } from '../../policies/profile';
import { savedSearchPolicy } from '../../policies/savedSearch';
import type { SearchClient } from '../../search/client';
import { findNewMatches, type NewMatch } from '../../search/savedSearchMatches';
import { notify } from '../notifications/notifier';

/** How often the job runs. */
export const ALERT_INTERVAL_MS = 5 * 60_000;
/** Covers the indexer's round, the index refresh and clock differences between server processes. */
export const SAFETY_MARGIN_MS = 2 * 60_000;
/** A profile change still unwritten after this is stuck (the indexer reports it); it stops holding alerts back. */
const STUCK_AFTER_MS = 60 * 60_000;
/** Profiles looked at per search and run; a capped run resumes after the last one. */
const MAX_MATCHES_PER_RUN = 500;
/** Saved searches read at once. */
const BATCH = 100;
/** Profile ids a notification lists (its count says how many were found). */
const IDS_LISTED = 20;

export interface AlertCheckerOptions {
  search: SearchClient;
  prefix: string;
  logger?: Pick<Logger, 'warn'>;
  /** The run's start (tests). */
  now?: Date;
}

export interface AlertRun {
  searches: number;
  /** Profiles newly recorded, all searches together. */
  alerts: number;
  notifications: number;
  /** Searches that failed; they are tried again by the next run from where they were. */
  failed: number;
}

export async function checkSavedSearchAlerts(options: AlertCheckerOptions): Promise<AlertRun> {
  const now = options.now ?? new Date();
  const until = await searchableUntil(now);
  await SavedSearchAlert.init();
  const run: AlertRun = { searches: 0, alerts: 0, notifications: 0, failed: 0 };
  // In batches by _id rather than one long cursor: a run may take a while.
  for (let after: Types.ObjectId | null = null; ; ) {
    const batch: StoredSavedSearch[] = await SavedSearch.find({ alerts: true, ...(after ? { _id: { $gt: after } } : {}) }).sort({ _id: 1 }).limit(BATCH).lean<StoredSavedSearch[]>();
    for (const saved of batch) {
      run.searches += 1;
      try {
        const found = await checkSearch(options, saved, now, until);
        run.alerts += found;
        if (found > 0) run.notifications += 1;
      } catch (err) {
        run.failed += 1;
        options.logger?.warn({ err, savedSearchId: String(saved._id) }, 'saved search alert check failed; the next run tries again');
      }
    }
    if (batch.length < BATCH) return run;
    after = batch.at(-1)!._id;
  }
}

/** Every profile change up to this time is searchable: the start minus the margin, before any unwritten change. */
async function searchableUntil(now: Date): Promise<Date> {
  const until = new Date(now.getTime() - SAFETY_MARGIN_MS);
  const oldestUnwritten = await Profile.findOne({ 'searchSync.dirty': true, updatedAt: { $gt: new Date(now.getTime() - STUCK_AFTER_MS) } }, { updatedAt: 1 })
    .sort({ updatedAt: 1 })
    .lean();
  const at = oldestUnwritten?.updatedAt;
  return at && at <= until ? new Date(at.getTime() - 1) : until;
}

/** Checks one search; answers how many profiles it newly alerted. */
async function checkSearch(options: AlertCheckerOptions, saved: StoredSavedSearch, now: Date, until: Date): Promise<number> {
  const actor = await actorOf((await User.findById(saved.ownerId)) ?? undefined);
  if (!actor || !savedSearchPolicy.mayUse(actor)) {
    // Nothing while they may not search; when they may again, what changed meanwhile is not news.
    await advance(saved, until);
    return 0;
  }
  const filters = SavedSearchFiltersSchema.parse(saved.filters);
  const { matches, complete } = await findNewMatches({
    search: options.search,
    prefix: options.prefix,
    filters,
    visibilities: profilePolicy.visibleTo(actor),
    changedAfter: saved.lastCheckedAt,
    max: MAX_MATCHES_PER_RUN,
  });
  // The index may lag a visibility change: only profiles MongoDB says the owner may see now.
  const ids = matches.map((m) => m.id);
  const visible = new Set(ids.length ? (await Profile.find({ _id: { $in: ids }, ...profilePolicy.scope(actor) }, { _id: 1 }).lean()).map((p) => String(p._id)) : []);
  const fresh: NewMatch[] = [];
  for (const match of matches.filter((m) => visible.has(m.id))) {
    if (await recordAlert(saved, match.id, now)) fresh.push(match);
  }
  if (fresh.length > 0) {
    try {
      await notifyOwner(saved, filters, fresh);
    } catch (err) {
      // Not told: forget these rows so the next run (from the same lastCheckedAt) tells them.
      await SavedSearchAlert.deleteMany({ searchId: saved._id, profileId: { $in: fresh.map((m) => m.id) } });
      throw err;
    }
  }
  const last = matches.at(-1);
  await advance(saved, complete || !last ? until : new Date(Math.min(until.getTime(), last.updatedAt.getTime() - 1)));
  return fresh.length;
}

/** True when this run is the first to alert the search about the profile. */
async function recordAlert(saved: StoredSavedSearch, profileId: string, at: Date): Promise<boolean> {
  try {
    await SavedSearchAlert.create({ searchId: saved._id, profileId, ownerId: saved.ownerId, at });
    return true;
  } catch (err) {
    if ((err as { code?: number }).code === 11000) return false;
    throw err;
  }
}

/** One notification for the profiles found: the one talent's page, or the search itself, newest changes first. */
async function notifyOwner(saved: StoredSavedSearch, filters: SavedSearchFilters, fresh: NewMatch[]): Promise<void> {
  const one = fresh.length === 1 ? fresh[0]! : null;
  const query = savedSearchQueryString(filters);
  await notify({
    userId: String(saved.ownerId),
    kind: 'savedSearchAlert',
    link: one ? `/talents/${one.id}` : `/search?${query ? `${query}&` : ''}sort=recent`,
    // The one talent by name (as the owner sees it in results); actorId lets their erasure blank it.
    actorId: one?.id ?? null,
    actorName: one?.displayName ?? null,
    count: fresh.length,
    savedSearch: { id: String(saved._id), name: saved.name, profileIds: fresh.slice(0, IDS_LISTED).map((m) => m.id) },
  });
}

/** Moves lastCheckedAt forward to `to`, never back (a reset by the owner's edit stays). Not an edit: updatedAt stays. */
async function advance(saved: StoredSavedSearch, to: Date): Promise<void> {
  await exclusive(SavedSearch, saved._id, () => SavedSearch.updateOne({ _id: saved._id, lastCheckedAt: { $lt: to } }, { $set: { lastCheckedAt: to } }, { timestamps: false }));
}

/** Runs the job every `intervalMs`, one run at a time; returns a function that stops it. */
export function scheduleSavedSearchAlerts(options: Omit<AlertCheckerOptions, 'now'>, intervalMs = ALERT_INTERVAL_MS): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    checkSavedSearchAlerts(options)
      .catch((err: unknown) => options.logger?.warn({ err }, 'saved search alert run failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
