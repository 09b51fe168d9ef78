/**
 * Records that the user accepted the current privacy notice. Only the current version can be accepted; the
 * acceptance it replaces moves to `consentHistory`, so the data export shows every version the person accepted.
 */
import { PRIVACY_NOTICE_VERSION } from '@kafaat/shared';
import { forbidden, notFound, validationFailed } from '../../errors';
import { User, type UserDoc } from '../../models/User';
import type { Actor } from '../../policies/actor';
import { userPolicy } from '../../policies/user';

export interface ConsentProps {
  actor: Actor | null;
  user: UserDoc;
  version: string;
}

/** Returns the updated user, and whether anything changed (accepting the version already accepted does not). */
export async function recordConsent({ actor, user, version }: ConsentProps): Promise<{ user: UserDoc; recorded: boolean }> {
  if (!userPolicy.can(actor, 'update', user)) throw forbidden();
  if (version !== PRIVACY_NOTICE_VERSION) {
    throw validationFailed([
      { path: 'privacyNoticeVersion', location: 'body', code: 'outdated', message: 'the privacy notice has changed: read and accept the current one' },
    ]);
  }
  if (user.consent?.version === version) return { user, recorded: false };
  const previous = user.consent ? [{ version: user.consent.version, at: user.consent.at }] : [];
  const updated = await User.findByIdAndUpdate(
    user._id,
    { $set: { consent: { version, at: new Date() } }, $push: { consentHistory: { $each: previous } } },
    { returnDocument: 'after' },
  );
  if (!updated) throw notFound('Account');
  return { user: updated, recorded: true };
}
