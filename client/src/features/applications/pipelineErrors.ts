/**
 * Words for the refusals of the pipeline and the lifecycle, in the reader's language. The server's messages are
 * English and name stages by code; the details it sends (where the application or opportunity stands now, and the
 * moves allowed from there) carry the same facts, so they are told here with translated stage names.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldIssuesOf } from '../../api/client';
import { describeError } from '../../components/form/errorText';
import type { FormErrorsApi } from '../../components/form/useFormErrors';
import { useFormat } from '../../i18n/format';

/** What was attempted: a stage move, an opportunity status change, applying, inviting, or a mission form. */
export type PipelineAction = 'stage' | 'status' | 'publish' | 'apply' | 'invite' | 'mission';

type Transition = { from: string; allowed: string[] };

function transitionOf(details: unknown): Transition | null {
  const value = details as { from?: unknown; allowed?: unknown } | null | undefined;
  if (typeof value?.from !== 'string' || !Array.isArray(value.allowed)) return null;
  return { from: value.from, allowed: value.allowed.filter((item): item is string => typeof item === 'string') };
}

const reasonOf = (details: unknown) => (details as { reason?: unknown } | null | undefined)?.reason;

/** A function telling what went wrong with an action, in the reader's language. */
export function usePipelineError(): (error: unknown, action: PipelineAction) => string {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return useCallback(
    (error: unknown, action: PipelineAction) => {
      if (!(error instanceof ApiError)) return describeError(i18n, format, error);
      const transition = error.code === 'invalid_transition' ? transitionOf(error.details) : null;
      if (transition) {
        const isStatus = action === 'status' || action === 'publish';
        const name = (code: string) => (isStatus ? t(`opportunities.statuses.${code as 'draft'}`) : t(`applications.stages.${code as 'invited'}`));
        const from = name(transition.from);
        if (transition.allowed.length === 0) return isStatus ? t('opportunities.errors.statusFinal', { from }) : t('applications.errors.moveFinal', { from });
        const allowed = format.list(transition.allowed.map(name));
        return isStatus ? t('opportunities.errors.invalidStatus', { from, allowed }) : t('applications.errors.invalidMove', { from, allowed });
      }
      const reason = reasonOf(error.details);
      if (error.status === 403) {
        if (action === 'publish') return t('opportunities.errors.publishForbidden');
        if (action === 'stage') return t('applications.errors.notYourMove');
        if (action === 'apply') return t('applications.errors.onlyTalents');
      }
      if (error.status === 404 && action === 'invite') return t('applications.errors.talentNotFound');
      if (error.status === 409) {
        if (reason === 'not_open') return action === 'invite' ? t('applications.errors.inviteNotPublished') : t('applications.errors.notOpen');
        if (reason === 'already_applied') return t('applications.errors.alreadyApplied');
        if (reason === 'already_in_pipeline') return t('applications.errors.alreadyInPipeline');
        // Someone else changed it meanwhile, or a mission step out of order: the server's sentence is specific.
        if (error.code === 'conflict') return t('applications.errors.conflict', { message: error.message });
      }
      if (error.code === 'validation_failed' && fieldIssuesOf(error).some((issue) => issue.code === 'needs_confirmation')) return t('missions.errors.needsConfirmation');
      return describeError(i18n, format, error);
    },
    [format, i18n, t],
  );
}

/** Shows a failed request on a form: field problems next to their fields, anything else told in the summary. */
export function showPipelineError(form: FormErrorsApi, error: unknown, describe: (error: unknown, action: PipelineAction) => string, action: PipelineAction): void {
  const issues = fieldIssuesOf(error);
  if (issues.length > 0 && issues.some((issue) => form.paths.includes(issue.path))) return form.showError(error);
  form.showIssues([], [describe(error, action)]);
}
