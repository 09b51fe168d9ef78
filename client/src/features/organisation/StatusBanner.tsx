import { useTranslation } from 'react-i18next';
import type { Organisation } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';

/** Where the organisation stands in verification, and what that means for what its members can do. */
export function StatusBanner({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (organisation.status === 'verified') {
    return (
      <div className="notice notice--success">
        <p>
          {organisation.verifiedAt
            ? t('organisation.status.verifiedOn', { date: format.date(organisation.verifiedAt) })
            : t('organisation.status.verified')}
        </p>
      </div>
    );
  }
  if (organisation.status === 'rejected') {
    return (
      <div className="notice notice--error">
        <p>
          <strong>{t('organisation.status.rejected')}</strong>
        </p>
        {organisation.statusReason ? <p>{t('organisation.status.reason', { reason: organisation.statusReason })}</p> : null}
        <p>{t('organisation.status.rejectedNext')}</p>
      </div>
    );
  }
  return (
    <div className="notice notice--warning">
      <p>
        <strong>{t('organisation.status.pending')}</strong>
      </p>
      <p>{t(`organisation.status.pendingBody.${organisation.kind}`)}</p>
    </div>
  );
}
