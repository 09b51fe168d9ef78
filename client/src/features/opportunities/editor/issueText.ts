/**
 * Forms' own wording for field problems, kept in their namespace: `<prefix>.<field>.<code>` or
 * `<prefix>.<field>.default`, the field being the path without list positions ("activities.2" → "activities"),
 * so each message says how to fix that field.
 */
import type { DescribeIssue } from '../../../components/form/useFormErrors';

/** A stable describer for a form whose messages live under `prefix`; create it once, at module level. */
export function describeUnder(prefix: string, normalise: (parts: string[]) => string[] = (parts) => parts): DescribeIssue {
  return (i18n, issue) => {
    const field = normalise(issue.path.split('.').filter((part) => !/^\d+$/.test(part))).join('.');
    if (field === '') return undefined;
    const key = [`${prefix}.${field}.${issue.code}`, `${prefix}.${field}.default`].find((candidate) => i18n.exists(candidate));
    return key ? (i18n.t as unknown as (key: string) => string)(key) : undefined;
  };
}

/** The editor's: "title.ar" and "description.fr" are told as "title" and "description". */
export const describeOpportunityIssue = describeUnder('opportunities.errors.fields', (parts) =>
  (parts[0] === 'title' || parts[0] === 'description') && parts.length === 2 ? parts.slice(0, 1) : parts,
);
