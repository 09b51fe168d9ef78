/**
 * /search (employers of verified organisations, officers of verified institutions): talents by free text and
 * filters, with facet counts, the applied filters as chips, highlighted passages and "load more". The filters live
 * in the address, so a search can be shared, reloaded, and undone with Back.
 */
import { useMemo, useRef, type RefObject } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { LoadError, LoadMore } from '../../components/QueryStatus';
import { useFormat } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { useCurrentUser } from '../auth/useSession';
import { SaveSearchButton } from '../savedSearches/SaveSearchButton';
import { canSearchTalents } from './access';
import { AppliedFilters, type FilterChip } from './AppliedFilters';
import { NoResults } from './NoResults';
import { ResultsSkeleton } from './ResultsSkeleton';
import { SearchError } from './SearchError';
import { SearchLayout } from './SearchLayout';
import { SortSelect } from './SortSelect';
import { useTalentSearch } from './searchApi';
import { useSkillLabelLookup } from './skillLabels';
import { useTalentChips } from './talentChips';
import { TalentFilters } from './TalentFilters';
import { EMPTY_TALENT_FILTERS, talentFiltersFromParams, talentFiltersToParams, type TalentFilters as Filters } from './talentFilters';
import { TalentResultCard } from './TalentResultCard';
import { useUrlFilters } from './useUrlFilters';

const CODEC = { fromParams: talentFiltersFromParams, toParams: talentFiltersToParams };

/** The page, or why this person cannot search yet (organisation not verified). */
export function TalentSearchPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!canSearchTalents(user)) {
    return (
      <Page title={t('search.talents.title')}>
        <p className="notice">{t('search.talents.notVerified')}</p>
        {user?.organisation ? (
          <p>
            <Link to={paths.organisation}>{t('search.talents.organisationLink')}</Link>
          </p>
        ) : null}
      </Page>
    );
  }
  return <TalentSearch />;
}

function TalentSearch() {
  const { t } = useTranslation();
  const format = useFormat();
  const { filters, query, apply } = useUrlFilters(CODEC);
  const search = useTalentSearch(query);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const pages = search.data?.pages ?? [];
  const first = pages[0];
  const items = pages.flatMap((page) => page.items);
  const known = useMemo(() => {
    const labels = new Map<string, string>();
    for (const page of search.data?.pages ?? []) {
      for (const bucket of page.facets.skills) if (bucket.label) labels.set(bucket.value, bucket.label);
      for (const item of page.items) for (const skill of item.skills) labels.set(skill.id, skill.label);
    }
    return labels;
  }, [search.data]);
  const skillLabel = useSkillLabelLookup(filters.skills, known);
  const chips = useTalentChips(filters, skillLabel);
  const searching = search.isPending || search.isPlaceholderData;
  const total = searching ? undefined : first?.total;

  return (
    <Page title={t('search.talents.title')} lead={t('search.talents.lead')} wide>
      <SearchLayout
        label={t('search.filters.title')}
        appliedCount={chips.length}
        total={total}
        onShowResults={() => resultsHeading.current?.focus()}
        filters={<TalentFilters filters={filters} apply={apply} facets={first?.facets} skillLabel={skillLabel} />}
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
                { value: 'recent', label: t('search.sort.recentProfiles') },
              ]}
              onChange={(sort) => apply({ ...filters, sort })}
            />
          </div>
          <p role="status" className="search-results__count">
            {searching ? t('search.results.searching') : total === undefined ? '' : t('search.talents.count', { count: total, total: format.number(total) })}
          </p>
          <AppliedFilters chips={chips} apply={apply} empty={EMPTY_TALENT_FILTERS} focusWhenEmpty={resultsHeading} />
          {chips.length > 0 ? <SaveSearchButton filters={query} /> : null}
          {searching && !search.isError ? <ResultsSkeleton /> : null}
          {search.isError && !search.data ? (
            <SearchError error={search.error} forbidden={t('search.talents.notVerified')} onRetry={() => void search.refetch()} onClear={() => apply(EMPTY_TALENT_FILTERS)} />
          ) : null}
          {!searching && first && items.length === 0 ? <NoTalents filters={filters} chips={chips} apply={apply} focusAfter={resultsHeading} /> : null}
          {!searching && items.length > 0 ? (
            <>
              <ul className="item-list search-results__list" aria-label={t('search.talents.listLabel')}>
                {items.map((talent) => (
                  <TalentResultCard key={talent.id} talent={talent} />
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

/** Nothing found: a button per filter to drop it, and "any of these skills" when all of several were required. */
function NoTalents({ filters, chips, apply, focusAfter }: { filters: Filters; chips: FilterChip<Filters>[]; apply(filters: Filters): void; focusAfter: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  return (
    <NoResults
      message={t('search.talents.empty')}
      messageNoFilter={t('search.talents.emptyNoFilter')}
      chips={chips}
      apply={apply}
      focusAfter={focusAfter}
      extra={
        filters.skillsMode === 'all' && filters.skills.length > 1 ? (
          <li>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                apply({ ...filters, skillsMode: 'any' });
                focusAfter.current?.focus();
              }}
            >
              {t('search.talents.tryAnySkill')}
            </button>
          </li>
        ) : null
      }
    />
  );
}
