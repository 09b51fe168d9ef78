import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';

/** Meta values as "key: value" pairs; the log holds ids and codes only, never personal data. */
function metaText(meta: Record<string, unknown>): string {
  return Object.entries(meta)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
}

/**
 * The audit entries as a table. On a phone it scrolls sideways inside its own focusable, labelled region rather
 * than widening the page; ids are isolated (<bdi>) so they read left to right inside Arabic text.
 */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.columns.at')}</th>
            <th scope="col">{t('audit.columns.action')}</th>
            <th scope="col">{t('audit.columns.outcome')}</th>
            <th scope="col">{t('audit.columns.actor')}</th>
            <th scope="col">{t('audit.columns.target')}</th>
            <th scope="col">{t('audit.columns.ip')}</th>
            <th scope="col">{t('audit.columns.meta')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
              </td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>
                <span className={`outcome outcome--${entry.outcome}`}>{t(`audit.outcomes.${entry.outcome}`)}</span>
              </td>
              <td>
                {entry.actorId ? <bdi className="mono">{entry.actorId}</bdi> : t('audit.system')}
                {entry.actorRole ? <span className="cell__sub">{t(`roles.${entry.actorRole}`)}</span> : null}
              </td>
              <td>
                {entry.targetId ? <bdi className="mono">{entry.targetId}</bdi> : '—'}
                {entry.targetType ? <span className="cell__sub">{entry.targetType}</span> : null}
              </td>
              <td>{entry.ip ? <bdi className="mono">{entry.ip}</bdi> : '—'}</td>
              <td className="cell__meta">{Object.keys(entry.meta).length > 0 ? <bdi>{metaText(entry.meta)}</bdi> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
