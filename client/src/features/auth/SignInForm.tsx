import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SignInSchema } from '@kafaat/shared';
import { ApiError } from '../../api/client';
import { changeLocale, currentLocale } from '../../i18n';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField, textOf } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { paths } from '../../routes/paths';
import { useSignIn } from './authApi';
import { ResendVerification } from './ResendVerification';

const PATHS = ['email', 'password'] as const;

/**
 * Email and password. Wrong credentials, an unconfirmed address (with "send the email again") and too many
 * attempts (with how long to wait) are each explained in the user's language. The page redirects once signed in.
 */
export function SignInForm() {
  const { t, i18n } = useTranslation();
  const signIn = useSignIn();
  const form = useFormErrors(PATHS);
  const [unverifiedEmail, setUnverifiedEmail] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setUnverifiedEmail(null);
    const data = new FormData(event.currentTarget);
    const parsed = SignInSchema.safeParse({ email: textOf(data, 'email'), password: textOf(data, 'password') });
    if (!parsed.success) return form.showZodError(parsed.error);
    form.clear();
    signIn.mutate(parsed.data, {
      onSuccess: ({ user }) => {
        if (user && user.locale !== currentLocale(i18n)) void changeLocale(i18n, user.locale);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'email_not_verified') setUnverifiedEmail(parsed.data.email);
        form.showError(error);
      },
    });
  }

  return (
    <>
      <form noValidate onSubmit={onSubmit} className="form">
        <ErrorSummary form={form} />
        <TextField form={form} path="email" type="email" label={t('fields.email')} autoComplete="username" inputMode="email" spellCheck={false} />
        <TextField form={form} path="password" type="password" label={t('fields.password')} autoComplete="current-password" />
        <p className="actions">
          <button type="submit" className="button" disabled={signIn.isPending}>
            {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
          </button>
          <Link to={paths.forgotPassword}>{t('signIn.forgot')}</Link>
        </p>
      </form>
      {unverifiedEmail ? (
        <section className="notice notice--info" aria-label={t('signIn.unverifiedTitle')}>
          <p>{t('signIn.unverifiedBody')}</p>
          <ResendVerification email={unverifiedEmail} />
        </section>
      ) : null}
    </>
  );
}
