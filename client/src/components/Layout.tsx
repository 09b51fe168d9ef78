import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Brand } from './Brand';
import { FlashNotice } from './FlashNotice';
import { LanguageFromUrl } from './LanguageFromUrl';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ServiceStatus } from '../features/status/ServiceStatus';
import { AccountNav } from '../features/auth/AccountNav';
import { ConsentDialog, useConsentBlocking } from '../features/auth/ConsentDialog';
import { paths } from '../routes/paths';
import { useFocusOnNavigation } from './useFocusOnNavigation';
import { ConnectionStatus } from '../realtime/ConnectionStatus';

/**
 * The frame around every page: skip link, header with brand, account links and language choice, the page itself,
 * footer. While a new privacy notice awaits consent, everything but the consent dialog is inert.
 */
export function Layout() {
  const { t } = useTranslation();
  const blocked = useConsentBlocking();
  useFocusOnNavigation();
  return (
    <>
      <LanguageFromUrl />
      <a className="skip-link" href="#main" inert={blocked}>
        {t('layout.skipToContent')}
      </a>
      <header className="site-header" inert={blocked}>
        <div className="container site-header__inner">
          <Brand />
          <div className="site-header__tools">
            <AccountNav />
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <ConnectionStatus />
      <main id="main" tabIndex={-1} className="site-main" inert={blocked}>
        <FlashNotice />
        <Outlet />
      </main>
      <footer className="site-footer" inert={blocked}>
        <div className="container site-footer__inner">
          <p>{t('layout.footerAbout')}</p>
          <p>
            <Link to={paths.privacy}>{t('layout.privacyLink')}</Link>
          </p>
          <ServiceStatus />
        </div>
      </footer>
      {blocked ? <ConsentDialog /> : null}
    </>
  );
}
