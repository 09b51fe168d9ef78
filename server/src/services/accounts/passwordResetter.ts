/**
 * Password reset and change. A reset link is single-use and expires in an hour; using one (or changing the
 * password) invalidates the other links and ends the user's other sessions.
 */
import type { Types } from 'mongoose';
import { User, type UserDoc } from '../../models/User';
import { Session } from '../../models/Session';
import { hashPassword } from '../../auth/passwords';
import { consumeToken, issueToken, revokeTokens } from '../../auth/tokens';
import { AppError } from '../../errors';
import type { ServiceContext } from '../context';

export const invalidToken = () => new AppError(400, 'invalid_token', 'This link has expired or was already used. Ask for a new one.');

/** Mails a reset link when the email is registered; does nothing visible otherwise. */
export async function requestPasswordReset(ctx: ServiceContext, email: string): Promise<UserDoc | null> {
  const user = await User.findOne({ email });
  if (!user) return null;
  const token = await issueToken('reset_password', user._id);
  await ctx.mailer.send(user.email, 'resetPassword', user.locale ?? 'fr', { name: user.displayName, link: ctx.link(`/reset-password?token=${token}`) });
  return user;
}

/** Sets the new password if the token is valid and unused; returns the user. */
export async function resetPassword(ctx: ServiceContext, token: string, password: string): Promise<UserDoc> {
  const userId = await consumeToken('reset_password', token);
  const user = userId ? await User.findById(userId) : null;
  if (!user) throw invalidToken();
  await setPassword(ctx, user, password);
  // Whoever reset the password controls the mailbox: the address is verified.
  if (!user.emailVerifiedAt) await User.updateOne({ _id: user._id }, { $set: { emailVerifiedAt: new Date() } });
  return user;
}

/** Stores a new password, invalidates pending reset links and ends every other session of the user. */
export async function setPassword(ctx: ServiceContext, user: UserDoc, password: string, keepSessionId?: string): Promise<void> {
  await User.updateOne({ _id: user._id }, { $set: { passwordHash: await hashPassword(password) } });
  await revokeTokens('reset_password', user._id);
  await endSessions(user._id, keepSessionId);
  await ctx.mailer.send(user.email, 'passwordChanged', user.locale ?? 'fr', { name: user.displayName, forgot: ctx.link('/forgot-password') });
}

/** Ends all sessions of a user, except the one given. */
export async function endSessions(userId: Types.ObjectId, exceptSessionId?: string): Promise<number> {
  const filter = exceptSessionId ? { userId, _id: { $ne: exceptSessionId } } : { userId };
  const res = await Session.deleteMany(filter);
  return res.deletedCount;
}
