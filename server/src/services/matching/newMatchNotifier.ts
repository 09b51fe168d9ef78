/**
 * The new-match job: when an opportunity is published, the talents it fits best are told once ("A new
 * opportunity matches your profile"). Each run looks at opportunities first published within NEWS_WINDOW_MS
 * that no NewMatchScan row marks as dealt with. One the indexer has not written yet (its search mark is still
 * set) waits for the next run, so a talent who follows the link finds it in their own match list too.
 *
 * The talents are ranked by the matcher like the managers' list, over every profile visibility (the notice is
 * private to the talent, and a hidden profile still wants opportunities); those whose every must-have is met,
 * best first, up to MAX_TALENTS_NOTIFIED, each confirmed in MongoDB (the index lags a deleted profile). For
 * each, a NewMatchNotice row is inserted first and only its inserter notifies (notify() applies the talent's
 * preferences): at most once per (opportunity, talent) ever, whatever republishing or concurrent runs do. The
 * NewMatchScan row is written last, so a run that stopped half-way is finished by the next one.
 */
import { PROFILE_VISIBILITIES } from '@kafaat/shared';
import type { Types } from 'mongoose';
import type { Logger } from '../../logger';
import { NewMatchNotice } from '../../models/NewMatchNotice';
import { NewMatchScan, type NewMatchScanOutcome } from '../../models/NewMatchScan';
import { Opportunity, type StoredOpportunity } from '../../models/Opportunity';
import { isOpenForApplications, moroccanToday } from '../../policies/opportunity';
import type { SearchClient } from '../../search/client';
import { opportunityFromStored } from '../../search/matching/inputs';
import { rankTalentsFor } from '../../search/matching/matcher';
import { cleanTitle } from '../messages/conversationViews';
import { notify } from '../notifications/notifier';
import { taxonomySnapshotHolding } from '../taxonomy/taxonomySnapshot';
import { firstConfirmed, stillVisibleProfiles } from './candidateChecks';
import './accountData';

/** How often the job runs: talents hear about an opportunity within a minute or two of its publication. */
export const NEW_MATCH_INTERVAL_MS = 60_000;
/**
 * An opportunity first published longer ago is no longer news (republishing keeps the first date), and the
 * first run after this job is deployed does not announce the whole catalogue.
 */
export const NEWS_WINDOW_MS = 7 * 24 * 60 * 60_000;
/**
 * Talents told per opportunity. A broad opportunity can have thousands in the top tier; telling them all would
 * make the notification noise and flood the hosts with applications. 100 is five match pages, more than a
 * host reviews, and bounds a run's writes (one notice row and one notification each).
 */
export const MAX_TALENTS_NOTIFIED = 100;

/** Talents told at once: each notice is a few small reads and writes, slow one by one on FerretDB (~4 per second). */
const TELL_IN_PARALLEL = 8;

/** Stored fields the job reads of an opportunity. */
const OPPORTUNITY_FIELDS = {
  type: 1, status: 1, organisationId: 1, title: 1, deadline: 1, mustHaveSkills: 1, niceToHaveSkills: 1,
  languages: 1, location: 1, startDate: 1, endDate: 1, 'mission.durationDays': 1, searchSync: 1,
} as const;

export interface NewMatchOptions {
  search: SearchClient;
  prefix: string;
  logger?: Pick<Logger, 'warn'>;
  /** The run's start (tests). */
  now?: Date;
  /** Talents told per opportunity (tests); MAX_TALENTS_NOTIFIED otherwise. */
  maxTalents?: number;
  /** Set when the server shuts down: the run stops between two groups of talents (the next run goes on). */
  stop?: { requested: boolean };
}

export interface NewMatchRun {
  /** Opportunities dealt with in this run. */
  opportunities: number;
  /** Talents newly told, all opportunities together. */
  notified: number;
  /** Opportunities left for a later run because the index does not hold them yet. */
  waiting: number;
  /** Opportunities that failed; the next run tries them again. */
  failed: number;
}

type JobOpportunity = Pick<StoredOpportunity, '_id' | 'type' | 'status' | 'organisationId' | 'title' | 'deadline' | 'mustHaveSkills' | 'niceToHaveSkills' | 'languages' | 'location' | 'startDate' | 'endDate' | 'mission' | 'searchSync'>;

export async function notifyNewMatches(options: NewMatchOptions): Promise<NewMatchRun> {
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - NEWS_WINDOW_MS);
  // The unique index must exist before the first insert relies on it.
  await Promise.all([NewMatchNotice.init(), NewMatchScan.init()]);
  const run: NewMatchRun = { opportunities: 0, notified: 0, waiting: 0, failed: 0 };
  const recent = await Opportunity.find({ status: 'published', publishedAt: { $gte: since } }, OPPORTUNITY_FIELDS).sort({ _id: 1 }).lean<JobOpportunity[]>();
  if (recent.length === 0) return run;
  // A scan is written after its opportunity's first publication, so every scan of these is recent too.
  const done = new Set((await NewMatchScan.find({ at: { $gte: since } }, { _id: 1 }).lean()).map((s) => String(s._id)));
  for (const opp of recent.filter((o) => !done.has(String(o._id)))) {
    if (options.stop?.requested) break;
    if (opp.searchSync?.dirty !== false) {
      run.waiting += 1;
      continue;
    }
    try {
      run.notified += await scanOpportunity(options, opp, now);
      run.opportunities += 1;
    } catch (err) {
      run.failed += 1;
      if (!options.stop?.requested) options.logger?.warn({ err, opportunityId: String(opp._id) }, 'new-match notifications failed; the next run tries again');
    }
  }
  return run;
}

/** Tells the best-fitting talents about one opportunity and records it as done; answers how many were told now. */
async function scanOpportunity(options: NewMatchOptions, opp: JobOpportunity, now: Date): Promise<number> {
  const opportunity = opportunityFromStored(opp);
  // Its deadline has passed: nobody is told. Without a must-have everyone is in the top tier, which then says
  // nothing about who fits.
  const skipped = !isOpenForApplications(opp, moroccanToday(now)) ? 'not-open' : opportunity.mustHaveSkills.length === 0 ? 'no-must-have' : null;
  if (skipped) {
    await finish(opp._id, skipped, 0, now);
    return 0;
  }
  const { graph } = await taxonomySnapshotHolding([...opportunity.mustHaveSkills, ...opportunity.niceToHaveSkills].map((s) => s.skillId));
  const ranked = await rankTalentsFor(options.search, options.prefix, { opportunity, visibilities: [...PROFILE_VISIBILITIES], graph });
  const best = ranked.filter((r) => r.explanation.tier === 'all-met');
  // The best, each still in MongoDB (the index lags a deleted profile).
  const chosen = (await firstConfirmed(best, options.maxTalents ?? MAX_TALENTS_NOTIFIED, (ids) => stillVisibleProfiles(ids, [...PROFILE_VISIBILITIES]))).map((r) => r.id);
  const about = { id: String(opp._id), title: cleanTitle(opp.title) };
  let told = 0;
  for (let at = 0; at < chosen.length; at += TELL_IN_PARALLEL) {
    // Not recorded as done: the next run tells the others (the ones told have their row).
    if (options.stop?.requested) throw new Error('stopped: the server is shutting down');
    const results = await Promise.all(chosen.slice(at, at + TELL_IN_PARALLEL).map((talentId) => tell(talentId, about, now)));
    told += results.filter(Boolean).length;
  }
  await finish(opp._id, 'matched', chosen.length, now);
  return told;
}

/** Notifies the talent unless some run already did; true when this call did. */
async function tell(talentId: string, opportunity: { id: string; title: Record<string, string> }, at: Date): Promise<boolean> {
  const row = { opportunityId: opportunity.id, talentId };
  try {
    await NewMatchNotice.create({ ...row, at });
  } catch (err) {
    if ((err as { code?: number }).code === 11000) return false;
    throw err;
  }
  try {
    await notify({ userId: talentId, kind: 'newMatch', link: `/opportunities/${opportunity.id}`, opportunity });
  } catch (err) {
    // Not told: forget the row so the next run tells them.
    await NewMatchNotice.deleteOne(row);
    throw err;
  }
  return true;
}

/** Records the opportunity as dealt with (a concurrent run may have done so first). */
async function finish(opportunityId: Types.ObjectId, outcome: NewMatchScanOutcome, talents: number, at: Date): Promise<void> {
  try {
    await NewMatchScan.create({ _id: opportunityId, outcome, talents, at });
  } catch (err) {
    if ((err as { code?: number }).code !== 11000) throw err;
  }
}

/**
 * Runs the job every `intervalMs`, one run at a time; returns a function that stops it and resolves once the run in
 * flight has stopped (before the server closes its database and search clients).
 */
export function scheduleNewMatchNotifications(options: Omit<NewMatchOptions, 'now' | 'maxTalents' | 'stop'>, intervalMs = NEW_MATCH_INTERVAL_MS): () => Promise<void> {
  let running: Promise<void> | null = null;
  const stop = { requested: false };
  const timer = setInterval(() => {
    if (running) return;
    running = notifyNewMatches({ ...options, stop })
      .then(
        () => undefined,
        (err: unknown) => {
          if (!stop.requested) options.logger?.warn({ err }, 'new-match notification run failed');
        },
      )
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    stop.requested = true;
    await running;
  };
}
