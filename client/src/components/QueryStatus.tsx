import { useTranslation } from 'react-i18next';
import { describeError } from './form/errorText';
import { useFormat } from '../i18n/format';

/** A polite "loading…" line while data is on its way. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {label ?? t('common.loading')}
    </p>
  );
}

/** Why data could not be loaded, in the user's language, with a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <div className="notice notice--error" role="alert">
      <p>{describeError(i18n, format, error)}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

type LoadMoreProps = {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
};

/** "Load more" under a list that grows, or a note that everything is shown. */
export function LoadMore({ hasNextPage, isFetchingNextPage, fetchNextPage }: LoadMoreProps) {
  const { t } = useTranslation();
  if (!hasNextPage) return <p className="list-end">{t('common.endOfList')}</p>;
  return (
    <p className="load-more">
      <button type="button" className="button button--secondary" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
        {isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
      </button>
    </p>
  );
}
