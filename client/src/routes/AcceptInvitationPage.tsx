import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TokenSchema } from '@kafaat/shared';
import { ApiError } from '../api/client';
import { Page } from '../components/Page';
import { LoadError, Loading } from '../components/QueryStatus';
import { useCurrentUser } from '../features/auth/useSession';
import { AcceptInvitationForm } from '../features/organisation/AcceptInvitationForm';
import { useInvitationPreview } from '../features/organisation/organisationApi';
import { paths } from './paths';

/** /invitations/accept?token=…: who invites you and as what, then the form that creates your account. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const tokenLooksValid = TokenSchema.safeParse(token).success;
  const preview = useInvitationPreview(token, tokenLooksValid);
  const user = useCurrentUser();
  const [invalid, setInvalid] = useState(false);

  const refused = preview.error instanceof ApiError && preview.error.status >= 400 && preview.error.status < 500;
  if (!tokenLooksValid || invalid || refused) {
    return (
      <Page key="invalid" title={t('acceptInvitation.invalidTitle')} lead={t('acceptInvitation.invalidBody')} focusOnMount={invalid}>
        <p>
          <Link to={paths.home}>{t('notFound.home')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page key="form" title={t('acceptInvitation.title')}>
      {preview.isPending ? <Loading /> : null}
      {preview.isError ? <LoadError error={preview.error} onRetry={() => void preview.refetch()} /> : null}
      {preview.data ? (
        <>
          <div className="notice notice--info">
            <p>
              {t('acceptInvitation.preview', {
                organisation: preview.data.organisationName,
                role: t(`roles.${preview.data.role}`, { defaultValue: preview.data.role }),
              })}
            </p>
            <p>{t('acceptInvitation.email', { email: preview.data.email })}</p>
          </div>
          {user ? <p className="notice notice--warning">{t('acceptInvitation.signedIn', { name: user.displayName })}</p> : null}
          <AcceptInvitationForm token={token} onInvalid={() => setInvalid(true)} />
        </>
      ) : null}
    </Page>
  );
}
