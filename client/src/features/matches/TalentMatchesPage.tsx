/**
 * /opportunities/:id/matches (the opportunity's managers): talents ranked for it, best first, each with the score,
 * why it fits and "Invite" (published opportunities only), and "load more".
 */
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '@kafaat/shared';
import { Page } from '../../components/Page';
import { LoadError, LoadMore, Loading } from '../../components/QueryStatus';
import { useFormat } from '../../i18n/format';
import { opportunityBoardPath, opportunityEditPath, opportunityPath, paths } from '../../routes/paths';
import { useTitleText } from '../opportunities/localizedText';
import { OpportunityLoader } from '../opportunities/OpportunityLoader';
import { skillLabelsOf, useTalentMatches } from './matchesApi';
import { TalentMatchCard } from './TalentMatchCard';

/** The page: the opportunity is loaded first (not found, not a manager, and errors each get their page). */
export function TalentMatchesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const titleOf = useTitleText();
  return (
    <OpportunityLoader id={id} title={t('matches.talents.title')}>
      {(opportunity) => (
        <Page title={t('matches.talents.titleFor', { title: titleOf(opportunity.title) })} lead={t('matches.talents.lead')} wide>
          <p className="actions">
            <Link to={opportunityPath(opportunity.id)}>{t('matches.talents.backToOpportunity')}</Link>
            {opportunity.canManage && opportunity.status !== 'draft' ? <Link to={opportunityBoardPath(opportunity.id)}>{t('opportunities.manage.board')}</Link> : null}
          </p>
          {opportunity.canManage ? <Matches opportunity={opportunity} /> : <p className="notice notice--error">{t('opportunities.editor.notManager')}</p>}
        </Page>
      )}
    </OpportunityLoader>
  );
}

function Matches({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const format = useFormat();
  const matches = useTalentMatches(opportunity.id);
  const pages = matches.data?.pages;
  const items = pages?.flatMap((page) => page.items) ?? [];
  const skillLabels = skillLabelsOf(pages);
  const total = pages?.[0]?.total ?? 0;
  const published = opportunity.status === 'published';
  const noSkills = opportunity.mustHaveSkills.length === 0 && opportunity.niceToHaveSkills.length === 0;

  if (matches.isPending) return <Loading label={t('matches.talents.loading')} />;
  if (matches.isError && !matches.data) return <LoadError error={matches.error} onRetry={() => void matches.refetch()} />;
  return (
    <>
      {published ? null : <p className="notice">{t('matches.talents.inviteWhenPublished')}</p>}
      {noSkills ? (
        <p className="notice">
          {t('matches.talents.noSkills')}{' '}
          {opportunity.status !== 'completed' ? <Link to={opportunityEditPath(opportunity.id)}>{t('opportunities.manage.edit')}</Link> : null}
        </p>
      ) : null}
      <p role="status">{t('matches.talents.count', { count: total, total: format.number(total) })}</p>
      {items.length === 0 ? (
        <div className="empty">
          <p>{t('matches.talents.empty')}</p>
          <p>
            <Link to={paths.search}>{t('matches.talents.searchInstead')}</Link>
          </p>
        </div>
      ) : (
        <>
          <ol className="item-list match-list" aria-label={t('matches.talents.listLabel')}>
            {items.map((match) => (
              <TalentMatchCard key={match.talent.id} match={match} skillLabels={skillLabels} inviteTo={published ? opportunity.id : null} />
            ))}
          </ol>
          {matches.isFetchNextPageError ? <LoadError error={matches.error} onRetry={() => void matches.fetchNextPage()} /> : null}
          <LoadMore hasNextPage={matches.hasNextPage} isFetchingNextPage={matches.isFetchingNextPage} fetchNextPage={matches.fetchNextPage} />
        </>
      )}
    </>
  );
}
