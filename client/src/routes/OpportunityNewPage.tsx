import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { useCurrentUser } from '../features/auth/useSession';
import { OpportunityEditor } from '../features/opportunities/editor/OpportunityEditor';
import { creatableTypes } from '../features/opportunities/roles';
import { paths } from './paths';

/** /opportunities/new (employers, officers): a new opportunity, saved as a draft. */
export function OpportunityNewPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const types = creatableTypes(user);
  const title = t('opportunities.editor.newTitle');
  if (types.length === 0) {
    return (
      <Page title={title} lead={user?.organisation?.status === 'rejected' ? t('opportunities.mine.rejected') : t('opportunities.editor.cannotCreate')}>
        <p>
          <Link className="button" to={paths.organisation}>
            {t('layout.nav.organisation')}
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={title} lead={user?.organisation?.status === 'pending' ? t('opportunities.editor.pendingLead') : t('opportunities.editor.newLead')}>
      <OpportunityEditor types={types} />
    </Page>
  );
}
