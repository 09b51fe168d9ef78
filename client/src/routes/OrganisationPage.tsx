import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { LoadError, Loading } from '../components/QueryStatus';
import { NoAccess } from '../features/auth/NoAccess';
import { useCurrentUser } from '../features/auth/useSession';
import { InvitationsSection } from '../features/organisation/InvitationsSection';
import { MembersSection } from '../features/organisation/MembersSection';
import { OrganisationDetails } from '../features/organisation/OrganisationDetails';
import { StatusBanner } from '../features/organisation/StatusBanner';
import { useOrganisation } from '../features/organisation/organisationApi';

/** /organisation (signed in, member of one): status, details, members and, for its admins, invitations. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const membership = user?.organisation;
  if (!membership) return <NoAccess reason={t('organisation.none')} />;
  return <OrganisationView id={membership.id} isAdmin={membership.isAdmin} fallbackName={membership.name} />;
}

function OrganisationView({ id, isAdmin, fallbackName }: { id: string; isAdmin: boolean; fallbackName: string }) {
  const { t } = useTranslation();
  const organisation = useOrganisation(id);
  const title = organisation.data?.name ?? fallbackName;
  return (
    <Page title={title} lead={t('organisation.lead')}>
      {organisation.isPending ? <Loading /> : null}
      {organisation.isError ? <LoadError error={organisation.error} onRetry={() => void organisation.refetch()} /> : null}
      {organisation.data ? (
        <>
          <StatusBanner organisation={organisation.data} />
          <OrganisationDetails organisation={organisation.data} canEdit={isAdmin} />
          <MembersSection organisationId={id} />
          {isAdmin ? <InvitationsSection organisation={organisation.data} /> : null}
        </>
      ) : null}
    </Page>
  );
}
