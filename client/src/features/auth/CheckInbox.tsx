import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { ResendVerification } from './ResendVerification';

/**
 * After sign-up: the same answer whether or not the address already had an account (so the page reveals nothing),
 * with what to do next and a way to get the email again.
 */
export function CheckInbox({ email }: { email: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('signUp.sent.title')} focusOnMount>
      <p>{t('signUp.sent.body', { email })}</p>
      <p>{t('signUp.sent.spam')}</p>
      <ResendVerification email={email} />
    </Page>
  );
}
