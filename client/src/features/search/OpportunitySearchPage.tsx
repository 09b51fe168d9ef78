/**
 * /opportunities/search (anyone signed in, mainly talents): published opportunities still taking applications, by
 * words, type, sector, work mode, place and dates, with counts, highlighted passages and "load more". The filters
 * live in the address, like the talent search.
 */
import { useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { LoadError, LoadMore } from '../../components/QueryStatus';
import { useFormat } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { hasRole, useCurrentUser } from '../auth/useSession';
import { OPPORTUNITY_ROLES } from '../opportunities/roles';
import { AppliedFilters } from './AppliedFilters';
import { NoResults } from './NoResults';
import { useOpportunityChips } from './opportunityChips';
import { EMPTY_OPPORTUNITY_FILTERS, opportunityFiltersFromParams, opportunityFiltersToParams } from './opportunityFilters';
import { OpportunityResultCard } from './OpportunityResultCard';
import { OpportunitySearchFilters } from './OpportunitySearchFilters';
import { ResultsSkeleton } from './ResultsSkeleton';
import { SearchError } from './SearchError';
import { SearchLayout } from './SearchLayout';
import { useOpportunitySearch } from './searchApi';
import { SortSelect } from './SortSelect';
import { useUrlFilters } from './useUrlFilters';

const CODEC = { fromParams: opportunityFiltersFromParams, toParams: opportunityFiltersToParams };

/** The page; talents also get a link to the opportunities ranked for them. */
export function OpportunitySearchPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useCurrentUser();
  const { filters, query, apply } = useUrlFilters(CODEC);
  const search = useOpportunitySearch(query);
  const chips = useOpportunityChips(filters);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const pages = search.data?.pages ?? [];
  const first = pages[0];
  const items = pages.flatMap((page) => page.items);
  const searching = search.isPending || search.isPlaceholderData;
  const total = searching ? undefined : first?.total;

  return (
    <Page title={t('search.opportunities.title')} lead={t('search.opportunities.lead')} wide>
      {hasRole(user, OPPORTUNITY_ROLES.apply) ? (
        <p>
          <Link to={paths.myMatches}>{t('matches.mine.link')}</Link>
        </p>
      ) : null}
      <SearchLayout
        label={t('search.filters.title')}
        appliedCount={chips.length}
        total={total}
        onShowResults={() => resultsHeading.current?.focus()}
        filters={<OpportunitySearchFilters filters={filters} apply={apply} facets={first?.facets} />}
      >
        <section className="search-results" aria-labelledby="search-results-title" aria-busy={searching}>
          <div className="search-results__header">
            <h2 id="search-results-title" ref={resultsHeading} tabIndex={-1}>
              {t('search.results.title')}
            </h2>
            <SortSelect
              value={filters.sort}
              options={[
                { value: 'relevance', label: t('search.sort.relevance') },
                { value: 'recent', label: t('search.sort.recentOpportunities') },
                { value: 'deadline', label: t('search.sort.deadline') },
              ]}
              onChange={(sort) => apply({ ...filters, sort })}
            />
          </div>
          <p role="status" className="search-results__count">
            {searching ? t('search.results.searching') : total === undefined ? '' : t('search.opportunities.count', { count: total, total: format.number(total) })}
          </p>
          <AppliedFilters chips={chips} apply={apply} empty={EMPTY_OPPORTUNITY_FILTERS} focusWhenEmpty={resultsHeading} />
          {searching && !search.isError ? <ResultsSkeleton /> : null}
          {search.isError && !search.data ? <SearchError error={search.error} onRetry={() => void search.refetch()} onClear={() => apply(EMPTY_OPPORTUNITY_FILTERS)} /> : null}
          {!searching && first && items.length === 0 ? (
            <NoResults message={t('search.opportunities.empty')} messageNoFilter={t('search.opportunities.emptyNoFilter')} chips={chips} apply={apply} focusAfter={resultsHeading} />
          ) : null}
          {!searching && items.length > 0 ? (
            <>
              <ul className="item-list search-results__list" aria-label={t('search.opportunities.listLabel')}>
                {items.map((opportunity) => (
                  <OpportunityResultCard key={opportunity.id} opportunity={opportunity} />
                ))}
              </ul>
              {search.isFetchNextPageError ? <LoadError error={search.error} onRetry={() => void search.fetchNextPage()} /> : null}
              <LoadMore hasNextPage={search.hasNextPage} isFetchingNextPage={search.isFetchingNextPage} fetchNextPage={search.fetchNextPage} />
            </>
          ) : null}
        </section>
      </SearchLayout>
    </Page>
  );
}
