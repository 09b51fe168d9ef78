/** Sign-up, sign-in/out, email verification and password reset. Answers never reveal whether an email is registered. */
import type { Request, Response } from 'express';
import type { Passport } from 'passport';
import {
  AcceptedSchema,
  ForgotPasswordSchema,
  ResetPasswordSchema,
  SessionInfoSchema,
  SignInSchema,
  SignUpSchema,
  VerifyEmailSchema,
} from '@kafaat/shared';
import { z } from 'zod';
import { defineRoute } from '../define';
import { rateLimit } from '../../middlewares/rateLimit';
import { LIMITS, enforce } from '../../auth/rateLimiter';
import { consumeToken } from '../../auth/tokens';
import { AppError } from '../../errors';
import { User, type UserDoc } from '../../models/User';
import { createAccount, sendVerificationMail } from '../../services/accounts/accountCreator';
import { endSessions, invalidToken, requestPasswordReset, resetPassword } from '../../services/accounts/passwordResetter';
import { audit } from '../../services/audit/auditLogger';
import { presentSessionInfo } from '../../presenters/me';
import { logIn, logOut } from '../../auth/signIn';
import type { SignInFailure } from '../../auth/passport';
import type { ServiceContext } from '../../services/context';

const accepted = (message: string) => ({ status: 'accepted' as const, message });

/** Runs passport's local strategy and resolves with the user, or with why it refused. */
function authenticateLocal(passport: InstanceType<typeof Passport>, req: Request, res: Response) {
  return new Promise<{ user?: UserDoc; failure?: SignInFailure; known?: UserDoc }>((resolve, reject) => {
    passport.authenticate('local', { session: false }, (err: unknown, user: UserDoc | false, info?: { message?: SignInFailure; user?: UserDoc }) => {
      if (err) return reject(err);
      if (user) return resolve({ user });
      resolve({ failure: info?.message ?? 'bad_credentials', known: info?.user });
    })(req, res, (err: unknown) => reject(err));
  });
}

export function authRoutes(ctx: ServiceContext, passport: InstanceType<typeof Passport>) {
  return [
    defineRoute({
      method: 'get',
      path: '/auth/session',
      summary: 'Who is signed in, and the CSRF token for state-changing requests',
      tags: ['auth'],
      responses: { 200: { description: 'Session info', schema: SessionInfoSchema } },
      handler: async (req, res) => {
        res.json(await presentSessionInfo(req));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/signup',
      summary: 'Create an account (talent, employer or institution); sends a verification mail',
      tags: ['auth'],
      before: [rateLimit('signup-ip', LIMITS.signUpPerIp)],
      request: { body: SignUpSchema },
      responses: { 202: { description: 'Check your inbox (same answer whether or not the email was registered)', schema: AcceptedSchema } },
      handler: async (req, res) => {
        const result = await createAccount(ctx, req.input.body);
        if (result.created) await audit(req, { action: 'account.created', targetType: 'user', targetId: result.userId, meta: { accountType: req.input.body.accountType } });
        res.status(202).json(accepted('If this address can be used, we have sent it a link to confirm it.'));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/signin',
      summary: 'Sign in with email and password',
      tags: ['auth'],
      before: [rateLimit('signin-ip', LIMITS.signInPerIp)],
      request: { body: SignInSchema },
      responses: { 200: { description: 'Signed in', schema: SessionInfoSchema } },
      handler: async (req, res) => {
        req.body = req.input.body;
        const { user, failure, known } = await authenticateLocal(passport, req, res);
        if (!user) {
          await audit(req, { action: 'auth.signin', outcome: 'failure', targetType: 'user', targetId: known?._id ?? null, actor: null, meta: { reason: failure ?? 'bad_credentials' } });
          if (failure === 'email_not_verified') {
            throw new AppError(403, 'email_not_verified', 'Confirm your email address first: open the link we sent you, or ask for a new one.');
          }
          throw new AppError(401, 'invalid_credentials', 'Email or password is incorrect.');
        }
        await logIn(req, user);
        await User.updateOne({ _id: user._id }, { $set: { lastSignInAt: new Date() } });
        await audit(req, { action: 'auth.signin', targetType: 'user', targetId: user._id });
        res.json(await presentSessionInfo(req));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/signout',
      summary: 'Sign out of this browser',
      tags: ['auth'],
      responses: { 200: { description: 'Signed out', schema: SessionInfoSchema } },
      handler: async (req, res) => {
        if (req.user) await audit(req, { action: 'auth.signout', targetType: 'user', targetId: req.user._id });
        await logOut(req);
        res.json(await presentSessionInfo(req));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/signout-everywhere',
      summary: 'End every session of the signed-in user, on every device',
      tags: ['auth'],
      responses: { 200: { description: 'Signed out everywhere', schema: SessionInfoSchema } },
      handler: async (req, res) => {
        if (req.user) {
          const userId = req.user._id;
          await audit(req, { action: 'auth.signout_everywhere', targetType: 'user', targetId: userId });
          await logOut(req);
          await endSessions(userId);
        }
        res.json(await presentSessionInfo(req));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/verify-email',
      summary: 'Confirm an email address with the token from the mail',
      tags: ['auth'],
      request: { body: VerifyEmailSchema },
      responses: { 200: { description: 'Verified', schema: z.object({ status: z.literal('verified') }) } },
      handler: async (req, res) => {
        const userId = await consumeToken('verify_email', req.input.body.token);
        if (!userId) throw invalidToken();
        await User.updateOne({ _id: userId, emailVerifiedAt: null }, { $set: { emailVerifiedAt: new Date() } });
        await audit(req, { action: 'account.email_verified', targetType: 'user', targetId: userId, actor: null });
        res.json({ status: 'verified' });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/verify-email/resend',
      summary: 'Send the verification mail again',
      tags: ['auth'],
      before: [rateLimit('verify-resend-ip', LIMITS.resetPerIp)],
      request: { body: ForgotPasswordSchema },
      responses: { 202: { description: 'Sent if the address awaits verification', schema: AcceptedSchema } },
      handler: async (req, res) => {
        const { email } = req.input.body;
        await enforce(`verify-resend:${email}`, LIMITS.verifyResendPerAccount);
        const user = await User.findOne({ email, emailVerifiedAt: null });
        if (user) await sendVerificationMail(ctx, user);
        res.status(202).json(accepted('If this address awaits confirmation, we have sent it a new link.'));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/password/forgot',
      summary: 'Ask for a password reset link by mail',
      tags: ['auth'],
      before: [rateLimit('reset-ip', LIMITS.resetPerIp)],
      request: { body: ForgotPasswordSchema },
      responses: { 202: { description: 'Sent if the address is registered', schema: AcceptedSchema } },
      handler: async (req, res) => {
        const { email } = req.input.body;
        await enforce(`reset:${email}`, LIMITS.resetPerAccount);
        const user = await requestPasswordReset(ctx, email);
        if (user) await audit(req, { action: 'auth.reset_requested', targetType: 'user', targetId: user._id, actor: null });
        res.status(202).json(accepted('If this address is registered, we have sent it a link to choose a new password.'));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/password/reset',
      summary: 'Choose a new password with the token from the mail (single use)',
      tags: ['auth'],
      before: [rateLimit('reset-ip', LIMITS.resetPerIp)],
      request: { body: ResetPasswordSchema },
      responses: { 200: { description: 'Password changed; every session was ended', schema: z.object({ status: z.literal('reset') }) } },
      handler: async (req, res) => {
        const user = await resetPassword(ctx, req.input.body.token, req.input.body.password);
        await audit(req, { action: 'auth.password_reset', targetType: 'user', targetId: user._id, actor: { id: user._id, role: user.role } });
        res.json({ status: 'reset' });
      },
    }),
  ];
}
