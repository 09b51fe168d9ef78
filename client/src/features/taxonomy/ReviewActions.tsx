import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApproveSkillProposalSchema, RejectSkillProposalSchema, type SkillProposal } from '@kafaat/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextAreaField, textOf } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { currentLocale } from '../../i18n';
import { useReviewProposal } from './taxonomyApi';
import { describeTaxonomyIssue, showCheckErrors, showRequestError } from './taxonomyIssues';

const PATHS = ['comment'] as const;

/**
 * An admin's decision on someone else's proposal: a comment for its author (optional to approve, required to
 * reject), then "Approve" or "Reject". If the taxonomy changed meanwhile, the API's reasons are listed here.
 */
export function ReviewActions({ proposal, onDecided }: { proposal: SkillProposal; onDecided: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const form = useFormErrors(PATHS, describeTaxonomyIssue);
  const review = useReviewProposal();
  const element = useRef<HTMLFormElement>(null);
  const name = proposal.labels[currentLocale(i18n)];
  const conflict = t('taxonomy.review.conflict');

  function decide(decision: 'approve' | 'reject') {
    const comment = element.current ? textOf(new FormData(element.current), 'comment').trim() : '';
    const parsed = (decision === 'approve' ? ApproveSkillProposalSchema : RejectSkillProposalSchema).safeParse(comment ? { comment } : {});
    if (!parsed.success) return showCheckErrors(form, parsed.error);
    form.clear();
    review.mutate(
      { id: proposal.id, decision, comment: parsed.data.comment },
      {
        onSuccess: (decided) =>
          onDecided(
            decision === 'approve' ? t('taxonomy.review.approved', { name, revision: decided.revision ?? '' }) : t('taxonomy.review.rejected', { name }),
          ),
        onError: (error) => showRequestError(form, error, conflict),
      },
    );
  }

  return (
    <form ref={element} noValidate className="form" onSubmit={(event) => event.preventDefault()} aria-label={t('taxonomy.review.formLabel', { name })}>
      <ErrorSummary form={form} />
      <TextAreaField form={form} path="comment" label={t('taxonomy.fields.comment')} hint={t('taxonomy.fields.commentHint')} rows={2} optional />
      <p className="actions">
        <button type="button" className="button" onClick={() => decide('approve')} disabled={review.isPending}>
          {t('taxonomy.review.approve')}
          <span className="visually-hidden"> ({name})</span>
        </button>
        <button type="button" className="button button--danger" onClick={() => decide('reject')} disabled={review.isPending}>
          {t('taxonomy.review.reject')}
          <span className="visually-hidden"> ({name})</span>
        </button>
      </p>
    </form>
  );
}
