import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VerificationDecisionSchema, type Organisation } from '@kafaat/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextAreaField, textOf } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { useFormat } from '../../i18n/format';
import { useDecideVerification } from './adminApi';

const PATHS = ['reason'] as const;

/**
 * One organisation waiting for verification: what it says about itself, "verify", and "reject" which first asks
 * for the reason its members will read.
 */
export function VerificationItem({ organisation, onDecided }: { organisation: Organisation; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const decide = useDecideVerification();
  const form = useFormErrors(PATHS);
  const [rejecting, setRejecting] = useState(false);
  const headingId = `verification-${organisation.id}`;

  function verify() {
    form.clear();
    decide.mutate(
      { id: organisation.id, decision: 'verify' },
      { onSuccess: () => onDecided(t('verifications.verified', { name: organisation.name })), onError: (error) => form.showError(error) },
    );
  }

  function reject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = VerificationDecisionSchema.safeParse({ decision: 'reject', reason: textOf(new FormData(event.currentTarget), 'reason').trim() });
    if (!parsed.success) return form.showZodError(parsed.error);
    form.clear();
    decide.mutate(
      { id: organisation.id, decision: 'reject', reason: parsed.data.reason },
      { onSuccess: () => onDecided(t('verifications.rejected', { name: organisation.name })), onError: (error) => form.showError(error) },
    );
  }

  return (
    <li className="item">
      <h2 id={headingId} className="item__title">
        {organisation.name}
      </h2>
      <dl className="details details--compact">
        <dt>{t('organisation.details.kind')}</dt>
        <dd>
          {organisation.institutionType
            ? t(`signUp.choose.options.${organisation.institutionType}.title`)
            : t(`organisation.kinds.${organisation.kind}`)}
        </dd>
        <dt>{t('fields.country')}</dt>
        <dd>{format.country(organisation.country)}</dd>
        {organisation.city ? (
          <>
            <dt>{t('fields.city')}</dt>
            <dd>{organisation.city}</dd>
          </>
        ) : null}
        {organisation.website ? (
          <>
            <dt>{t('fields.website')}</dt>
            <dd>
              <a href={organisation.website} rel="noopener noreferrer" target="_blank">
                {organisation.website}
              </a>
            </dd>
          </>
        ) : null}
        <dt>{t('verifications.requested')}</dt>
        <dd>{format.dateTime(organisation.createdAt)}</dd>
        <dt>{t('verifications.members')}</dt>
        <dd>{organisation.memberCount}</dd>
      </dl>
      {organisation.description ? <p className="details__text">{organisation.description}</p> : null}
      {rejecting ? (
        <form noValidate onSubmit={reject} className="form">
          <ErrorSummary form={form} />
          <TextAreaField form={form} path="reason" label={t('fields.reason')} hint={t('fields.reasonHint')} rows={3} autoFocus />
          <p className="actions">
            <button type="submit" className="button button--danger" disabled={decide.isPending}>
              {t('verifications.confirmReject')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                form.clear();
                setRejecting(false);
              }}
            >
              {t('common.cancel')}
            </button>
          </p>
        </form>
      ) : (
        <>
          <ErrorSummary form={form} />
          <p className="actions">
            <button type="button" className="button" onClick={verify} disabled={decide.isPending}>
              {t('verifications.verify')}
              <span className="visually-hidden"> ({organisation.name})</span>
            </button>
            <button type="button" className="button button--secondary" onClick={() => setRejecting(true)} disabled={decide.isPending}>
              {t('verifications.reject')}
              <span className="visually-hidden"> ({organisation.name})</span>
            </button>
          </p>
        </>
      )}
    </li>
  );
}
