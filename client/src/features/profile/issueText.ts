/**
 * The editor's own wording for field problems, under `profile.errors`, keyed by the field's path without list
 * positions ("skills.3.level" → "skills.level"), so a skill's level and a language's level get different advice.
 */
import type { DescribeIssue } from '../../components/form/useFormErrors';

export const describeProfileIssue: DescribeIssue = (i18n, issue) => {
  const field = issue.path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
  if (field === '') return undefined;
  const key = [`profile.errors.${field}.${issue.code}`, `profile.errors.${field}.default`].find((candidate) => i18n.exists(candidate));
  return key ? (i18n.t as unknown as (key: string) => string)(key) : undefined;
};
