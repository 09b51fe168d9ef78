import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { LoadError } from '../../components/QueryStatus';

type SearchErrorProps = {
  error: unknown;
  /** What a 403 means on this page (e.g. the organisation is not verified). */
  forbidden?: string;
  onRetry(): void;
  /** Drops every filter: the way out of a damaged address. */
  onClear(): void;
};

/** The search failed: not allowed, a damaged address (400, e.g. an edited link), or anything else with Retry. */
export function SearchError({ error, forbidden, onRetry, onClear }: SearchErrorProps) {
  const { t } = useTranslation();
  if (forbidden && error instanceof ApiError && error.status === 403) {
    return (
      <p className="notice notice--error" role="alert">
        {forbidden}
      </p>
    );
  }
  if (error instanceof ApiError && error.status === 400) {
    return (
      <div className="notice notice--error" role="alert">
        <p>{t('search.errors.badAddress')}</p>
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t('search.chips.clearAll')}
        </button>
      </div>
    );
  }
  return <LoadError error={error} onRetry={onRetry} />;
}
