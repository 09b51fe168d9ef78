/**
 * A page of opportunities with a filter kept in the address (so Back and shared links keep it): published ones by
 * type for talents, or the organisation's own by status for its managers. Loading, error, empty and "load more"
 * states included; the empty state says what to do next.
 */
import { useId, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OPPORTUNITY_STATUSES, OPPORTUNITY_TYPES, type OpportunityStatus, type OpportunityType } from '@kafaat/shared';
import { LoadError, LoadMore, Loading } from '../../components/QueryStatus';
import { OpportunityCard } from './OpportunityCard';
import { useOpportunities, type OpportunityFilter } from './opportunitiesApi';

const typeOf = (value: string | null) => OPPORTUNITY_TYPES.find((type) => type === value);
const statusOf = (value: string | null) => OPPORTUNITY_STATUSES.find((status) => status === value);

export function OpportunityList({ mine = false, empty }: { mine?: boolean; empty: ReactNode }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const selectId = useId();
  const type = typeOf(params.get('type'));
  const status = statusOf(params.get('status'));
  const filter: OpportunityFilter = mine ? { mine: true, ...(status ? { status } : {}) } : type ? { type } : {};
  const list = useOpportunities(filter);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = mine ? status !== undefined : type !== undefined;

  function choose(name: 'type' | 'status', value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  return (
    <div className="opportunity-list">
      <div className="field opportunity-list__filter">
        {mine ? (
          <>
            <label className="field__label" htmlFor={selectId}>
              {t('opportunities.list.statusFilter')}
            </label>
            <select id={selectId} value={status ?? ''} onChange={(event) => choose('status', event.target.value as OpportunityStatus | '')}>
              <option value="">{t('opportunities.list.allStatuses')}</option>
              {OPPORTUNITY_STATUSES.map((option) => (
                <option key={option} value={option}>
                  {t(`opportunities.statuses.${option}`)}
                </option>
              ))}
            </select>
          </>
        ) : (
          <>
            <label className="field__label" htmlFor={selectId}>
              {t('opportunities.list.typeFilter')}
            </label>
            <select id={selectId} value={type ?? ''} onChange={(event) => choose('type', event.target.value as OpportunityType | '')}>
              <option value="">{t('opportunities.list.allTypes')}</option>
              {OPPORTUNITY_TYPES.map((option) => (
                <option key={option} value={option}>
                  {t(`opportunities.types.${option}.plural`)}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && items.length === 0 ? <div className="empty">{filtered ? <p>{t('opportunities.list.emptyFiltered')}</p> : empty}</div> : null}
      {items.length > 0 ? (
        <>
          <ul className="item-list" aria-label={t('opportunities.list.label')}>
            {items.map((opportunity) => (
              <OpportunityCard key={opportunity.id} opportunity={opportunity} showStatus={mine} />
            ))}
          </ul>
          <LoadMore hasNextPage={list.hasNextPage} isFetchingNextPage={list.isFetchingNextPage} fetchNextPage={list.fetchNextPage} />
        </>
      ) : null}
    </div>
  );
}
