import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { Page } from '../components/Page';
import { Loading } from '../components/QueryStatus';
import { ProfileLoadError } from '../features/profile/ProfileLoadError';
import { ProfileView } from '../features/profile/ProfileView';
import { useTalentProfile } from '../features/profile/profileApi';
import { InviteForm } from '../features/opportunities/InviteForm';

const TALENT_ID = /^[a-f0-9]{24}$/;

/** /talents/:id (employers and officers): a talent's profile, the same view the talent previews. */
export function TalentProfilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const valid = TALENT_ID.test(id);
  const query = useTalentProfile(id, valid);
  const title = t('profile.talent.title');
  if (!valid) return <ProfileLoadError error={new ApiError(404, 'not_found', 'No such talent')} title={title} onRetry={() => undefined} />;
  if (query.isPending) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  if (query.isError) return <ProfileLoadError error={query.error} title={title} onRetry={() => void query.refetch()} />;
  return (
    <Page title={query.data.displayName}>
      <ProfileView profile={query.data} />
      <InviteForm talentId={query.data.id} talentName={query.data.displayName} />
    </Page>
  );
}
