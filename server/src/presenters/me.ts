/** The signed-in user as they see themselves, and the session info the client starts from. */
import type { Request } from 'express';
import { PRIVACY_NOTICE_VERSION, type Me, type SessionInfo } from '@kafaat/shared';
import type { UserDoc } from '../models/User';
import { recentOrganisation } from '../models/Organisation';
import { csrfTokenOf } from '../middlewares/csrf';

export async function presentMe(user: UserDoc): Promise<Me> {
  const org = user.organisationId ? await recentOrganisation(user.organisationId) : null;
  return {
    id: String(user._id),
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    talentKind: user.talentKind ?? null,
    locale: user.locale ?? 'fr',
    emailVerified: !!user.emailVerifiedAt,
    organisation: org ? { id: String(org._id), name: org.name, kind: org.kind, status: org.status, isAdmin: !!user.orgAdmin } : null,
    consentCurrent: user.consent?.version === PRIVACY_NOTICE_VERSION,
    createdAt: (user as unknown as { createdAt: Date }).createdAt.toISOString(),
  };
}

export async function presentSessionInfo(req: Request): Promise<SessionInfo> {
  return {
    user: req.user ? await presentMe(req.user) : null,
    csrfToken: csrfTokenOf(req),
    privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
  };
}
