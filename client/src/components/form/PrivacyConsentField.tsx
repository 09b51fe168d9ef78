/** The "I accept the privacy notice" checkbox, with a link to the notice, shared by sign-up and invitations. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../routes/paths';
import { CheckboxField } from './Fields';
import type { FormErrorsApi } from './useFormErrors';
import type { Issue } from './errorText';

export function PrivacyConsentField({ form }: { form: FormErrorsApi }) {
  const { t } = useTranslation();
  return (
    <CheckboxField
      form={form}
      path="privacyAccepted"
      label={
        <>
          {t('signUp.form.privacyAccept')}{' '}
          <Link to={paths.privacy} target="_blank" rel="noopener">
            {t('signUp.form.privacyLink')}
          </Link>
        </>
      }
    />
  );
}

/** The issue to show when the consent box of a submitted form is not ticked (none when it is). */
export function privacyConsentIssues(data: FormData): Issue[] {
  return data.get('privacyAccepted') === 'on' ? [] : [{ path: 'privacyAccepted', code: 'required', message: 'accept the notice' }];
}
