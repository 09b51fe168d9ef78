import { useEffect, useId, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useConsent } from '../account/accountApi';
import { LoadError } from '../../components/QueryStatus';
import { paths } from '../../routes/paths';
import { useSession } from './useSession';
import { useSignOutToHome } from './useSignOutToHome';

/**
 * Whether the signed-in person must accept a new privacy notice before going on. Not on the privacy page itself:
 * there they read the notice and accept it inline (see ConsentPanel).
 */
export function useConsentBlocking(): boolean {
  const session = useSession();
  const location = useLocation();
  const user = session.data?.user;
  return !!user && !user.consentCurrent && location.pathname !== paths.privacy;
}

/** The "accept" and "sign out instead" actions, shared by the dialog and the privacy page's panel. */
function ConsentActions() {
  const { t } = useTranslation();
  const session = useSession();
  const consent = useConsent();
  const signOut = useSignOutToHome();
  const version = session.data?.privacyNoticeVersion;
  return (
    <>
      {consent.isError ? <LoadError error={consent.error} /> : null}
      {signOut.isError ? <LoadError error={signOut.error} /> : null}
      <p className="actions">
        <button type="button" className="button" disabled={!version || consent.isPending} onClick={() => version && consent.mutate(version)}>
          {consent.isPending ? t('consent.accepting') : t('consent.accept')}
        </button>
        <button type="button" className="button button--secondary" disabled={signOut.isPending} onClick={() => signOut.mutate({})}>
          {t('consent.signOut')}
        </button>
      </p>
    </>
  );
}

/**
 * A modal dialog, shown when the privacy notice changed since the person last accepted it. The rest of the page
 * is made inert by the layout (nothing behind can be reached with Tab or a screen reader), focus starts on the
 * title, and the only ways out are to accept, read the notice, or sign out.
 */
export function ConsentDialog() {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={bodyId}>
        <h2 id={titleId} ref={title} tabIndex={-1}>
          {t('consent.title')}
        </h2>
        <p id={bodyId}>{t('consent.body')}</p>
        <p>
          <Link to={paths.privacy}>{t('consent.read')}</Link>
        </p>
        <ConsentActions />
      </div>
    </div>
  );
}

/** On the privacy page, the same request as the dialog, placed above the notice it refers to. */
export function ConsentPanel() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.data?.user;
  if (!user || user.consentCurrent) return null;
  return (
    <div className="notice notice--warning" role="region" aria-label={t('consent.title')}>
      <p>{t('consent.panel')}</p>
      <ConsentActions />
    </div>
  );
}
