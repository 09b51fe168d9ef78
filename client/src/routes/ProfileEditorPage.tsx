import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { Loading } from '../components/QueryStatus';
import { CompletenessCard } from '../features/profile/CompletenessCard';
import { ProfileEditor } from '../features/profile/ProfileEditor';
import { ProfileLoadError } from '../features/profile/ProfileLoadError';
import { useOwnProfile } from '../features/profile/profileApi';
import { paths } from './paths';

/** /profile/edit?step=… (talents): the seven-step editor, with how complete the profile is underneath. */
export function ProfileEditorPage() {
  const { t } = useTranslation();
  const query = useOwnProfile();
  const title = t('profile.editor.title');
  if (query.isPending) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  if (query.isError) return <ProfileLoadError error={query.error} title={title} onRetry={() => void query.refetch()} />;
  return (
    <Page title={title} lead={t('profile.editor.lead')}>
      <ProfileEditor profile={query.data} />
      <CompletenessCard completeness={query.data.completeness} />
      <p className="actions">
        <Link to={paths.profile}>{t('profile.editor.viewProfile')}</Link>
        {query.data.saved ? <Link to={paths.profilePreview}>{t('profile.page.preview')}</Link> : null}
      </p>
    </Page>
  );
}
