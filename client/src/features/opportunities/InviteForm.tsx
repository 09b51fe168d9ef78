/**
 * Invites a talent to an opportunity. On the board the talent is given by id (search comes later); on a talent's
 * profile the opportunity is chosen among the organisation's published ones. The message is the first line of
 * the application's history, which the talent reads. Refusals say why: unknown or hidden talent, already in the
 * pipeline, or an opportunity not published.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { InviteTalentSchema, type Application } from '@kafaat/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { LoadError, Loading } from '../../components/QueryStatus';
import { StatusLine } from '../../components/StatusLine';
import { applicationPath, paths } from '../../routes/paths';
import { describeUnder } from './editor/issueText';
import { showPipelineError, usePipelineError } from '../applications/pipelineErrors';
import { useTitleText } from './localizedText';
import { useInviteTalent, useOpportunities } from './opportunitiesApi';

const FIELDS = ['opportunityId', 'talentId', 'message'] as const;
const describeInviteIssue = describeUnder('opportunities.invite.errors');

type InviteFormProps = {
  /** The opportunity, when inviting from its board; otherwise the person chooses one. */
  opportunityId?: string;
  /** The talent, when inviting from their profile; otherwise the person types the id. */
  talentId?: string;
  talentName?: string;
};

export function InviteForm({ opportunityId, talentId, talentName }: InviteFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const form = useFormErrors(FIELDS, describeInviteIssue);
  const describe = usePipelineError();
  const invite = useInviteTalent();
  const [values, setValues] = useState({ opportunityId: opportunityId ?? '', talentId: talentId ?? '', message: '' });
  const [sent, setSent] = useState<Application | null>(null);
  const set = (patch: Partial<typeof values>) => setValues((current) => ({ ...current, ...patch }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(null);
    if (values.opportunityId === '') return form.showIssues([{ path: 'opportunityId', code: 'required', message: 'choose an opportunity' }]);
    const parsed = InviteTalentSchema.safeParse({ talentId: values.talentId.trim(), message: values.message });
    if (!parsed.success) return form.showZodError(parsed.error);
    form.clear();
    invite.mutate(
      { opportunityId: values.opportunityId, ...parsed.data },
      {
        onSuccess: (application) => {
          setSent(application);
          setValues({ opportunityId: opportunityId ?? '', talentId: talentId ?? '', message: '' });
        },
        onError: (error) => showPipelineError(form, error, describe, 'invite'),
      },
    );
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{talentName ? t('opportunities.invite.titleFor', { name: talentName }) : t('opportunities.invite.title')}</h2>
      <p>{opportunityId ? t('opportunities.invite.introById') : t('opportunities.invite.introChoose')}</p>
      <form noValidate className="form" onSubmit={onSubmit}>
        <ErrorSummary form={form} />
        <StatusLine message={sent ? t('opportunities.invite.sent', { name: sent.talent.displayName }) : null} />
        {sent ? (
          <p>
            <Link to={applicationPath(sent.id)}>{t('opportunities.invite.openApplication', { name: sent.talent.displayName })}</Link>
          </p>
        ) : null}
        {opportunityId ? null : <PublishedOpportunitySelect form={form} value={values.opportunityId} onChange={(id) => set({ opportunityId: id })} />}
        {talentId ? null : (
          <TextField
            form={form}
            path="talentId"
            label={t('opportunities.invite.talentId')}
            hint={t('opportunities.invite.talentIdHint')}
            dir="ltr"
            spellCheck={false}
            autoComplete="off"
            className="mono"
            maxLength={24}
            value={values.talentId}
            onChange={(event) => set({ talentId: event.target.value })}
          />
        )}
        <TextAreaField
          form={form}
          path="message"
          label={t('opportunities.invite.message')}
          hint={t('opportunities.invite.messageHint')}
          optional
          maxLength={1000}
          value={values.message}
          onChange={(event) => set({ message: event.target.value })}
        />
        <p className="actions">
          <button type="submit" className="button" disabled={invite.isPending}>
            {invite.isPending ? t('opportunities.invite.sending') : t('opportunities.invite.submit')}
          </button>
        </p>
      </form>
    </section>
  );
}

type SelectProps = { form: ReturnType<typeof useFormErrors>; value: string; onChange(id: string): void };

/** The organisation's published opportunities (the ones talents can be invited to), by title. */
function PublishedOpportunitySelect({ form, value, onChange }: SelectProps) {
  const { t } = useTranslation();
  const titleOf = useTitleText();
  const list = useOpportunities({ mine: true, status: 'published' }, { limit: 50 });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  let note: ReactNode = null;
  if (list.isPending) note = <Loading />;
  else if (list.isError) note = <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  else if (items.length === 0)
    note = (
      <p className="empty">
        {t('opportunities.invite.noneToInvite')} <Link to={paths.organisationOpportunities}>{t('opportunities.nav')}</Link>
      </p>
    );
  return (
    <>
      <SelectField form={form} path="opportunityId" label={t('opportunities.invite.opportunity')} value={value} onChange={(event) => onChange(event.target.value)} disabled={items.length === 0}>
        <option value="">{t('opportunities.invite.chooseOpportunity')}</option>
        {items.map((opportunity) => (
          <option key={opportunity.id} value={opportunity.id}>
            {titleOf(opportunity.title)}
          </option>
        ))}
      </SelectField>
      {note}
      {list.hasNextPage ? (
        <p>
          <button type="button" className="button button--secondary button--small" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {t('common.loadMore')}
          </button>
        </p>
      ) : null}
    </>
  );
}
