import { useTranslation } from 'react-i18next';
import type { Application } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';

/** Every stage change of an application, oldest first: what, who (the talent or a named member), when, and the note. */
export function StageHistory({ history }: { history: Application['history'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ol className="stage-history">
      {history.map((event, index) => (
        <li key={`${event.at}-${index}`} className="stage-history__item">
          <span className="stage-history__stage">{t(`applications.stages.${event.stage}`)}</span>{' '}
          <span className="stage-history__meta">
            {t('applications.history.byOn', { name: event.byName, date: format.dateTime(event.at) })}
          </span>
          {event.note ? (
            <q className="stage-history__note" dir="auto">
              {event.note}
            </q>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
