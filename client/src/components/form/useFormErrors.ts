/**
 * The errors of one form: a translated message per field (shown next to it) and messages about the request as
 * a whole (shown in the summary). `shown` counts failed submissions so the summary takes focus after each one.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldIssuesOf } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { describeError, describeIssue, translateIssue, type Issue } from './errorText';

/** The part of a zod error we read (typed structurally: zod is a dependency of @kafaat/shared, not ours). */
export type ValidationError = {
  issues: readonly { path: readonly PropertyKey[]; code: string; message: string; minimum?: unknown }[];
};

/**
 * A zod error as field issues with dotted paths. "At least 1 character" is reported as `required`, so an empty
 * field says "enter your password" rather than quoting a length rule.
 */
export function issuesOf(error: ValidationError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code === 'too_small' && Number(issue.minimum) === 1 ? 'required' : issue.code,
    message: issue.message,
  }));
}

/** Translated messages, ready to show. */
export type FormErrors = {
  /** Field path ("organisation.name") → message. */
  fields: Partial<Record<string, string>>;
  /** Problems not tied to a field of this form. */
  form: string[];
};

/** What a form and its fields read and call; passed as `form` to every field component. */
export type FormErrorsApi = {
  errors: FormErrors;
  /** Increases each time errors are shown, so the summary can move focus again. */
  shown: number;
  /** The form's field paths in display order (the summary lists errors in that order). */
  paths: readonly string[];
  hasErrors: boolean;
  /** The element id of a field, unique on the page. */
  idFor(path: string): string;
  showIssues(issues: Issue[], formMessages?: string[]): void;
  showZodError(error: ValidationError): void;
  /**
   * Shows a failed request: field details next to fields; codes listed in `codeToField` next to that field
   * (e.g. invalid_credentials → currentPassword); anything else in the summary.
   */
  showError(error: unknown, codeToField?: Partial<Record<string, string>>): void;
  clear(): void;
};

const NO_ERRORS: FormErrors = { fields: {}, form: [] };

/**
 * A form's own wording for some issues (e.g. the profile editor's fields, whose messages live in its namespace);
 * undefined falls back to the shared `errors.fields` messages. Give a stable (module-level) function.
 */
export type DescribeIssue = (i18n: ReturnType<typeof useTranslation>['i18n'], issue: Issue) => string | undefined;

/** Errors of one form whose fields are `paths` (request body names, in display order). */
export function useFormErrors(paths: readonly string[], describeOwn?: DescribeIssue): FormErrorsApi {
  const prefix = useId();
  const { i18n } = useTranslation();
  const format = useFormat();
  const [state, setState] = useState({ errors: NO_ERRORS, shown: 0 });

  const idFor = useCallback((path: string) => `${prefix}${path.replace(/\./g, '-')}`, [prefix]);

  const showIssues = useCallback(
    (issues: Issue[], formMessages: string[] = []) => {
      const fields: FormErrors['fields'] = {};
      const form = [...formMessages];
      for (const issue of issues) {
        const own = describeOwn?.(i18n, issue);
        if (paths.includes(issue.path)) fields[issue.path] ??= own ?? describeIssue(i18n, issue);
        else form.push(own ?? translateIssue(i18n, issue) ?? issue.message);
      }
      setState((previous) => ({ errors: { fields, form }, shown: previous.shown + 1 }));
    },
    [describeOwn, i18n, paths],
  );

  const showZodError = useCallback((error: ValidationError) => showIssues(issuesOf(error)), [showIssues]);

  const showError = useCallback(
    (error: unknown, codeToField: Partial<Record<string, string>> = {}) => {
      const field = error instanceof ApiError ? codeToField[error.code] : undefined;
      if (field && error instanceof ApiError) return showIssues([{ path: field, code: error.code, message: error.message }]);
      const issues = fieldIssuesOf(error);
      showIssues(issues, issues.length > 0 ? [] : [describeError(i18n, format, error)]);
    },
    [format, i18n, showIssues],
  );

  const clear = useCallback(() => setState((previous) => ({ ...previous, errors: NO_ERRORS })), []);

  return useMemo(
    () => ({
      errors: state.errors,
      shown: state.shown,
      paths,
      hasErrors: state.errors.form.length > 0 || Object.keys(state.errors.fields).length > 0,
      idFor,
      showIssues,
      showZodError,
      showError,
      clear,
    }),
    [clear, idFor, paths, showError, showIssues, showZodError, state],
  );
}
