import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { OPPORTUNITY_ROLES } from '../features/opportunities/roles';
import { OpportunityList } from '../features/opportunities/OpportunityList';
import { hasRole, useCurrentUser } from '../features/auth/useSession';
import { paths, profileEditPath } from './paths';

/** /opportunities (anyone signed in): published opportunities, newest first, filtered by kind. */
export function OpportunitiesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const manager = hasRole(user, OPPORTUNITY_ROLES.manage);
  return (
    <Page title={t('opportunities.list.title')} lead={t('opportunities.list.lead')} wide>
      {manager ? (
        <p>
          <Link to={paths.organisationOpportunities}>{t('opportunities.list.ours')}</Link>
        </p>
      ) : null}
      <p className="actions">
        <Link to={paths.opportunitySearch}>{t('search.opportunities.link')}</Link>
        {hasRole(user, OPPORTUNITY_ROLES.apply) ? <Link to={paths.myMatches}>{t('matches.mine.link')}</Link> : null}
      </p>
      <OpportunityList
        empty={
          <>
            <p>{t('opportunities.list.empty')}</p>
            {hasRole(user, OPPORTUNITY_ROLES.apply) ? (
              <p>
                <Link to={profileEditPath('skills')}>{t('opportunities.list.emptyProfile')}</Link>
              </p>
            ) : null}
          </>
        }
      />
    </Page>
  );
}
