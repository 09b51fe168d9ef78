import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { DeleteAccountSection } from '../features/account/DeleteAccountSection';
import { ExportSection } from '../features/account/ExportSection';
import { PasswordSection } from '../features/account/PasswordSection';
import { ProfileSection } from '../features/account/ProfileSection';
import { SessionsSection } from '../features/account/SessionsSection';
import { useCurrentUser } from '../features/auth/useSession';

/** /account (signed in): profile, password, devices, data export and account deletion, one section each. */
export function AccountPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!user) return null; // RequireAuth renders this page only for a signed-in person.
  return (
    <Page title={t('account.title')}>
      <nav className="toc" aria-label={t('account.toc')}>
        <ul>
          {(['profile', 'password', 'sessions', 'export', 'delete'] as const).map((section) => (
            <li key={section}>
              <a href={`#account-${section}`}>{t(`account.${section}.title`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div id="account-profile">
        <ProfileSection user={user} />
      </div>
      <div id="account-password">
        <PasswordSection />
      </div>
      <div id="account-sessions">
        <SessionsSection />
      </div>
      <div id="account-export">
        <ExportSection />
      </div>
      <div id="account-delete">
        <DeleteAccountSection />
      </div>
    </Page>
  );
}
