/**
 * /saved-searches (verified employers, officers of verified institutions): the searches the person saved,
 * newest first, each to run again, rename, delete, or be told about new matches. Searches are saved from the
 * talent search page ("Save this search").
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { LoadError, LoadMore, Loading } from '../../components/QueryStatus';
import { StatusLine } from '../../components/StatusLine';
import { paths } from '../../routes/paths';
import { useCurrentUser } from '../auth/useSession';
import { canSearchTalents } from '../search/access';
import { SavedSearchItem } from './SavedSearchItem';
import { useSavedSearches } from './savedSearchesApi';

export function SavedSearchesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!canSearchTalents(user)) {
    return (
      <Page title={t('savedSearches.page.title')}>
        <p className="notice">{t('savedSearches.page.notAllowed')}</p>
      </Page>
    );
  }
  return <SavedSearchList />;
}

function SavedSearchList() {
  const { t } = useTranslation();
  const list = useSavedSearches();
  const [status, setStatus] = useState<string | null>(null);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page title={t('savedSearches.page.title')} lead={t('savedSearches.page.lead')}>
      <StatusLine message={status} />
      {list.isPending ? (
        <Loading />
      ) : !list.data ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <div className="empty">
          <p>{t('savedSearches.page.empty')}</p>
          <p>
            <Link className="button" to={paths.search}>
              {t('savedSearches.page.emptyAction')}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <ul className="item-list saved-search-list">
            {items.map((search) => (
              <SavedSearchItem key={search.id} search={search} onDone={setStatus} />
            ))}
          </ul>
          <LoadMore hasNextPage={list.hasNextPage} isFetchingNextPage={list.isFetchingNextPage} fetchNextPage={list.fetchNextPage} />
          {list.isFetchNextPageError ? <LoadError error={list.error} onRetry={() => void list.fetchNextPage()} /> : null}
        </>
      )}
    </Page>
  );
}
