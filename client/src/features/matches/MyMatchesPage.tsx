/**
 * /me/matches (talents): open opportunities ranked for the talent's profile, each saying why it fits from their
 * side ("You have…", "You are missing…"), with "load more". Nothing yet: what to add to the profile, or search.
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { LoadError, LoadMore, Loading } from '../../components/QueryStatus';
import { useFormat } from '../../i18n/format';
import { paths, profileEditPath } from '../../routes/paths';
import { skillLabelsOf, useMyMatches } from './matchesApi';
import { OpportunityMatchCard } from './OpportunityMatchCard';

/** The page, with links to search every opportunity and to see the profile as organisations do. */
export function MyMatchesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const matches = useMyMatches();
  const pages = matches.data?.pages;
  const items = pages?.flatMap((page) => page.items) ?? [];
  const skillLabels = skillLabelsOf(pages);
  const total = pages?.[0]?.total ?? 0;

  return (
    <Page title={t('matches.mine.title')} lead={t('matches.mine.lead')} wide>
      <p className="actions">
        <Link to={paths.opportunitySearch}>{t('matches.mine.search')}</Link>
        <Link to={paths.profilePreview}>{t('matches.mine.preview')}</Link>
      </p>
      {matches.isPending ? <Loading label={t('matches.mine.loading')} /> : null}
      {matches.isError && !matches.data ? <LoadError error={matches.error} onRetry={() => void matches.refetch()} /> : null}
      {matches.isSuccess || matches.data ? (
        items.length === 0 ? (
          <div className="empty">
            <p>{t('matches.mine.empty')}</p>
            <p className="actions">
              <Link className="button" to={profileEditPath('skills')}>
                {t('matches.mine.addSkills')}
              </Link>
              <Link className="button button--secondary" to={paths.opportunitySearch}>
                {t('matches.mine.search')}
              </Link>
            </p>
          </div>
        ) : (
          <>
            <p role="status">{t('matches.mine.count', { count: total, total: format.number(total) })}</p>
            <ol className="item-list match-list" aria-label={t('matches.mine.listLabel')}>
              {items.map((match) => (
                <OpportunityMatchCard key={match.opportunity.id} match={match} skillLabels={skillLabels} />
              ))}
            </ol>
            {matches.isFetchNextPageError ? <LoadError error={matches.error} onRetry={() => void matches.fetchNextPage()} /> : null}
            <LoadMore hasNextPage={matches.hasNextPage} isFetchingNextPage={matches.isFetchingNextPage} fetchNextPage={matches.fetchNextPage} />
          </>
        )
      ) : null}
    </Page>
  );
}
