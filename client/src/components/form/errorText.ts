/**
 * Turns what went wrong into words in the user's language: a whole-request error by its `code`, a field problem
 * by the field's name and the issue's code. The API's own messages are English; they are shown only when we have
 * no translation at all (an unexpected field), because a specific English sentence beats a vague one.
 */
import type { i18n as I18n } from 'i18next';
import { PASSWORD_MAX, PASSWORD_MIN } from '@kafaat/shared';
import { ApiError } from '../../api/client';
import { currentLocale } from '../../i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import type { Formatters } from '../../i18n/format';

/** One problem with one field, from zod on the client or from a 400's details. */
export type Issue = { path: string; code: string; message: string };

type Translate = (key: string, options?: Record<string, unknown>) => string;

function firstExisting(i18n: I18n, keys: string[], options?: Record<string, unknown>): string | undefined {
  const key = keys.find((candidate) => i18n.exists(candidate));
  return key ? (i18n.t as unknown as Translate)(key, options) : undefined;
}

/** "organisation.name" → "name", "languages.0.level" → "level": the field, wherever it sits. */
function fieldName(path: string): string {
  return (
    path
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? path
  );
}

/** Limits that field messages quote ("at least {{min}} characters"), the same numbers the schemas enforce. */
function limits(i18n: I18n): Record<string, string> {
  const number = new Intl.NumberFormat(INTL_LOCALES[currentLocale(i18n)]);
  return { min: number.format(PASSWORD_MIN), max: number.format(PASSWORD_MAX) };
}

/** A field-specific message that says how to fix it, if we have one for this field. */
export function translateIssue(i18n: I18n, issue: Issue): string | undefined {
  const field = fieldName(issue.path);
  return firstExisting(
    i18n,
    [`errors.fields.${field}.${issue.code}`, `errors.fields.generic.${issue.code}`, `errors.fields.${field}.default`],
    limits(i18n),
  );
}

/** Like translateIssue, falling back to a generic "check this field" when the field is unknown. */
export function describeIssue(i18n: I18n, issue: Issue): string {
  return translateIssue(i18n, issue) ?? firstExisting(i18n, ['errors.fields.generic.default']) ?? issue.message;
}

function retryAfterSeconds(error: ApiError): number | undefined {
  if (error.retryAfterSeconds !== undefined) return error.retryAfterSeconds;
  const fromDetails = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof fromDetails === 'number' ? fromDetails : undefined;
}

/** What to tell the user about a failed request as a whole (the form's message, or a screen's error). */
export function describeError(i18n: I18n, format: Formatters, error: unknown): string {
  const t = i18n.t as unknown as Translate;
  if (!(error instanceof ApiError)) return t('errors.codes.unknown');
  if (error.status === 429) {
    const seconds = retryAfterSeconds(error);
    if (seconds === undefined) return t('errors.tooManyRequestsSoon');
    return t('errors.codes.too_many_requests', { duration: format.minutes(Math.max(1, Math.ceil(seconds / 60))) });
  }
  const byCode = firstExisting(i18n, [`errors.codes.${error.code}`]);
  if (byCode) return byCode;
  return t(error.status >= 500 ? 'errors.codes.server' : 'errors.codes.unknown');
}
