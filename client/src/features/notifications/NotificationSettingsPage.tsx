import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationPreferences } from '@kafaat/shared';
import { Page } from '../../components/Page';
import { LoadError, Loading } from '../../components/QueryStatus';
import { StatusLine } from '../../components/StatusLine';
import { paths } from '../../routes/paths';
import { useNotificationPreferences, useSaveNotificationPreferences } from './notificationsApi';

type Channel = keyof NotificationPreferences[NotificationKind];
const CHANNELS: readonly Channel[] = ['inApp', 'emailDigest'];

/**
 * /settings/notifications: for each kind of notification, whether it goes to the inbox (and the bell) and into
 * the daily email. One group per kind, labelled, so it reads well on a phone and with a screen reader.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();
  return (
    <Page title={t('notifications.settings.title')} lead={t('notifications.settings.lead')}>
      {preferences.isPending ? (
        <Loading />
      ) : preferences.isError ? (
        <LoadError error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : (
        <PreferencesForm initial={preferences.data} />
      )}
      <p>
        <Link to={paths.notifications}>{t('notifications.settings.back')}</Link>
      </p>
    </Page>
  );
}

function PreferencesForm({ initial }: { initial: NotificationPreferences }) {
  const { t } = useTranslation();
  const save = useSaveNotificationPreferences();
  const [values, setValues] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);

  function change(kind: NotificationKind, channel: Channel, on: boolean) {
    setValues((current) => ({ ...current, [kind]: { ...current[kind], [channel]: on } }));
    setStatus(null);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    save.mutate(values, {
      onSuccess: (saved) => {
        setValues(saved);
        setStatus(t('notifications.settings.saved'));
      },
    });
  }

  return (
    <form className="form notification-settings" onSubmit={onSubmit} noValidate>
      {NOTIFICATION_KINDS.map((kind) => {
        const hintId = `notification-settings-${kind}-hint`;
        const off = !values[kind].inApp && !values[kind].emailDigest;
        return (
          <fieldset key={kind} className="choice-group__section" aria-describedby={hintId}>
            <legend>{t(`notifications.kinds.${kind}.title`)}</legend>
            <p id={hintId} className="field__hint">
              {t(`notifications.kinds.${kind}.description`)}
            </p>
            {CHANNELS.map((channel) => {
              const id = `notification-settings-${kind}-${channel}`;
              return (
                <div key={channel} className="checkbox">
                  <input id={id} type="checkbox" checked={values[kind][channel]} onChange={(event) => change(kind, channel, event.target.checked)} />
                  <label htmlFor={id}>{t(`notifications.settings.channels.${channel}`)}</label>
                </div>
              );
            })}
            {off ? <p className="field__hint notification-settings__off">{t('notifications.settings.off')}</p> : null}
          </fieldset>
        );
      })}
      {save.isError ? <LoadError error={save.error} /> : null}
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('notifications.settings.save')}
        </button>
      </div>
      <StatusLine message={status} />
    </form>
  );
}
