import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordSchema } from '@kafaat/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField, textOf } from '../../components/form/Fields';
import { NewPasswordField } from '../../components/form/NewPasswordField';
import { useFormErrors } from '../../components/form/useFormErrors';
import { StatusLine } from '../../components/StatusLine';
import { useChangePassword } from './accountApi';

const PATHS = ['currentPassword', 'newPassword'] as const;

/** Change the password, proving the current one; a wrong current password is shown next to that field. */
export function PasswordSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const change = useChangePassword();
  const form = useFormErrors(PATHS);
  const [changed, setChanged] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    const parsed = ChangePasswordSchema.safeParse({ currentPassword: textOf(data, 'currentPassword'), newPassword: textOf(data, 'newPassword') });
    if (!parsed.success) return form.showZodError(parsed.error);
    form.clear();
    setChanged(false);
    change.mutate(parsed.data, {
      onSuccess: () => {
        element.reset();
        setChanged(true);
      },
      onError: (error) => form.showError(error, { invalid_credentials: 'currentPassword' }),
    });
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('account.password.title')}</h2>
      <form noValidate onSubmit={onSubmit} className="form">
        <ErrorSummary form={form} />
        <TextField form={form} path="currentPassword" type="password" label={t('fields.currentPassword')} autoComplete="current-password" />
        <NewPasswordField form={form} path="newPassword" />
        <p>
          <button type="submit" className="button" disabled={change.isPending}>
            {change.isPending ? t('common.saving') : t('account.password.submit')}
          </button>
        </p>
        <StatusLine message={changed ? t('account.password.changed') : null} />
      </form>
    </section>
  );
}
