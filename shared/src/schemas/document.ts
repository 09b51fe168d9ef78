import { z } from 'zod';
import { ObjectIdSchema } from './organisation';
import { SkillIdSchema, TaxonomyLabelsSchema } from './taxonomy';

/**
 * Documents a talent uploads: CVs, certificates, evidence of work. The type is decided by the file's content
 * (PDF, PNG, JPEG, DOCX), never by its name or declared type; the original name is kept for display only.
 */

export const DOCUMENT_KINDS = ['cv', 'certificate', 'evidence', 'other'] as const;
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS, { error: 'must be one of: cv, certificate, evidence, other' });
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** Content types accepted, as recognised from the bytes. */
export const DOCUMENT_MIME_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
export const DocumentMimeSchema = z.enum(DOCUMENT_MIME_TYPES);

export const DocumentIdParamsSchema = z.strictObject({ id: ObjectIdSchema });

/** Multipart fields sent with the file (field `file`) to POST /api/v1/me/documents. */
export const DocumentUploadFieldsSchema = z.strictObject({
  kind: DocumentKindSchema,
  /** Whether people allowed to see the profile may download it; multipart sends text, so "true"/"false". */
  shared: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

/** PATCH /api/v1/me/documents/:id. */
export const DocumentUpdateSchema = z
  .strictObject({ kind: DocumentKindSchema.optional(), shared: z.boolean().optional() })
  .refine((p) => Object.keys(p).length > 0, { message: 'nothing to save' });

/** Whether skills could be read from the document's text (PDF and DOCX only). */
export const TEXT_EXTRACTION_STATUSES = ['extracted', 'failed', 'not-applicable'] as const;

/** A taxonomy skill found in the document's text; the talent accepts or dismisses it, nothing is added silently. */
export const SkillSuggestionFromDocumentSchema = z.object({
  skillId: SkillIdSchema,
  labels: TaxonomyLabelsSchema,
  /** The words of the document that matched (a label or synonym in any language). */
  matched: z.string(),
  status: z.enum(['pending', 'accepted', 'dismissed']),
});

/** A document as its owner sees it. */
export const DocumentSchema = z.object({
  id: z.string(),
  kind: DocumentKindSchema,
  /** Original file name, cleaned, for display only. */
  name: z.string(),
  mime: DocumentMimeSchema,
  size: z.number().int(),
  shared: z.boolean(),
  createdAt: z.string(),
  textExtraction: z.enum(TEXT_EXTRACTION_STATUSES),
  suggestions: z.array(SkillSuggestionFromDocumentSchema),
});
export type DocumentInfo = z.infer<typeof DocumentSchema>;

/** GET /api/v1/me/documents: the talent's documents, newest first, with their quota. */
export const DocumentListSchema = z.object({
  items: z.array(DocumentSchema),
  usage: z.object({ bytes: z.number().int(), maxBytes: z.number().int(), count: z.number().int(), maxCount: z.number().int() }),
  /** Largest file accepted, in bytes. */
  maxFileBytes: z.number().int(),
});
export type DocumentList = z.infer<typeof DocumentListSchema>;

/** POST /api/v1/me/documents/:id/suggestions/:skillId. */
export const SuggestionParamsSchema = z.strictObject({ id: ObjectIdSchema, skillId: SkillIdSchema });
export const SuggestionDecisionSchema = z.strictObject({
  decision: z.enum(['accept', 'dismiss']),
  /** Level given to an accepted skill (1–4); the talent can change it in the editor. */
  level: z.number().int().min(1).max(4).default(2),
});
