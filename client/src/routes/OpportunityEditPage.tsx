import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { OpportunityEditor } from '../features/opportunities/editor/OpportunityEditor';
import { OpportunityLoader } from '../features/opportunities/OpportunityLoader';
import { useTitleText } from '../features/opportunities/localizedText';
import { opportunityPath } from './paths';

/** /opportunities/:id/edit (its managers): the editor, with "publish" while it is a draft. */
export function OpportunityEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const titleOf = useTitleText();
  const title = t('opportunities.editor.editTitle');
  return (
    <OpportunityLoader id={id} title={title}>
      {(opportunity) =>
        !opportunity.canManage || opportunity.status === 'completed' ? (
          <Page title={title} lead={opportunity.canManage ? t('opportunities.editor.completedLead') : t('opportunities.editor.notManager')}>
            <p>
              <Link to={opportunityPath(opportunity.id)}>{t('opportunities.page.open', { title: titleOf(opportunity.title) })}</Link>
            </p>
          </Page>
        ) : (
          <Page title={title} lead={titleOf(opportunity.title)}>
            <OpportunityEditor key={opportunity.id} opportunity={opportunity} />
          </Page>
        )
      }
    </OpportunityLoader>
  );
}
