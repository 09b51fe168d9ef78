import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ForgotPasswordSchema } from '@kafaat/shared';
import { Page } from '../components/Page';
import { ErrorSummary } from '../components/form/ErrorSummary';
import { TextField, textOf } from '../components/form/Fields';
import { useFormErrors } from '../components/form/useFormErrors';
import { useForgotPassword } from '../features/auth/authApi';
import { paths } from './paths';

const PATHS = ['email'] as const;

/** /forgot-password: asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const forgot = useForgotPassword();
  const form = useFormErrors(PATHS);
  const [sentTo, setSentTo] = useState<string | null>(null);

  if (sentTo) {
    return (
      <Page key="sent" title={t('forgotPassword.sentTitle')} focusOnMount>
        <p>{t('forgotPassword.sentBody', { email: sentTo })}</p>
        <p>
          <Link to={paths.signIn}>{t('forgotPassword.backToSignIn')}</Link>
        </p>
      </Page>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ForgotPasswordSchema.safeParse({ email: textOf(new FormData(event.currentTarget), 'email') });
    if (!parsed.success) return form.showZodError(parsed.error);
    form.clear();
    forgot.mutate(parsed.data.email, { onSuccess: () => setSentTo(parsed.data.email), onError: (error) => form.showError(error) });
  }

  return (
    <Page key="form" title={t('forgotPassword.title')} lead={t('forgotPassword.lead')}>
      <form noValidate onSubmit={onSubmit} className="form">
        <ErrorSummary form={form} />
        <TextField form={form} path="email" type="email" label={t('fields.email')} autoComplete="email" inputMode="email" spellCheck={false} />
        <p>
          <button type="submit" className="button" disabled={forgot.isPending}>
            {forgot.isPending ? t('forgotPassword.submitting') : t('forgotPassword.submit')}
          </button>
        </p>
      </form>
    </Page>
  );
}
