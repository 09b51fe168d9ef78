import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AcceptInvitationSchema, PRIVACY_NOTICE_VERSION } from '@kafaat/shared';
import { ApiError } from '../../api/client';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField, textOf } from '../../components/form/Fields';
import { NewPasswordField } from '../../components/form/NewPasswordField';
import { PrivacyConsentField, privacyConsentIssues } from '../../components/form/PrivacyConsentField';
import { issuesOf, useFormErrors } from '../../components/form/useFormErrors';
import type { Issue } from '../../components/form/errorText';
import { paths } from '../../routes/paths';
import { useSession } from '../auth/useSession';
import { useAcceptInvitation } from './organisationApi';

const PATHS = ['displayName', 'password', 'privacyAccepted'] as const;

/** The invited person's account: name and password (the email is the invitation's), then straight in. */
export function AcceptInvitationForm({ token, onInvalid }: { token: string; onInvalid: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const form = useFormErrors(PATHS);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = AcceptInvitationSchema.safeParse({
      token,
      displayName: textOf(data, 'displayName'),
      password: textOf(data, 'password'),
      privacyNoticeVersion: session.data?.privacyNoticeVersion ?? PRIVACY_NOTICE_VERSION,
    });
    const issues: Issue[] = [...(parsed.success ? [] : issuesOf(parsed.error)), ...privacyConsentIssues(data)];
    if (!parsed.success || issues.length > 0) return form.showIssues(issues);
    form.clear();
    accept.mutate(parsed.data, {
      onSuccess: () => void navigate(paths.organisation, { replace: true }),
      onError: (error) => {
        if (error instanceof ApiError && (error.code === 'invalid_token' || error.status === 404)) onInvalid();
        else form.showError(error);
      },
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <ErrorSummary form={form} />
      <TextField form={form} path="displayName" label={t('fields.displayName')} hint={t('fields.displayNameHint')} autoComplete="name" />
      <NewPasswordField form={form} path="password" label={t('fields.password')} />
      <PrivacyConsentField form={form} />
      <p>
        <button type="submit" className="button" disabled={accept.isPending}>
          {accept.isPending ? t('acceptInvitation.submitting') : t('acceptInvitation.submit')}
        </button>
      </p>
    </form>
  );
}
