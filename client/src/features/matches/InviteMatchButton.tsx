/**
 * "Invite" on a match: opens a short form with an optional message, sends the invitation (the talent's
 * application in stage "invited"), then stays as "Invited" with a link to the application. A refusal (already a
 * candidate, opportunity not published) is told in the form, in the reader's language.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { InviteTalentSchema, type Application } from '@kafaat/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextAreaField } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { StatusLine } from '../../components/StatusLine';
import { applicationPath } from '../../routes/paths';
import { showPipelineError, usePipelineError } from '../applications/pipelineErrors';
import { describeUnder } from '../opportunities/editor/issueText';
import { useInviteTalent } from '../opportunities/opportunitiesApi';

const FIELDS = ['message'] as const;
const describeInviteIssue = describeUnder('opportunities.invite.errors');

/** One talent's "Invite" on a match card (published opportunities only). */
export function InviteMatchButton({ opportunityId, talentId, talentName }: { opportunityId: string; talentId: string; talentName: string }) {
  const { t } = useTranslation();
  const form = useFormErrors(FIELDS, describeInviteIssue);
  const describe = usePipelineError();
  const invite = useInviteTalent();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState<Application | null>(null);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = InviteTalentSchema.safeParse({ talentId, message });
    if (!parsed.success) return form.showZodError(parsed.error);
    form.clear();
    invite.mutate(
      { opportunityId, ...parsed.data },
      {
        onSuccess: (application) => {
          setSent(application); // The status line below takes focus and says it was sent.
          setOpen(false);
        },
        onError: (error) => showPipelineError(form, error, describe, 'invite'),
      },
    );
  }

  if (sent) {
    return (
      <div className="match-invite">
        <button ref={toggle} type="button" className="button button--small button--done" aria-disabled="true">
          <span aria-hidden="true">✓ </span>
          {t('matches.invite.invited')} <span className="visually-hidden">({talentName})</span>
        </button>
        <StatusLine message={t('opportunities.invite.sent', { name: talentName })} />
        <p>
          <Link to={applicationPath(sent.id)}>{t('opportunities.invite.openApplication', { name: talentName })}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="match-invite">
      <button
        ref={toggle}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {t('matches.invite.button')} <span className="visually-hidden">({talentName})</span>
      </button>
      {open ? (
        <form id={panelId} noValidate className="form match-invite__form" onSubmit={onSubmit} aria-label={t('opportunities.invite.titleFor', { name: talentName })}>
          <ErrorSummary form={form} />
          <TextAreaField
            form={form}
            path="message"
            label={t('opportunities.invite.message')}
            hint={t('opportunities.invite.messageHint')}
            optional
            rows={3}
            maxLength={1000}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            autoFocus
          />
          <p className="actions">
            <button type="submit" className="button" disabled={invite.isPending}>
              {invite.isPending ? t('opportunities.invite.sending') : t('opportunities.invite.submit')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setOpen(false);
                form.clear();
                toggle.current?.focus();
              }}
            >
              {t('common.cancel')}
            </button>
          </p>
        </form>
      ) : null}
    </div>
  );
}
