import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './usePageTitle';

/** Shown inside the layout when a page throws, instead of React Router's untranslated developer screen. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  usePageTitle(t('routeError.title'));
  return (
    <section className="container page-message" aria-labelledby="route-error-title">
      <h1 id="route-error-title">{t('routeError.title')}</h1>
      <p>{t('routeError.body')}</p>
      <p>
        <Link className="button" to="/">
          {t('routeError.home')}
        </Link>
      </p>
    </section>
  );
}
