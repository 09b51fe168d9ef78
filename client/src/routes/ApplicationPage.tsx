import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { Page } from '../components/Page';
import { LoadError, Loading } from '../components/QueryStatus';
import { useApplication } from '../features/applications/applicationsApi';
import { ApplicationView } from '../features/applications/ApplicationView';
import { hasRole, useCurrentUser } from '../features/auth/useSession';
import { useTitleText } from '../features/opportunities/localizedText';
import { isObjectId } from '../features/opportunities/OpportunityLoader';
import { OPPORTUNITY_ROLES } from '../features/opportunities/roles';
import { paths } from './paths';

/**
 * /applications/:id (its talent and the opportunity's managers): one application, with a mission's logistics,
 * report and evaluation. A part named in the address (#confirmation, #report) is scrolled to and focused.
 */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const user = useCurrentUser();
  const titleOf = useTitleText();
  const valid = isObjectId(id);
  const query = useApplication(id, valid);
  const title = t('applications.view.title');
  const ready = query.isSuccess;

  useEffect(() => {
    if (!ready || !location.hash) return;
    const heading = document.querySelector<HTMLElement>(`${location.hash} h2`);
    heading?.scrollIntoView?.({ block: 'start' });
    heading?.focus();
  }, [ready, location.hash]);

  if (!valid || (query.isError && query.error instanceof ApiError && query.error.status === 404)) {
    return (
      <Page title={t('applications.view.notFoundTitle')} lead={t('applications.view.notFoundBody')}>
        <p>
          <Link className="button" to={hasRole(user, OPPORTUNITY_ROLES.apply) ? paths.myApplications : paths.organisationOpportunities}>
            {t('applications.view.back')}
          </Link>
        </p>
      </Page>
    );
  }
  if (query.isPending) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  if (query.isError) {
    return (
      <Page title={title}>
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }
  const application = query.data;
  const side = user?.role === 'talent' ? 'talent' : 'owner';
  return (
    <Page title={titleOf(application.opportunity.title)} lead={side === 'owner' ? t('applications.view.leadOwner', { name: application.talent.displayName }) : t('applications.view.leadTalent')}>
      <ApplicationView application={application} side={side} />
    </Page>
  );
}
