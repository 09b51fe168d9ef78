import { useTranslation } from 'react-i18next';
import { useServiceStatus } from './useServiceStatus';

/** The footer line telling users whether the platform is working, so a failure elsewhere is not a mystery. */
export function ServiceStatus() {
  const { t } = useTranslation();
  const status = useServiceStatus();
  return (
    <p className="service-status" data-status={status}>
      <span className="service-status__dot" aria-hidden="true" />
      {t(`status.${status}`)}
    </p>
  );
}
