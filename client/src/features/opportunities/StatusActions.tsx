/**
 * The lifecycle moves its managers may make now (the shared OPPORTUNITY_TRANSITIONS, which the server enforces):
 * publish, close, mark filled, and for missions start and complete. Completing is final, so it asks first. A
 * refusal is told in the reader's language: not verified yet, or where the opportunity stands now.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPPORTUNITY_STATUSES, opportunityMayMove, type Opportunity, type OpportunityStatus } from '@kafaat/shared';
import { StatusLine } from '../../components/StatusLine';
import { usePipelineError } from '../applications/pipelineErrors';
import { useChangeOpportunityStatus } from './opportunitiesApi';

export function StatusActions({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const describe = usePipelineError();
  const change = useChangeOpportunityStatus();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const moves = OPPORTUNITY_STATUSES.filter((to) => opportunityMayMove(opportunity.type, opportunity.status, to));

  function move(status: OpportunityStatus) {
    setDone(null);
    change.mutate(
      { id: opportunity.id, status },
      {
        onSuccess: (saved) => {
          setConfirming(false);
          setDone(t('opportunities.status.changed', { status: t(`opportunities.statuses.${saved.status}`) }));
        },
      },
    );
  }

  if (moves.length === 0) return <p className="field__hint">{t('opportunities.status.final')}</p>;
  return (
    <div className="opportunity-status-actions">
      <StatusLine message={done} />
      {change.isError ? (
        <p className="notice notice--error" role="alert">
          {describe(change.error, change.variables?.status === 'published' ? 'publish' : 'status')}
        </p>
      ) : null}
      {confirming ? (
        <div className="notice notice--warning" role="group" aria-label={t('opportunities.status.confirmCompleteTitle')}>
          <p>{t('opportunities.status.confirmComplete')}</p>
          <p className="actions">
            <button type="button" className="button" onClick={() => move('completed')} disabled={change.isPending}>
              {t('opportunities.status.confirmCompleteYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <p className="actions">
          {moves.map((to) => (
            <button
              key={to}
              type="button"
              className={to === 'published' ? 'button' : 'button button--secondary'}
              onClick={() => (to === 'completed' ? setConfirming(true) : move(to))}
              disabled={change.isPending}
            >
              {opportunity.status !== 'draft' && to === 'published' ? t('opportunities.status.republish') : t(`opportunities.status.to.${to}`)}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}
