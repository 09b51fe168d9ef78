import { Link, Navigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { SignInForm } from '../features/auth/SignInForm';
import { useCurrentUser } from '../features/auth/useSession';
import { paths, safeNextPath } from './paths';

/** /signin?next=…: signs in, then returns to `next` when it is a page of this site (home otherwise). */
export function SignInPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  if (user) return <Navigate to={next} replace />;
  return (
    <Page title={t('signIn.title')} lead={searchParams.has('next') ? t('signIn.needed') : undefined}>
      <SignInForm />
      <p>
        {t('signIn.noAccount')} <Link to={paths.signUp}>{t('layout.nav.signUp')}</Link>
      </p>
    </Page>
  );
}
