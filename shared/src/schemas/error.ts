import { z } from 'zod';

/** One problem with one input field, so a form can show the message next to that field. */
export const FieldIssueSchema = z.object({
  /** Dotted path of the field within the part of the request, e.g. "languages.0.level". */
  path: z.string(),
  /** Which part of the request held the field. */
  location: z.enum(['body', 'query', 'params']).optional(),
  /** Stable machine code of the problem (zod's issue code or ours). */
  code: z.string(),
  /** Human-readable explanation, in English; clients translate by `code` where they can. */
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

/** The single shape of every error the API returns. */
export const ErrorBodySchema = z.object({
  error: z.object({
    /** Stable identifier clients switch on, e.g. "validation_failed", "not_found". */
    code: z.string(),
    /** Safe to show; never contains internal details. */
    message: z.string(),
    /** Field-level problems for validation errors; other structured data otherwise. */
    details: z.unknown().optional(),
    /** Echo of the request id, to quote when reporting a problem. */
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
