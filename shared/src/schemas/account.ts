import { z } from 'zod';
import { LOCALES } from '../constants/locales';

/** What a person is on the platform. One person has one account and one role. */
export const ROLES = ['talent', 'employer', 'officer', 'assessor', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Which kind of talent: a professional living abroad, a migrant living in Morocco, or a returnee. */
export const TALENT_KINDS = ['diaspora', 'migrant', 'returnee'] as const;
export const TalentKindSchema = z.enum(TALENT_KINDS);
export type TalentKind = z.infer<typeof TalentKindSchema>;

/** Current version of the privacy notice; raising it makes every user consent again. */
export const PRIVACY_NOTICE_VERSION = '2026-11-01';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

/** Email as typed by a user; stored and compared lowercased and trimmed. */
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email({ error: 'must be a valid email address' }));

/** A new password: long enough to resist guessing, bounded so hashing stays cheap. */
export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `must be at most ${PASSWORD_MAX} characters`);

export const DisplayNameSchema = z.string().trim().min(2, 'must be at least 2 characters').max(80, 'must be at most 80 characters');
export const LocaleSchema = z.enum(LOCALES);
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code');

/** Kinds of institution whose members are programme officers or assessors. */
export const INSTITUTION_TYPES = ['ministry', 'iom', 'ngo', 'university', 'training_centre', 'public_agency', 'other'] as const;
export const InstitutionTypeSchema = z.enum(INSTITUTION_TYPES);

/** Employers hire; institutions (ministry, IOM, NGOs, universities…) run missions and pilots. */
export const ORGANISATION_KINDS = ['employer', 'institution'] as const;
export const OrganisationKindSchema = z.enum(ORGANISATION_KINDS);

/** An organisation is pending until verified (employers by an officer, institutions by an admin). */
export const ORGANISATION_STATUSES = ['pending', 'verified', 'rejected'] as const;
export const OrganisationStatusSchema = z.enum(ORGANISATION_STATUSES);

/** Refuses an acceptance of an older privacy notice: the person must read the current one. */
export function requireCurrentPrivacyNotice(v: { privacyNoticeVersion: string }, ctx: z.RefinementCtx): void {
  if (v.privacyNoticeVersion !== PRIVACY_NOTICE_VERSION) {
    ctx.addIssue({ code: 'custom', path: ['privacyNoticeVersion'], message: 'the privacy notice has changed: read and accept the current one' });
  }
}

/** The organisation created together with its first member at sign-up. */
export const NewOrganisationSchema = z.strictObject({
  name: z.string().trim().min(2, 'must be at least 2 characters').max(120, 'must be at most 120 characters'),
  country: CountryCodeSchema,
  city: z.string().trim().min(1).max(80).optional(),
  website: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(200).optional(),
  /** Required for institutions. */
  institutionType: InstitutionTypeSchema.optional(),
});

/** POST /api/v1/auth/signup. */
export const SignUpSchema = z
  .strictObject({
    accountType: z.enum(['talent', 'employer', 'institution']),
    email: EmailSchema,
    password: NewPasswordSchema,
    displayName: DisplayNameSchema,
    locale: LocaleSchema.default('fr'),
    /** For talents: diaspora professional, migrant in Morocco, or returnee. */
    talentKind: TalentKindSchema.optional(),
    /** For employers and institutions. */
    organisation: NewOrganisationSchema.optional(),
    /** The version of the privacy notice the person read and accepted. */
    privacyNoticeVersion: z.string().min(1),
  })
  .superRefine((v, ctx) => {
    if (v.accountType === 'talent' && !v.talentKind) ctx.addIssue({ code: 'custom', path: ['talentKind'], message: 'is required for a talent' });
    if (v.accountType !== 'talent' && !v.organisation) ctx.addIssue({ code: 'custom', path: ['organisation'], message: 'is required' });
    if (v.accountType === 'institution' && !v.organisation?.institutionType) {
      ctx.addIssue({ code: 'custom', path: ['organisation', 'institutionType'], message: 'is required for an institution' });
    }
  })
  .superRefine(requireCurrentPrivacyNotice);
export type SignUpInput = z.input<typeof SignUpSchema>;

/** POST /api/v1/auth/signin. The password is not length-checked here: old passwords must still work. */
export const SignInSchema = z.strictObject({ email: EmailSchema, password: z.string().min(1, 'is required').max(PASSWORD_MAX) });

/** Single-use tokens arrive by email as 43-character base64url strings. */
export const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'this link is invalid or incomplete');

export const VerifyEmailSchema = z.strictObject({ token: TokenSchema });
export const ForgotPasswordSchema = z.strictObject({ email: EmailSchema });
export const ResetPasswordSchema = z.strictObject({ token: TokenSchema, password: NewPasswordSchema });
export const ChangePasswordSchema = z.strictObject({ currentPassword: z.string().min(1).max(PASSWORD_MAX), newPassword: NewPasswordSchema });
export const UpdateMeSchema = z.strictObject({ displayName: DisplayNameSchema.optional(), locale: LocaleSchema.optional() });
export const ConsentSchema = z.strictObject({ privacyNoticeVersion: z.string().min(1) });
export const DeleteAccountSchema = z.strictObject({ password: z.string().min(1).max(PASSWORD_MAX), confirm: z.literal('DELETE') });

/** The signed-in user as the API returns it to that user. */
export const MeSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  talentKind: TalentKindSchema.nullable(),
  locale: LocaleSchema,
  emailVerified: z.boolean(),
  organisation: z
    .object({ id: z.string(), name: z.string(), kind: OrganisationKindSchema, status: OrganisationStatusSchema, isAdmin: z.boolean() })
    .nullable(),
  /** False when the privacy notice changed since the user last accepted it: the client asks again. */
  consentCurrent: z.boolean(),
  createdAt: z.string(),
});
export type Me = z.infer<typeof MeSchema>;

/** GET /api/v1/auth/session: who is signed in (or null) and the CSRF token for state-changing requests. */
export const SessionInfoSchema = z.object({ user: MeSchema.nullable(), csrfToken: z.string(), privacyNoticeVersion: z.string() });
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

/** One signed-in device, for "sessions" in account settings. */
export const SessionSummarySchema = z.object({
  id: z.string(),
  current: z.boolean(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
});

/** Generic acknowledgement for actions whose result must not reveal anything (sign-up, forgot password). */
export const AcceptedSchema = z.object({ status: z.literal('accepted'), message: z.string() });
