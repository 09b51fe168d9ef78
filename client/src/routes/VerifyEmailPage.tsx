import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TokenSchema } from '@kafaat/shared';
import { ApiError } from '../api/client';
import { Page } from '../components/Page';
import { LoadError, Loading } from '../components/QueryStatus';
import { ResendVerification } from '../features/auth/ResendVerification';
import { useVerifyEmail } from '../features/auth/authApi';
import { useCurrentUser } from '../features/auth/useSession';
import { paths } from './paths';

/**
 * /verify-email?token=…: confirms the address as soon as the page opens (once, even under StrictMode's double
 * effects), then says what to do next; an expired or used link offers a new email.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const tokenLooksValid = TokenSchema.safeParse(token).success;
  const verify = useVerifyEmail();
  const user = useCurrentUser();
  const sent = useRef(false);

  useEffect(() => {
    if (!tokenLooksValid || sent.current) return;
    sent.current = true;
    verify.mutate(token);
  }, [token, tokenLooksValid, verify]);

  const expired = !tokenLooksValid || (verify.error instanceof ApiError && verify.error.code === 'invalid_token');
  if (expired) {
    return (
      <Page key="invalid" title={t('verifyEmail.invalidTitle')} lead={t('verifyEmail.invalidBody')} focusOnMount>
        <ResendVerification email={user?.email} />
      </Page>
    );
  }
  if (verify.isSuccess) {
    return (
      <Page key="done" title={t('verifyEmail.doneTitle')} lead={t('verifyEmail.doneBody')} focusOnMount>
        <p>
          <Link className="button" to={user ? paths.account : paths.signIn}>
            {user ? t('layout.nav.account') : t('layout.nav.signIn')}
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <Page key="pending" title={t('verifyEmail.title')}>
      {verify.isError ? <LoadError error={verify.error} onRetry={() => verify.mutate(token)} /> : <Loading label={t('verifyEmail.checking')} />}
    </Page>
  );
}
