import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, LoadMore, Loading } from '../../components/QueryStatus';
import { useFormat } from '../../i18n/format';
import { currentLocale } from '../../i18n';
import { useTaxonomyChanges } from './taxonomyApi';

const LANGS = ['fr', 'en', 'ar'] as const;

/** The admins' view of the taxonomy's versions: each approved change with its revision number, newest first. */
export function ChangeLog() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const lang = currentLocale(i18n);
  const headingId = useId();
  const changes = useTaxonomyChanges();
  const items = changes.data?.pages.flatMap((page) => page.items) ?? [];
  const unknown = t('taxonomy.item.deletedAccount');

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('taxonomy.changes.title')}</h2>
      <p>{t('taxonomy.changes.lead')}</p>
      {changes.isPending ? <Loading /> : null}
      {changes.isError ? <LoadError error={changes.error} onRetry={() => void changes.refetch()} /> : null}
      {changes.isSuccess && items.length === 0 ? <p className="empty">{t('taxonomy.changes.empty')}</p> : null}
      {items.length > 0 ? (
        <>
          <ol className="item-list">
            {items.map((change) => {
              const added = LANGS.flatMap((l) => change.synonyms[l]);
              return (
                <li key={change.revision} className="item">
                  <h3 className="item__title">
                    {t('taxonomy.item.revisionValue', { revision: change.revision })}
                    <span className="badge">{t(`taxonomy.types.${change.type}`)}</span>
                  </h3>
                  <p>
                    {change.labels ? <strong>{change.labels[lang]}</strong> : null} <bdi className="mono">{change.skillId}</bdi>
                  </p>
                  {added.length > 0 ? <p>{t('taxonomy.changes.synonyms', { list: added.join(' · ') })}</p> : null}
                  <p className="item__meta">
                    {t('taxonomy.changes.who', {
                      proposer: change.proposedBy.displayName ?? unknown,
                      approver: change.approvedBy.displayName ?? unknown,
                      date: format.dateTime(change.at),
                    })}
                  </p>
                </li>
              );
            })}
          </ol>
          <LoadMore hasNextPage={changes.hasNextPage} isFetchingNextPage={changes.isFetchingNextPage} fetchNextPage={changes.fetchNextPage} />
        </>
      ) : null}
    </section>
  );
}
