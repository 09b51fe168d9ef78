import { useId, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DeleteAccountSchema } from '@kafaat/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { CheckboxField, TextField, textOf } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import type { Notice } from '../../components/FlashNotice';
import { paths } from '../../routes/paths';
import { useDeleteAccount } from './accountApi';

const PATHS = ['password', 'confirm'] as const;
const CONSEQUENCES = [1, 2, 3] as const;

/**
 * Deleting the account, with what it removes spelled out and an explicit "I understand it cannot be undone",
 * plus the password. Afterwards the person lands on the home page, signed out, with a confirmation.
 */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const navigate = useNavigate();
  const notice: Notice = 'accountDeleted';
  // flushSync: the home page must be on screen before the session says "signed out" (see App.tsx).
  const remove = useDeleteAccount(() => navigate(paths.home, { state: { notice }, flushSync: true }));
  const form = useFormErrors(PATHS);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = DeleteAccountSchema.safeParse({ password: textOf(data, 'password'), confirm: data.get('confirm') === 'on' ? 'DELETE' : '' });
    if (!parsed.success) return form.showZodError(parsed.error);
    form.clear();
    remove.mutate(parsed.data.password, {
      onError: (error) => form.showError(error, { invalid_credentials: 'password' }),
    });
  }

  return (
    <section className="panel panel--danger" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('account.delete.title')}</h2>
      <p>
        <strong>{t('account.delete.warning')}</strong>
      </p>
      <ul>
        {CONSEQUENCES.map((index) => (
          <li key={index}>{t(`account.delete.consequence${index}`)}</li>
        ))}
      </ul>
      <p>{t('account.delete.exportFirst')}</p>
      <form noValidate onSubmit={onSubmit} className="form">
        <ErrorSummary form={form} />
        <TextField form={form} path="password" type="password" label={t('fields.password')} autoComplete="current-password" />
        <CheckboxField form={form} path="confirm" label={t('account.delete.confirm')} />
        <p>
          <button type="submit" className="button button--danger" disabled={remove.isPending}>
            {remove.isPending ? t('account.delete.submitting') : t('account.delete.submit')}
          </button>
        </p>
      </form>
    </section>
  );
}
