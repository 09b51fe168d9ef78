import { useId } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '@kafaat/shared';
import { Page } from '../components/Page';
import { StatusLine } from '../components/StatusLine';
import { hasRole, useCurrentUser } from '../features/auth/useSession';
import { ApplyForm } from '../features/opportunities/ApplyForm';
import { noticeOf } from '../features/opportunities/editor/OpportunityEditor';
import { useTitleText } from '../features/opportunities/localizedText';
import { OpportunityDetails } from '../features/opportunities/OpportunityDetails';
import { OpportunityLoader } from '../features/opportunities/OpportunityLoader';
import { OPPORTUNITY_ROLES } from '../features/opportunities/roles';
import { StatusActions } from '../features/opportunities/StatusActions';
import { useFormat } from '../i18n/format';
import { opportunityBoardPath, opportunityEditPath, opportunityMatchesPath, paths } from './paths';

/**
 * /opportunities/:id (anyone signed in once published; drafts within their organisation): the opportunity in the
 * reader's language, "manage" links and lifecycle moves for its managers, the application form for talents.
 */
export function OpportunityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const titleOf = useTitleText();
  return (
    <OpportunityLoader id={id} title={t('opportunities.page.title')}>
      {(opportunity) => (
        <Page title={titleOf(opportunity.title)} wide>
          <OpportunityBody opportunity={opportunity} />
        </Page>
      )}
    </OpportunityLoader>
  );
}

function OpportunityBody({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const location = useLocation();
  const user = useCurrentUser();
  const format = useFormat();
  const manageId = useId();
  const notice = noticeOf(location.state) === 'published' ? t('opportunities.page.published') : null;
  const talent = hasRole(user, OPPORTUNITY_ROLES.apply);
  const open = opportunity.status === 'published' && (!opportunity.deadline || opportunity.deadline >= today());

  return (
    <>
      <StatusLine message={notice} />
      {opportunity.canManage ? (
        <section className="panel opportunity-manage" aria-labelledby={manageId}>
          <h2 id={manageId}>{t('opportunities.manage.title')}</h2>
          <p className="actions">
            {opportunity.status !== 'completed' ? (
              <Link className="button button--secondary" to={opportunityEditPath(opportunity.id)}>
                {t('opportunities.manage.edit')}
              </Link>
            ) : null}
            {opportunity.status !== 'draft' ? (
              <Link className="button button--secondary" to={opportunityBoardPath(opportunity.id)}>
                {t('opportunities.manage.board')}
              </Link>
            ) : null}
            <Link className="button button--secondary" to={opportunityMatchesPath(opportunity.id)}>
              {t('matches.talents.link')}
            </Link>
          </p>
          <StatusActions opportunity={opportunity} />
        </section>
      ) : null}
      <OpportunityDetails opportunity={opportunity} />
      {talent ? (
        open ? (
          <ApplyForm opportunityId={opportunity.id} />
        ) : (
          <p className="notice">{opportunity.status === 'published' && opportunity.deadline ? t('opportunities.apply.deadlinePassed', { date: format.date(opportunity.deadline) }) : t('opportunities.apply.closed')}</p>
        )
      ) : null}
      <p>
        <Link to={opportunity.canManage ? paths.organisationOpportunities : paths.opportunities}>{t('opportunities.page.backToList')}</Link>
      </p>
    </>
  );
}

/** Today's date in Morocco ("YYYY-MM-DD"): deadlines are the last calendar day there, as the server counts. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
