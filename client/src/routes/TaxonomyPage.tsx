import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { useCurrentUser } from '../features/auth/useSession';
import { ChangeLog } from '../features/taxonomy/ChangeLog';
import { ProposalList } from '../features/taxonomy/ProposalList';
import { ProposeSection } from '../features/taxonomy/ProposeSection';

/**
 * /officer/taxonomy (officers, admins): propose new skills and synonyms and follow one's proposals; admins also
 * decide on the others' pending proposals and read the numbered change log.
 */
export function TaxonomyPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const isAdmin = user?.role === 'admin';
  return (
    <Page title={t('taxonomy.title')} lead={t('taxonomy.lead')} wide>
      <ProposeSection />
      <ProposalList title={t('taxonomy.mine.title')} lead={t('taxonomy.mine.lead')} empty={t('taxonomy.mine.empty')} filter={{ mine: true }} />
      {isAdmin && user ? (
        <>
          <ProposalList
            title={t('taxonomy.queue.title')}
            lead={t('taxonomy.queue.lead')}
            empty={t('taxonomy.queue.empty')}
            filter={{ status: 'pending' }}
            reviewerId={user.id}
          />
          <ChangeLog />
        </>
      ) : null}
    </Page>
  );
}
