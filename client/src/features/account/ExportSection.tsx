import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../../api/session';

/**
 * Everything the platform holds about the person, as a JSON file. A plain link: the browser downloads it with
 * the session cookie, no script needed, and it works the same on every phone.
 */
export function ExportSection() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('account.export.title')}</h2>
      <p>{t('account.export.body')}</p>
      <p>
        <a className="button button--secondary" href={`${API_BASE}/me/export`} download="kafaat-export.json">
          {t('account.export.download')}
        </a>
      </p>
    </section>
  );
}
