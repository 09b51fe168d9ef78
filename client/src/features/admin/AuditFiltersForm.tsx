import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditQuerySchema } from '@kafaat/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField, textOf } from '../../components/form/Fields';
import { issuesOf, useFormErrors } from '../../components/form/useFormErrors';
import type { Issue } from '../../components/form/errorText';
import { AUDIT_FILTER_NAMES, toApiFilters, type AuditFilterValues } from './auditFilters';

/**
 * Filters of the audit log, checked with the API's own schema before the search (a malformed id is explained
 * next to its field instead of coming back as an error for the whole table).
 */
export function AuditFiltersForm({ values, onApply }: { values: AuditFilterValues; onApply: (values: AuditFilterValues) => void }) {
  const { t } = useTranslation();
  const form = useFormErrors(AUDIT_FILTER_NAMES);
  const element = useRef<HTMLFormElement>(null);

  // Back/forward changes the filters in the address: show them in the fields too (they are uncontrolled).
  useEffect(() => {
    for (const name of AUDIT_FILTER_NAMES) {
      const input = element.current?.elements.namedItem(name);
      if (input instanceof HTMLInputElement) input.value = values[name] ?? '';
    }
  }, [values]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const typed: AuditFilterValues = {};
    for (const name of AUDIT_FILTER_NAMES) {
      const value = textOf(data, name).trim();
      if (value) typed[name] = value;
    }
    const parsed = AuditQuerySchema.safeParse(toApiFilters(typed));
    const issues: Issue[] = parsed.success ? [] : issuesOf(parsed.error);
    if (typed.from && typed.to && typed.from > typed.to) issues.push({ path: 'to', code: 'before_from', message: 'the end is before the start' });
    if (issues.length > 0) return form.showIssues(issues);
    form.clear();
    onApply(typed);
  }

  function onReset() {
    form.clear();
    onApply({});
  }

  return (
    <form noValidate onSubmit={onSubmit} onReset={onReset} className="filters filters--grid" aria-label={t('audit.filtersLabel')} ref={element}>
      <ErrorSummary form={form} />
      <TextField form={form} path="action" label={t('fields.action')} hint={t('fields.actionHint')} defaultValue={values.action} optional spellCheck={false} />
      <TextField form={form} path="actorId" label={t('fields.actorId')} defaultValue={values.actorId} optional spellCheck={false} />
      <TextField form={form} path="targetId" label={t('fields.targetId')} defaultValue={values.targetId} optional spellCheck={false} />
      <TextField form={form} path="from" type="date" label={t('fields.from')} defaultValue={values.from} optional />
      <TextField form={form} path="to" type="date" label={t('fields.to')} defaultValue={values.to} optional />
      <p className="actions">
        <button type="submit" className="button">
          {t('common.filter')}
        </button>
        <button type="reset" className="button button--secondary">
          {t('audit.clear')}
        </button>
      </p>
    </form>
  );
}
