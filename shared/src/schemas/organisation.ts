import { z } from 'zod';
import {
  CountryCodeSchema,
  DisplayNameSchema,
  EmailSchema,
  InstitutionTypeSchema,
  NewPasswordSchema,
  OrganisationKindSchema,
  OrganisationStatusSchema,
  RoleSchema,
  TokenSchema,
  requireCurrentPrivacyNotice,
} from './account';

/** A MongoDB ObjectId in its 24-hex-digit form, as it appears in paths. */
export const ObjectIdSchema = z.string().regex(/^[a-f0-9]{24}$/, 'must be a valid id');
export const IdParamsSchema = z.strictObject({ id: ObjectIdSchema });

/** An organisation as its members, officers and admins see it. */
export const OrganisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: OrganisationKindSchema,
  institutionType: InstitutionTypeSchema.nullable(),
  country: z.string(),
  city: z.string().nullable(),
  website: z.string().nullable(),
  description: z.string().nullable(),
  status: OrganisationStatusSchema,
  /** Why an organisation was rejected, shown to its members so they can fix it. */
  statusReason: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  memberCount: z.number(),
  createdAt: z.string(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

/** PATCH /api/v1/organisations/:id (organisation admins). */
export const UpdateOrganisationSchema = z.strictObject({
  name: z.string().trim().min(2).max(120).optional(),
  country: CountryCodeSchema.optional(),
  city: z.string().trim().max(80).nullable().optional(),
  website: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(200).nullable().optional(),
  description: z.string().trim().max(2000).nullable().optional(),
});

/** A member of an organisation. */
export const MemberSchema = z.object({ id: z.string(), displayName: z.string(), email: z.string(), role: RoleSchema, isAdmin: z.boolean() });

/** POST /api/v1/organisations/:id/invitations. Institutions invite officers or assessors; employers invite employers. */
export const CreateInvitationSchema = z.strictObject({
  email: EmailSchema,
  role: z.enum(['employer', 'officer', 'assessor']).optional(),
  isAdmin: z.boolean().default(false),
});
export const InvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: RoleSchema,
  isAdmin: z.boolean(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  createdAt: z.string(),
});

/** GET /api/v1/invitations/preview: what an invited person sees before creating their account. */
export const InvitationPreviewSchema = z.object({ organisationName: z.string(), email: z.string(), role: RoleSchema });
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

/** POST /api/v1/invitations/accept: creates the account of an invited person. */
export const AcceptInvitationSchema = z
  .strictObject({
    token: TokenSchema,
    displayName: DisplayNameSchema,
    password: NewPasswordSchema,
    privacyNoticeVersion: z.string().min(1),
  })
  .superRefine(requireCurrentPrivacyNotice);

/** GET /api/v1/organisations (officers and admins): the verification queue and directory. */
export const OrganisationListQuerySchema = z.strictObject({
  status: z.enum(['pending', 'verified', 'rejected']).optional(),
  kind: OrganisationKindSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** POST /api/v1/organisations/:id/verification. A rejection must say why. */
export const VerificationDecisionSchema = z
  .strictObject({ decision: z.enum(['verify', 'reject']), reason: z.string().trim().max(500).optional() })
  .refine((v) => v.decision === 'verify' || (v.reason && v.reason.length >= 5), {
    path: ['reason'],
    message: 'say why the organisation is rejected (at least 5 characters)',
  });

/** A page of results with an opaque cursor to the next one. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** PATCH /api/v1/admin/users/:id/role (admins, never on themselves). */
export const RoleChangeSchema = z.strictObject({ role: RoleSchema });

/** One line of the append-only audit log. Carries ids, never personal data. */
export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  action: z.string(),
  actorId: z.string().nullable(),
  actorRole: RoleSchema.nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  outcome: z.enum(['success', 'failure']),
  meta: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** GET /api/v1/admin/audit filters. */
export const AuditQuerySchema = z.strictObject({
  action: z.string().max(60).optional(),
  actorId: ObjectIdSchema.optional(),
  targetId: ObjectIdSchema.optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
