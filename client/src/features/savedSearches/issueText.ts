/**
 * Problems of the saved-search forms in this feature's words: the name (missing, too long) and filters the
 * server refuses (reported as "filters.languages.0", shown as one sentence about the search itself).
 */
import type { i18n as I18n } from 'i18next';
import type { DescribeIssue } from '../../components/form/useFormErrors';

/** savedSearches.fieldErrors.<name|filters>.<code>, else .default; undefined (the shared wording) for anything else. */
export const describeSavedSearchIssue: DescribeIssue = (i18n: I18n, issue) => {
  const field = issue.path.split('.')[0];
  if (field !== 'name' && field !== 'filters') return undefined;
  const base = `savedSearches.fieldErrors.${field}`;
  const key = [`${base}.${issue.code}`, `${base}.default`].find((candidate) => i18n.exists(candidate));
  return key ? (i18n.t as unknown as (key: string) => string)(key) : undefined;
};
