import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { Loading } from '../components/QueryStatus';
import { CompletenessCard } from '../features/profile/CompletenessCard';
import type { ProfileSavedState } from '../features/profile/ProfileEditor';
import { ProfileLoadError } from '../features/profile/ProfileLoadError';
import { ProfileView } from '../features/profile/ProfileView';
import { useOwnProfile } from '../features/profile/profileApi';
import { paths, profileEditPath } from './paths';

/** /profile (talents): their whole profile, private answers included and marked so, with what to add next. */
export function ProfilePage() {
  const { t } = useTranslation();
  const query = useOwnProfile();
  const title = t('profile.page.title');
  if (query.isPending) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  if (query.isError) return <ProfileLoadError error={query.error} title={title} onRetry={() => void query.refetch()} />;
  const profile = query.data;
  return (
    <Page title={title}>
      <SavedNotice />
      {profile.saved ? null : (
        <div className="empty profile-start">
          <p className="profile-start__title">{t('profile.page.emptyTitle')}</p>
          <p>{t('profile.page.emptyBody')}</p>
        </div>
      )}
      <p className="actions">
        <Link className="button" to={profileEditPath()}>
          {profile.saved ? t('profile.page.edit') : t('profile.page.start')}
        </Link>
        {profile.saved ? (
          <Link className="button button--secondary" to={paths.profilePreview}>
            {t('profile.page.preview')}
          </Link>
        ) : null}
      </p>
      <CompletenessCard completeness={profile.completeness} />
      {profile.saved ? <ProfileView profile={profile} own={profile} showName /> : null}
    </Page>
  );
}

/** "Your profile is saved", after the editor's last step; it takes focus so screen-reader users hear it. */
function SavedNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const saved = (location.state as Partial<ProfileSavedState> | null)?.profileSaved === true;
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (saved) ref.current?.focus();
  }, [saved, location.key]);
  if (!saved) return null;
  return (
    <p ref={ref} tabIndex={-1} role="status" className="notice notice--success">
      {t('profile.page.saved')}
    </p>
  );
}
