import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { paths } from '../../routes/paths';

/** Shown instead of a page the signed-in person's role does not allow. */
export function NoAccess({ reason }: { reason?: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('noAccess.title')} lead={reason ?? t('noAccess.body')}>
      <p>
        <Link className="button" to={paths.home}>
          {t('noAccess.home')}
        </Link>
      </p>
    </Page>
  );
}
