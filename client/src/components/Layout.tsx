import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Brand } from './Brand';
import { LanguageFromUrl } from './LanguageFromUrl';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ServiceStatus } from '../features/status/ServiceStatus';

/** The frame around every page: skip link, header with brand and language choice, the page itself, footer. */
export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <LanguageFromUrl />
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Brand />
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p>{t('layout.footerAbout')}</p>
          <ServiceStatus />
        </div>
      </footer>
    </>
  );
}
