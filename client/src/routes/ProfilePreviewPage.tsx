import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { LoadError, Loading } from '../components/QueryStatus';
import { ProfileView } from '../features/profile/ProfileView';
import { useOwnProfile, useProfilePreview } from '../features/profile/profileApi';
import { paths, profileEditPath } from './paths';

/**
 * /profile/preview (talents): the profile exactly as verified employers and officers receive it (the API's viewer
 * form), with what they never see spelled out, and who can see it right now.
 */
export function ProfilePreviewPage() {
  const { t } = useTranslation();
  const preview = useProfilePreview();
  const own = useOwnProfile();
  const noteId = useId();
  const visibility = own.data?.visibility;
  return (
    <Page title={t('profile.preview.title')} lead={t('profile.preview.lead')}>
      <aside className="notice profile-hidden-note" aria-labelledby={noteId}>
        <p id={noteId} className="profile-hidden-note__title">
          {t('profile.preview.hiddenTitle')}
        </p>
        <ul>
          <li>{t('profile.preview.hiddenSensitive')}</li>
          <li>{t('profile.preview.hiddenDocuments')}</li>
          <li>{t('profile.preview.hiddenVisibility')}</li>
        </ul>
        {visibility ? (
          <p>
            {t(`profile.preview.visibilityNow.${visibility}`)} <Link to={profileEditPath('privacy')}>{t('profile.preview.changeVisibility')}</Link>
          </p>
        ) : null}
      </aside>
      {preview.isPending ? <Loading /> : null}
      {preview.isError ? <LoadError error={preview.error} onRetry={() => void preview.refetch()} /> : null}
      {preview.data ? <ProfileView profile={preview.data} showName /> : null}
      <p className="actions">
        <Link to={paths.profile}>{t('profile.preview.back')}</Link>
      </p>
    </Page>
  );
}
