import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { Board } from '../features/applications/Board';
import { InviteForm } from '../features/opportunities/InviteForm';
import { useTitleText } from '../features/opportunities/localizedText';
import { OpportunityLoader } from '../features/opportunities/OpportunityLoader';
import { opportunityMatchesPath, opportunityPath } from './paths';

/** /opportunities/:id/board (its managers): the candidates by stage, and inviting a talent by id. */
export function OpportunityBoardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const titleOf = useTitleText();
  return (
    <OpportunityLoader id={id} title={t('applications.board.title')}>
      {(opportunity) => (
        <Page title={t('applications.board.titleFor', { title: titleOf(opportunity.title) })} wide>
          <p className="actions">
            <Link to={opportunityPath(opportunity.id)}>{t('applications.board.backToOpportunity')}</Link>
            {opportunity.canManage ? <Link to={opportunityMatchesPath(opportunity.id)}>{t('matches.talents.link')}</Link> : null}
          </p>
          {opportunity.canManage ? (
            <>
              <Board opportunityId={opportunity.id} type={opportunity.type} />
              {opportunity.status === 'published' ? <InviteForm opportunityId={opportunity.id} /> : <p className="notice">{t('applications.board.inviteWhenPublished')}</p>}
            </>
          ) : (
            <p className="notice notice--error">{t('opportunities.editor.notManager')}</p>
          )}
        </Page>
      )}
    </OpportunityLoader>
  );
}
