/**
 * Field problems of the taxonomy forms in this page's own words. The API reports an item of a list by its
 * position ("synonyms.fr.2", "broader.0"); the form shows it next to the list's field ("synonyms.fr", "broader").
 */
import type { i18n as I18n } from 'i18next';
import { ApiError, fieldIssuesOf } from '../../api/client';
import type { Issue } from '../../components/form/errorText';
import type { FormErrorsApi, ValidationError } from '../../components/form/useFormErrors';
import { issuesOf } from '../../components/form/useFormErrors';

/** The form field that shows a problem of `path`: list positions removed. */
export function fieldOfPath(path: string): string {
  return path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
}

const toFieldIssues = (issues: Issue[]): Issue[] => issues.map((issue) => ({ ...issue, path: fieldOfPath(issue.path) }));

/** taxonomy.fieldErrors.<field>.<code>, else .default; undefined (the shared wording) when neither exists. */
export function describeTaxonomyIssue(i18n: I18n, issue: Issue): string | undefined {
  const base = `taxonomy.fieldErrors.${fieldOfPath(issue.path)}`;
  const key = [`${base}.${issue.code}`, `${base}.default`].find((candidate) => i18n.exists(candidate));
  return key ? (i18n.t as unknown as (key: string) => string)(key) : undefined;
}

/** Shows a failed client-side check next to the fields. */
export function showCheckErrors(form: FormErrorsApi, error: ValidationError): void {
  form.showIssues(toFieldIssues(issuesOf(error)));
}

/**
 * Shows a failed request: field problems next to their fields, a 409 without fields as `conflictMessage` (someone
 * decided first), anything else in the summary.
 */
export function showRequestError(form: FormErrorsApi, error: unknown, conflictMessage?: string): void {
  const issues = fieldIssuesOf(error);
  if (issues.length > 0) return form.showIssues(toFieldIssues(issues));
  if (conflictMessage && error instanceof ApiError && error.status === 409) return form.showIssues([], [conflictMessage]);
  form.showError(error);
}

/** The lines of a textarea as a list: trimmed, empty lines dropped. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
