import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { useCurrentUser } from '../features/auth/useSession';
import { OpportunityList } from '../features/opportunities/OpportunityList';
import { creatableTypes } from '../features/opportunities/roles';
import { paths } from './paths';

/** /organisation/opportunities (employers, officers): the organisation's own, in any status, with "new". */
export function OrganisationOpportunitiesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const organisation = user?.organisation;
  const canCreate = creatableTypes(user).length > 0;
  return (
    <Page title={t('opportunities.mine.title')} lead={organisation ? t('opportunities.mine.lead', { name: organisation.name }) : undefined} wide>
      {organisation?.status === 'pending' ? <p className="notice notice--warning">{t('opportunities.mine.pending')}</p> : null}
      {organisation?.status === 'rejected' ? <p className="notice notice--error">{t('opportunities.mine.rejected')}</p> : null}
      <p className="actions">
        {canCreate ? (
          <Link className="button" to={paths.opportunityNew}>
            {t('opportunities.mine.new')}
          </Link>
        ) : null}
        <Link to={paths.opportunities}>{t('opportunities.mine.published')}</Link>
      </p>
      <OpportunityList mine empty={<p>{canCreate ? t('opportunities.mine.empty') : t('opportunities.mine.emptyNoCreate')}</p>} />
    </Page>
  );
}
