/**
 * The daily email digest: one mail per user who has unread notifications since their last digest, in their
 * language, listing the kinds they want by email. `lastDigestAt` is moved forward with a compare-and-set before
 * the mail goes out, so two server processes running the job at once send one mail, and a user never gets
 * the same notification twice; if the mail fails, the mark is put back for the next run.
 *
 * The job wakes every hour (`scheduleDigests`) and mails a user at most once per DIGEST_SPACING_MS, so a server
 * restart never delays or doubles a digest. Notifications older than DIGEST_LOOKBACK_MS are not mailed.
 */
import { NOTIFICATION_KINDS, type Locale } from '@kafaat/shared';
import type { Types } from 'mongoose';
import { AND_MORE, SOMEONE, digestLine, titleFor } from '../../mail/digestLines';
import { Notification, type StoredNotification } from '../../models/Notification';
import { NotificationSettings, type StoredNotificationSettings } from '../../models/NotificationSettings';
import { User } from '../../models/User';
import type { ServiceContext } from '../context';
import { mergePreferences } from './preferences';

/** A user gets at most one digest in this time (an hour less than a day, so a daily run never skips a day). */
export const DIGEST_SPACING_MS = 23 * 3600_000;
/** Older notifications are not mailed (and the scan stays bounded). */
export const DIGEST_LOOKBACK_MS = 7 * 24 * 3600_000;
/** Lines listed in one mail; the rest are counted. */
const LINES_LISTED = 20;

export interface DigestRun {
  sent: number;
  failed: number;
}

export async function sendDigests(ctx: ServiceContext, now = new Date()): Promise<DigestRun> {
  const since = new Date(now.getTime() - DIGEST_LOOKBACK_MS);
  const candidates = await Notification.distinct('userId', { readAt: null, at: { $gt: since, $lte: now } });
  const run: DigestRun = { sent: 0, failed: 0 };
  for (const userId of candidates as Types.ObjectId[]) {
    try {
      if (await digestFor(ctx, userId, since, now)) run.sent += 1;
    } catch (err) {
      run.failed += 1;
      ctx.logger.warn({ err, userId: String(userId) }, 'sending a notification digest failed; it is retried at the next run');
    }
  }
  return run;
}

/** Mails one user's digest when one is due; true when a mail went out. */
async function digestFor(ctx: ServiceContext, userId: Types.ObjectId, since: Date, now: Date): Promise<boolean> {
  const settings = await NotificationSettings.findById(userId).lean<StoredNotificationSettings>();
  const last = settings?.lastDigestAt ?? null;
  if (last && now.getTime() - last.getTime() < DIGEST_SPACING_MS) return false;

  const preferences = mergePreferences(settings?.preferences);
  const kinds = NOTIFICATION_KINDS.filter((kind) => preferences[kind].emailDigest);
  const from = last && last > since ? last : since;
  const filter = { userId, readAt: null, kind: { $in: kinds }, at: { $gt: from, $lte: now } };
  const [items, total] = await Promise.all([Notification.find(filter).sort({ at: -1, _id: -1 }).limit(LINES_LISTED).lean<StoredNotification[]>(), Notification.countDocuments(filter)]);
  if (items.length === 0) return false;
  const user = await User.findById(userId, { email: 1, displayName: 1, locale: 1 }).lean();
  if (!user) return false;

  if (!(await claim(userId, last, now))) return false;
  try {
    const locale: Locale = user.locale ?? 'fr';
    const lines = items.map((n) =>
      digestLine(locale, {
        kind: n.kind,
        actor: n.actorName ?? SOMEONE[locale],
        opportunity: n.savedSearch ? n.savedSearch.name : titleFor(locale, n.opportunity?.title as Record<string, string> | undefined),
        stage: n.stage ?? null,
        count: n.count ?? 1,
      }),
    );
    if (total > items.length) lines.push(AND_MORE[locale](total - items.length));
    await ctx.mailer.send(user.email, 'notificationDigest', locale, {
      name: user.displayName,
      count: String(total),
      items: lines.join('\n'),
      link: ctx.link('/notifications'),
      settings: ctx.link('/settings/notifications'),
    });
    return true;
  } catch (err) {
    // Not sent: put the previous mark back (only if nobody moved it since) so the next run tries again.
    await NotificationSettings.updateOne({ _id: userId, lastDigestAt: now }, { $set: { lastDigestAt: last } }).catch(() => undefined);
    throw err;
  }
}

/** Moves lastDigestAt from what was read to `now`; false when another process did it first. */
async function claim(userId: Types.ObjectId, last: Date | null, now: Date): Promise<boolean> {
  try {
    const res = await NotificationSettings.updateOne({ _id: userId, lastDigestAt: last }, { $set: { lastDigestAt: now } }, { upsert: true });
    return res.modifiedCount + res.upsertedCount === 1;
  } catch (err) {
    // The filter missed because the mark moved, and the upsert then hit the existing _id: someone else sent it.
    if ((err as { code?: number }).code === 11000) return false;
    throw err;
  }
}

/** Runs the digest every `intervalMs` (an hour); returns a function that stops it. */
export function scheduleDigests(ctx: ServiceContext, intervalMs = 3600_000, onError: (err: unknown) => void = (err) => ctx.logger.warn({ err }, 'notification digest run failed')): () => void {
  const timer = setInterval(() => sendDigests(ctx).catch(onError), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
