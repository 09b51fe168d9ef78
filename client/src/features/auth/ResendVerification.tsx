import { useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EmailSchema } from '@kafaat/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField, textOf } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { useResendVerification } from './authApi';

const PATHS = ['email'] as const;

/**
 * "Send the confirmation email again": one button when the address is known (just signed up or tried to sign in),
 * otherwise a field to type it. The answer never says whether the address has an account.
 */
export function ResendVerification({ email }: { email?: string }) {
  const { t } = useTranslation();
  const resend = useResendVerification();
  const form = useFormErrors(PATHS);
  const status = useRef<HTMLParagraphElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = EmailSchema.safeParse(email ?? textOf(new FormData(event.currentTarget), 'email'));
    if (!parsed.success) return form.showIssues(parsed.error.issues.map((issue) => ({ ...issue, path: 'email' })));
    form.clear();
    resend.mutate(parsed.data, { onSuccess: () => status.current?.focus(), onError: (error) => form.showError(error) });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form form--inline" aria-label={t('resend.label')}>
      <ErrorSummary form={form} />
      {email ? null : <TextField form={form} path="email" type="email" label={t('fields.email')} autoComplete="email" inputMode="email" />}
      <p>
        <button type="submit" className="button button--secondary" disabled={resend.isPending}>
          {resend.isPending ? t('resend.sending') : t('resend.submit')}
        </button>
      </p>
      <p ref={status} tabIndex={-1} role="status" className="form__status">
        {resend.isSuccess ? t('resend.sent') : ''}
      </p>
    </form>
  );
}
