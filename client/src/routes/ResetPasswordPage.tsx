import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ResetPasswordSchema, TokenSchema } from '@kafaat/shared';
import { ApiError } from '../api/client';
import { Page } from '../components/Page';
import { ErrorSummary } from '../components/form/ErrorSummary';
import { textOf } from '../components/form/Fields';
import { NewPasswordField } from '../components/form/NewPasswordField';
import { useFormErrors } from '../components/form/useFormErrors';
import { useResetPassword } from '../features/auth/authApi';
import { paths } from './paths';

const PATHS = ['password'] as const;

/** /reset-password?token=…: choose a new password from the emailed link; an expired link leads to a new one. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const reset = useResetPassword();
  const form = useFormErrors(PATHS);
  const [done, setDone] = useState(false);
  const [linkInvalid, setLinkInvalid] = useState(!TokenSchema.safeParse(token).success);

  if (done) {
    return (
      <Page key="done" title={t('resetPassword.doneTitle')} focusOnMount>
        <p>{t('resetPassword.doneBody')}</p>
        <p>
          <Link className="button" to={paths.signIn}>
            {t('layout.nav.signIn')}
          </Link>
        </p>
      </Page>
    );
  }
  if (linkInvalid) {
    return (
      <Page key="invalid" title={t('resetPassword.invalidTitle')} focusOnMount>
        <p>{t('resetPassword.invalidBody')}</p>
        <p>
          <Link className="button" to={paths.forgotPassword}>
            {t('resetPassword.askAgain')}
          </Link>
        </p>
      </Page>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ResetPasswordSchema.safeParse({ token, password: textOf(new FormData(event.currentTarget), 'password') });
    if (!parsed.success) return form.showZodError(parsed.error);
    form.clear();
    reset.mutate(parsed.data, {
      onSuccess: () => setDone(true),
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'invalid_token') setLinkInvalid(true);
        else form.showError(error);
      },
    });
  }

  return (
    <Page key="form" title={t('resetPassword.title')}>
      <form noValidate onSubmit={onSubmit} className="form">
        <ErrorSummary form={form} />
        <NewPasswordField form={form} path="password" />
        <p>
          <button type="submit" className="button" disabled={reset.isPending}>
            {reset.isPending ? t('resetPassword.submitting') : t('resetPassword.submit')}
          </button>
        </p>
      </form>
    </Page>
  );
}
