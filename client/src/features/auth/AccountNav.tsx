import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths, signInPath } from '../../routes/paths';
import { OPPORTUNITY_ROLES } from '../opportunities/roles';
import { AREA_ROLES, hasRole, useSession } from './useSession';
import { useSignOutToHome } from './useSignOutToHome';
import { MessagesNavLink } from '../messages/MessagesNavLink';
import { NotificationBell } from '../notifications/NotificationBell';

/** Pages from which "Sign in" should not come back to (they are about signing in or up). */
const NO_RETURN: readonly string[] = [paths.home, paths.signIn, paths.signUp, paths.verifyEmail, paths.resetPassword, paths.forgotPassword];

/**
 * The header's account area: "Sign in" and "Create an account" for visitors; for a signed-in person their name,
 * opening a short list of links for what their role allows, and "Sign out". A disclosure button (not an ARIA
 * menu): Tab moves through the links as anywhere else, Escape closes it and returns focus to the button.
 */
export function AccountNav() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const signOut = useSignOutToHome();

  useEffect(() => setOpen(false), [location.key]);
  useEffect(() => {
    if (!open) return;
    const closeIfOutside = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeIfOutside);
    return () => document.removeEventListener('pointerdown', closeIfOutside);
  }, [open]);

  if (session.isPending) return null;
  const user = session.data?.user;

  if (!user) {
    const here = `${location.pathname}${location.search}`;
    return (
      <nav className="account-nav" aria-label={t('layout.nav.label')}>
        <Link to={NO_RETURN.includes(location.pathname) ? paths.signIn : signInPath(here)}>{t('layout.nav.signIn')}</Link>
        <Link className="button button--small" to={paths.signUp}>
          {t('layout.nav.signUp')}
        </Link>
      </nav>
    );
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    }
  }

  return (
    <nav className="account-nav" aria-label={t('layout.nav.label')}>
      <MessagesNavLink />
      <NotificationBell />
      <div className="user-menu" ref={container} onKeyDown={onKeyDown}>
        <button
          ref={button}
          type="button"
          className="user-menu__button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((value) => !value)}
        >
          <span className="visually-hidden">{t('layout.nav.menuFor')} </span>
          {user.displayName}
          <span className="user-menu__caret" aria-hidden="true" />
        </button>
        <ul id={panelId} className="user-menu__panel" hidden={!open}>
          {hasRole(user, AREA_ROLES.profile) ? (
            <li>
              <Link to={paths.profile}>{t('profile.nav')}</Link>
            </li>
          ) : null}
          {hasRole(user, OPPORTUNITY_ROLES.apply) ? (
            <>
              <li>
                <Link to={paths.opportunities}>{t('opportunities.nav')}</Link>
              </li>
              <li>
                <Link to={paths.myMatches}>{t('matches.mine.nav')}</Link>
              </li>
              <li>
                <Link to={paths.myApplications}>{t('applications.nav')}</Link>
              </li>
            </>
          ) : null}
          {hasRole(user, OPPORTUNITY_ROLES.manage) ? (
            <li>
              <Link to={paths.organisationOpportunities}>{t('opportunities.nav')}</Link>
            </li>
          ) : null}
          {hasRole(user, AREA_ROLES.talentProfiles) ? (
            <li>
              <Link to={paths.search}>{t('search.nav')}</Link>
            </li>
          ) : null}
          <li>
            <Link to={paths.account}>{t('layout.nav.account')}</Link>
          </li>
          {user.organisation ? (
            <li>
              <Link to={paths.organisation}>{t('layout.nav.organisation')}</Link>
            </li>
          ) : null}
          {hasRole(user, AREA_ROLES.verifications) ? (
            <li>
              <Link to={paths.verifications}>{t('layout.nav.verifications')}</Link>
            </li>
          ) : null}
          {hasRole(user, AREA_ROLES.audit) ? (
            <li>
              <Link to={paths.audit}>{t('layout.nav.audit')}</Link>
            </li>
          ) : null}
          {hasRole(user, AREA_ROLES.taxonomy) ? (
            <li>
              <Link to={paths.taxonomy}>{t('taxonomy.nav')}</Link>
            </li>
          ) : null}
          <li>
            <button type="button" className="link-button" onClick={() => signOut.mutate({})} disabled={signOut.isPending}>
              {signOut.isPending ? t('layout.nav.signingOut') : t('layout.nav.signOut')}
            </button>
          </li>
          {signOut.isError ? (
            <li role="alert" className="user-menu__error">
              {t('layout.nav.signOutFailed')}
            </li>
          ) : null}
        </ul>
      </div>
    </nav>
  );
}
