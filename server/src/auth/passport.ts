/**
 * passport with the local strategy (email + password). Each app gets its own Passport instance. The strategy
 * refuses an account with too many recent failures (429), checks the password against argon2id (against a
 * decoy hash when the email is unknown, so timing does not tell which emails are registered), and counts failures.
 */
import { Passport } from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import { recentUser, User, type UserDoc } from '../models/User';
import { decoyPasswordHash, verifyPassword } from './passwords';
import { LIMITS, hit, peek, reset } from './rateLimiter';
import { tooManyRequests } from '../errors';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    // The signed-in user is a mongoose document per request; a change made through the model applies from the next
    // request in this process, within 3 s in others (models/recentReads.ts).
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends UserDoc {}
  }
}

/** Why a sign-in was refused, for the audit log and the response. */
export type SignInFailure = 'bad_credentials' | 'email_not_verified';

export const failureKey = (email: string) => `signin-fail:${email}`;

export function createPassport(): InstanceType<typeof Passport> {
  const passport = new Passport();
  passport.serializeUser<string>((user, done) => done(null, String((user as UserDoc)._id)));
  passport.deserializeUser<string>((id, done) => {
    // Each request gets its own document, built from the account read at most a few seconds ago (models/recentReads.ts).
    recentUser(id).then((user) => done(null, user ? User.hydrate(user) : false), done);
  });
  passport.use(
    new LocalStrategy({ usernameField: 'email', passwordField: 'password', session: true }, (email, password, done) => {
      void (async () => {
        const locked = await peek(failureKey(email), LIMITS.signInFailuresPerAccount);
        if (!locked.allowed) return done(tooManyRequests(locked.retryAfterSeconds));
        const user = await User.findOne({ email });
        const ok = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
        if (!user || !ok) {
          await hit(failureKey(email), LIMITS.signInFailuresPerAccount);
          return done(null, false, { message: 'bad_credentials', user } as never);
        }
        if (!user.emailVerifiedAt) return done(null, false, { message: 'email_not_verified', user } as never);
        await reset(failureKey(email));
        return done(null, user);
      })().catch(done);
    }),
  );
  return passport;
}
