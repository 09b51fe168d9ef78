import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/QueryStatus';
import { StatusLine } from '../../components/StatusLine';
import { useFormat } from '../../i18n/format';
import { useSignOutToHome } from '../auth/useSignOutToHome';
import { useRevokeSession, useSessions, type SessionSummary } from './accountApi';
import { describeDevice } from './describeDevice';

/** Every device signed in to the account, this one marked; sign out one of them, or all at once. */
export function SessionsSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const signOut = useSignOutToHome();
  const [revoked, setRevoked] = useState<string | null>(null);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('account.sessions.title')}</h2>
      <p>{t('account.sessions.lead')}</p>
      {sessions.isPending ? <Loading /> : null}
      {sessions.isError ? <LoadError error={sessions.error} onRetry={() => void sessions.refetch()} /> : null}
      {sessions.data ? (
        sessions.data.length === 0 ? (
          <p className="empty">{t('account.sessions.empty')}</p>
        ) : (
          <ul className="item-list">
            {sessions.data.map((session) => (
              <SessionItem
                key={session.id}
                session={session}
                busy={revoke.isPending && revoke.variables === session.id}
                onRevoke={() => revoke.mutate(session.id, { onSuccess: () => setRevoked(session.id) })}
              />
            ))}
          </ul>
        )
      ) : null}
      {revoke.isError ? <LoadError error={revoke.error} /> : null}
      <StatusLine message={revoked ? t('account.sessions.revoked') : null} />
      <h3>{t('account.sessions.everywhereTitle')}</h3>
      <p>{t('account.sessions.everywhereBody')}</p>
      {signOut.isError ? <LoadError error={signOut.error} /> : null}
      <p>
        <button type="button" className="button button--secondary" disabled={signOut.isPending} onClick={() => signOut.mutate({ everywhere: true })}>
          {t('account.sessions.everywhere')}
        </button>
      </p>
    </section>
  );
}

function SessionItem({ session, busy, onRevoke }: { session: SessionSummary; busy: boolean; onRevoke: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const device = describeDevice(session.userAgent) ?? t('account.sessions.unknownDevice');
  return (
    <li className="item">
      <p className="item__title">
        {device}
        {session.current ? <span className="badge">{t('account.sessions.current')}</span> : null}
      </p>
      <p className="item__meta">
        {t('account.sessions.lastSeen', { date: format.dateTime(session.lastSeenAt) })}
        <br />
        {t('account.sessions.since', { date: format.dateTime(session.createdAt) })}
        {session.ip ? (
          <>
            <br />
            {t('account.sessions.ip', { ip: session.ip })}
          </>
        ) : null}
      </p>
      {session.current ? null : (
        <button type="button" className="button button--secondary button--small" onClick={onRevoke} disabled={busy}>
          {t('account.sessions.revoke')}
          <span className="visually-hidden"> ({device})</span>
        </button>
      )}
    </li>
  );
}
