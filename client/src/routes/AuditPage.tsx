import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { LoadError, LoadMore, Loading } from '../components/QueryStatus';
import { AuditFiltersForm } from '../features/admin/AuditFiltersForm';
import { AuditTable } from '../features/admin/AuditTable';
import { useAuditLog } from '../features/admin/adminApi';
import { AUDIT_FILTER_NAMES, filtersFromSearch, toApiFilters, type AuditFilterValues } from '../features/admin/auditFilters';

/** /admin/audit (admins): the audit log, newest first, filtered by the address's query, 50 entries at a time. */
export function AuditPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const values = useMemo(() => filtersFromSearch(searchParams), [searchParams]);
  const log = useAuditLog(useMemo(() => toApiFilters(values), [values]));
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.keys(values).length > 0;

  function apply(next: AuditFilterValues) {
    setSearchParams((params) => {
      for (const name of AUDIT_FILTER_NAMES) {
        const value = next[name];
        if (value) params.set(name, value);
        else params.delete(name);
      }
      return params;
    });
  }

  return (
    <Page title={t('audit.title')} lead={t('audit.lead')} wide>
      <AuditFiltersForm values={values} onApply={apply} />
      {log.isPending ? <Loading /> : null}
      {log.isError ? <LoadError error={log.error} onRetry={() => void log.refetch()} /> : null}
      {log.isSuccess && entries.length === 0 ? <p className="empty">{filtered ? t('audit.emptyFiltered') : t('audit.empty')}</p> : null}
      {entries.length > 0 ? (
        <>
          <AuditTable entries={entries} />
          <LoadMore hasNextPage={log.hasNextPage} isFetchingNextPage={log.isFetchingNextPage} fetchNextPage={log.fetchNextPage} />
        </>
      ) : null}
    </Page>
  );
}
