/**
 * Sign-up: creates the account (and, for employers and institutions, its pending organisation) and sends the
 * verification mail. If the email is already registered, nothing is created and the owner of the address is told
 * by mail instead, so the response never reveals whether an email is registered.
 */
import type { z } from 'zod';
import type { SignUpSchema } from '@kafaat/shared';
import { User } from '../../models/User';
import { Organisation } from '../../models/Organisation';
import { hashPassword } from '../../auth/passwords';
import { issueToken } from '../../auth/tokens';
import type { ServiceContext } from '../context';

type SignUp = z.output<typeof SignUpSchema>;

export async function createAccount(ctx: ServiceContext, input: SignUp): Promise<{ created: boolean; userId?: string }> {
  // Hash first in both branches, so both take the same time.
  const passwordHash = await hashPassword(input.password);
  const existing = await User.findOne({ email: input.email }).lean();
  if (existing) {
    await ctx.mailer.send(input.email, 'alreadyRegistered', existing.locale ?? input.locale, {
      name: existing.displayName,
      signin: ctx.link('/signin'),
      forgot: ctx.link('/forgot-password'),
    });
    return { created: false };
  }
  const org =
    input.accountType === 'talent' || !input.organisation
      ? null
      : await Organisation.create({
          name: input.organisation.name,
          kind: input.accountType === 'employer' ? 'employer' : 'institution',
          institutionType: input.accountType === 'institution' ? input.organisation.institutionType : null,
          country: input.organisation.country,
          city: input.organisation.city ?? null,
          website: input.organisation.website ?? null,
        });
  let user;
  try {
    user = await User.create({
      email: input.email,
      passwordHash,
      displayName: input.displayName,
      role: input.accountType === 'talent' ? 'talent' : input.accountType === 'employer' ? 'employer' : 'officer',
      talentKind: input.accountType === 'talent' ? input.talentKind : null,
      locale: input.locale,
      organisationId: org?._id ?? null,
      orgAdmin: !!org,
      consent: { version: input.privacyNoticeVersion, at: new Date() },
    });
  } catch (err) {
    // A concurrent sign-up with the same email won: leave no orphan organisation behind.
    if (org) await Organisation.deleteOne({ _id: org._id });
    if ((err as { code?: number }).code === 11000) return { created: false };
    throw err;
  }
  await sendVerificationMail(ctx, user);
  return { created: true, userId: String(user._id) };
}

/** Sends (or re-sends) the mail with the email-verification link. */
export async function sendVerificationMail(
  ctx: ServiceContext,
  user: { _id: import('mongoose').Types.ObjectId; email: string; displayName: string; locale?: string | null },
): Promise<void> {
  const token = await issueToken('verify_email', user._id);
  await ctx.mailer.send(user.email, 'verifyEmail', (user.locale as 'fr' | 'ar' | 'en') ?? 'fr', {
    name: user.displayName,
    link: ctx.link(`/verify-email?token=${token}`),
  });
}
