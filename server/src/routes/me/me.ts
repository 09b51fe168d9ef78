/**
 * The signed-in user's own account: read and edit it, change the password, accept the privacy notice, see and
 * end sessions, download everything held about them, and delete the account.
 */
import type { Request, Response } from 'express';
import { ChangePasswordSchema, ConsentSchema, DeleteAccountSchema, MeSchema, SessionSummarySchema, UpdateMeSchema } from '@kafaat/shared';
import { z } from 'zod';
import { defineRoute } from '../define';
import { requireUser } from '../../middlewares/authenticate';
import { cookieSecure } from '../../env';
import { SESSION_COOKIE, logOut } from '../../auth/signIn';
import { AppError, forbidden } from '../../errors';
import { Session } from '../../models/Session';
import type { UserDoc } from '../../models/User';
import { actorOf, type Actor } from '../../policies/actor';
import { userPolicy, type UserAction } from '../../policies/user';
import { presentMe } from '../../presenters/me';
import { presentSession } from '../../presenters/session';
import { exportAccount } from '../../services/accounts/accountExporter';
import { eraseAccount } from '../../services/accounts/accountEraser';
import { updateAccount } from '../../services/accounts/accountUpdater';
import { recordConsent } from '../../services/accounts/consentRecorder';
import { confirmPassword } from '../../services/accounts/passwordConfirmer';
import { setPassword } from '../../services/accounts/passwordResetter';
import { revokeSession } from '../../services/accounts/sessionRevoker';
import { audit } from '../../services/audit/auditLogger';
import type { ServiceContext } from '../../services/context';


/** express-session's ids are base64url; anything else cannot be a session. */
const SessionParamsSchema = z.strictObject({ sessionId: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, 'must be a session id') });
const SessionListSchema = z.object({ items: z.array(SessionSummarySchema) });
const ExportSchema = z.record(z.string(), z.unknown());

/** The signed-in user and their actor, once the policy allows `action` on their own account. */
async function self(req: Request, action: UserAction): Promise<{ user: UserDoc; actor: Actor | null }> {
  const user = req.user!;
  const actor = await actorOf(user);
  if (!userPolicy.can(actor, action, user)) throw forbidden();
  return { user, actor };
}

/** Why a password confirmation failed, as an audit code. */
const confirmationFailure = (err: unknown) => ({ reason: err instanceof AppError && err.status === 429 ? 'locked' : 'bad_password' });

/** Signs this browser out for good: no session left to reuse, and the cookie cleared. */
async function endThisSession(ctx: ServiceContext, req: Request, res: Response): Promise<void> {
  await logOut(req);
  await new Promise<void>((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
  res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: cookieSecure(ctx.config) });
}

export function meRoutes(ctx: ServiceContext) {
  const tags = ['me'];
  const before = [requireUser];
  return [
    defineRoute({
      method: 'get',
      path: '/me',
      summary: 'The signed-in user',
      tags,
      before,
      responses: { 200: { description: 'The account', schema: MeSchema }, 401: { description: 'Not signed in' } },
      handler: async (req, res) => {
        const { user } = await self(req, 'readSensitive');
        res.json(await presentMe(user));
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/me',
      summary: 'Change display name or language',
      tags,
      before,
      request: { body: UpdateMeSchema },
      responses: { 200: { description: 'The updated account', schema: MeSchema } },
      handler: async (req, res) => {
        const { user, actor } = await self(req, 'update');
        res.json(await presentMe(await updateAccount({ actor, user, changes: req.input.body })));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/me/password',
      summary: 'Change the password (ends the other sessions and warns by mail)',
      tags,
      before,
      request: { body: ChangePasswordSchema },
      responses: {
        204: { description: 'Changed' },
        400: { description: 'The current password is wrong (invalid_credentials)' },
        429: { description: 'Too many wrong attempts' },
      },
      handler: async (req, res) => {
        const { user } = await self(req, 'update');
        try {
          await confirmPassword({ user, password: req.input.body.currentPassword });
        } catch (err) {
          await audit(req, { action: 'account.password_changed', outcome: 'failure', targetType: 'user', targetId: user._id, meta: confirmationFailure(err) });
          throw err;
        }
        await setPassword(ctx, user, req.input.body.newPassword, req.sessionID);
        await audit(req, { action: 'account.password_changed', targetType: 'user', targetId: user._id });
        res.status(204).end();
      },
    }),
    defineRoute({
      method: 'post',
      path: '/me/consent',
      summary: 'Accept the current privacy notice',
      tags,
      before,
      request: { body: ConsentSchema },
      responses: { 200: { description: 'The account, with consentCurrent true', schema: MeSchema }, 400: { description: 'Not the current version' } },
      handler: async (req, res) => {
        const { user, actor } = await self(req, 'update');
        const { privacyNoticeVersion: version } = req.input.body;
        const result = await recordConsent({ actor, user, version });
        if (result.recorded) await audit(req, { action: 'account.consent', targetType: 'user', targetId: user._id, meta: { version } });
        res.json(await presentMe(result.user));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/me/sessions',
      summary: 'The devices where the user is signed in',
      tags,
      before,
      responses: { 200: { description: 'Unexpired sessions, most recently used first', schema: SessionListSchema } },
      handler: async (req, res) => {
        const { user } = await self(req, 'readSensitive');
        const rows = await Session.find({ userId: user._id, expiresAt: { $gt: new Date() } }, { data: 0 }).sort({ lastSeenAt: -1 }).lean();
        res.json({ items: rows.map((row) => presentSession(row, req.sessionID)) });
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/me/sessions/:sessionId',
      summary: 'Sign out one device',
      tags,
      before,
      request: { params: SessionParamsSchema },
      responses: { 204: { description: 'Signed out' }, 404: { description: 'No such session of this user' } },
      handler: async (req, res) => {
        const { user } = await self(req, 'update');
        const { sessionId } = req.input.params;
        await revokeSession({ userId: user._id, sessionId });
        await audit(req, { action: 'auth.session_revoked', targetType: 'user', targetId: user._id });
        // Ending the session of this very browser: make sure the end of the request does not save it again.
        if (sessionId === req.sessionID) await endThisSession(ctx, req, res);
        res.status(204).end();
      },
    }),
    defineRoute({
      method: 'get',
      path: '/me/export',
      summary: 'Download everything Kafaat holds about the user (JSON file)',
      tags,
      before,
      responses: { 200: { description: 'The export, as an attachment', schema: ExportSchema } },
      handler: async (req, res) => {
        const { user, actor } = await self(req, 'export');
        const data = await exportAccount({ ctx, actor, user, currentSessionId: req.sessionID });
        await audit(req, { action: 'account.exported', targetType: 'user', targetId: user._id });
        res.setHeader('Content-Disposition', 'attachment; filename="kafaat-export.json"');
        res.setHeader('Cache-Control', 'no-store');
        res.json(data);
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/me',
      summary: 'Delete the account and everything that identifies the user',
      tags,
      before,
      request: { body: DeleteAccountSchema },
      responses: {
        204: { description: 'Deleted; this browser is signed out' },
        400: { description: 'Wrong password (invalid_credentials)' },
        429: { description: 'Too many wrong attempts' },
      },
      handler: async (req, res) => {
        const { user, actor } = await self(req, 'delete');
        try {
          await confirmPassword({ user, password: req.input.body.password });
        } catch (err) {
          await audit(req, { action: 'account.deleted', outcome: 'failure', targetType: 'user', targetId: user._id, meta: confirmationFailure(err) });
          throw err;
        }
        const { erased, role } = await eraseAccount({ ctx, actor, user });
        // Anonymous on purpose: no actor, target or IP that could be linked back to the erased person.
        if (erased) await audit(req, { action: 'account.deleted', actor: null, targetId: null, ip: null, meta: { role } });
        await endThisSession(ctx, req, res);
        res.status(204).end();
      },
    }),
  ];
}
