import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, LoadMore, Loading } from '../../components/QueryStatus';
import { StatusLine } from '../../components/StatusLine';
import { ProposalItem } from './ProposalItem';
import { ReviewActions } from './ReviewActions';
import { useProposals, type ProposalFilter } from './taxonomyApi';

type ProposalListProps = {
  title: string;
  lead: string;
  empty: string;
  filter: ProposalFilter;
  /** For the admins' queue: the signed-in admin, who may decide on every proposal but their own. */
  reviewerId?: string;
};

/**
 * A section listing proposals, newest first, 20 at a time: one's own with their status, or (with `reviewerId`)
 * the admins' queue with a decision form under each proposal someone else made.
 */
export function ProposalList({ title, lead, empty, filter, reviewerId }: ProposalListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const proposals = useProposals(filter);
  const [decided, setDecided] = useState<string | null>(null);
  const items = proposals.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>{lead}</p>
      <StatusLine message={decided} />
      {proposals.isPending ? <Loading /> : null}
      {proposals.isError ? <LoadError error={proposals.error} onRetry={() => void proposals.refetch()} /> : null}
      {proposals.isSuccess && items.length === 0 ? <p className="empty">{empty}</p> : null}
      {items.length > 0 ? (
        <>
          <ul className="item-list">
            {items.map((proposal) => (
              <ProposalItem key={proposal.id} proposal={proposal}>
                {reviewerId === undefined ? null : proposal.proposedBy.id === reviewerId ? (
                  <p className="notice notice--warning">{t('taxonomy.review.ownProposal')}</p>
                ) : (
                  <ReviewActions proposal={proposal} onDecided={setDecided} />
                )}
              </ProposalItem>
            ))}
          </ul>
          <LoadMore hasNextPage={proposals.hasNextPage} isFetchingNextPage={proposals.isFetchingNextPage} fetchNextPage={proposals.fetchNextPage} />
        </>
      ) : null}
    </section>
  );
}
