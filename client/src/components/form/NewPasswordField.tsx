import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX, PASSWORD_MIN } from '@kafaat/shared';
import { useLocale } from '../../i18n';
import { TextField } from './Fields';
import type { FormErrorsApi } from './useFormErrors';

/** A new password field with the rule shown before the person types (not only after a refusal). */
export function NewPasswordField({ form, path, label }: { form: FormErrorsApi; path: string; label?: string }) {
  const { t } = useTranslation();
  const { intlLocale } = useLocale();
  const number = new Intl.NumberFormat(intlLocale);
  return (
    <TextField
      form={form}
      path={path}
      type="password"
      autoComplete="new-password"
      label={label ?? t('fields.newPassword')}
      hint={t('fields.passwordRule', { min: number.format(PASSWORD_MIN), max: number.format(PASSWORD_MAX) })}
    />
  );
}
