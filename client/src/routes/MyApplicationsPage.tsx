import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { MyApplications } from '../features/applications/MyApplications';

/** /applications (talents): their applications and invitations, with what they can do on each. */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('applications.mine.title')} lead={t('applications.mine.lead')}>
      <MyApplications />
    </Page>
  );
}
