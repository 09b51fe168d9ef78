import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Page } from '../../components/Page';
import { LoadError } from '../../components/QueryStatus';
import { paths } from '../../routes/paths';

/**
 * A profile that could not be shown: "not found" (absent, or hidden by its owner: the API does not say which,
 * and neither do we), "not allowed" (an employer whose organisation is not verified yet), or a failure with Retry.
 */
export function ProfileLoadError({ error, title, onRetry }: { error: unknown; title: string; onRetry(): void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Page title={t('profile.talent.notFoundTitle')} lead={t('profile.talent.notFoundBody')}>
        <p>
          <Link className="button" to={paths.home}>
            {t('notFound.home')}
          </Link>
        </p>
      </Page>
    );
  }
  if (error instanceof ApiError && error.status === 403) {
    return (
      <Page title={t('profile.talent.forbiddenTitle')} lead={t('profile.talent.forbiddenBody')}>
        <p>
          <Link className="button" to={paths.home}>
            {t('notFound.home')}
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={title}>
      <LoadError error={error} onRetry={onRetry} />
    </Page>
  );
}
