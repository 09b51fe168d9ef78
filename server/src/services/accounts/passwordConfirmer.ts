/**
 * Checks the password a signed-in user types to confirm a sensitive action (changing the password, deleting the
 * account). Wrong attempts are limited like sign-in failures, per account, so a borrowed session cannot be used
 * to guess the password: after too many, even the right password gets 429 until the window ends.
 */
import type { Types } from 'mongoose';
import { verifyPassword } from '../../auth/passwords';
import { LIMITS, hit, peek, reset } from '../../auth/rateLimiter';
import { AppError, tooManyRequests } from '../../errors';

export const wrongPassword = () => new AppError(400, 'invalid_credentials', 'Your password is incorrect.');

/** The rate-limit key of wrong confirmations for one account (erased with the account). */
export const confirmationFailureKey = (userId: Types.ObjectId | string) => `password-fail:${String(userId)}`;

export interface PasswordConfirmationProps {
  user: { _id: Types.ObjectId; passwordHash: string };
  password: string;
}

/** Resolves when the password is right; throws 429 when locked, 400 invalid_credentials when wrong. */
export async function confirmPassword({ user, password }: PasswordConfirmationProps): Promise<void> {
  const key = confirmationFailureKey(user._id);
  const locked = await peek(key, LIMITS.signInFailuresPerAccount);
  if (!locked.allowed) throw tooManyRequests(locked.retryAfterSeconds);
  if (!(await verifyPassword(user.passwordHash, password))) {
    await hit(key, LIMITS.signInFailuresPerAccount);
    throw wrongPassword();
  }
  await reset(key);
}
