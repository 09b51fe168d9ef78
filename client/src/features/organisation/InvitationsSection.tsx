import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateInvitationSchema, type Organisation } from '@kafaat/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { CheckboxField, SelectField, TextField, textOf } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { LoadError, Loading } from '../../components/QueryStatus';
import { StatusLine } from '../../components/StatusLine';
import { useFormat } from '../../i18n/format';
import { useCreateInvitation, useInvitations, useRevokeInvitation, type Invitation } from './organisationApi';

const PATHS = ['email', 'role', 'isAdmin'] as const;
/** Employers invite colleagues as employers; institutions invite programme officers or assessors. */
const ROLES_BY_KIND = { employer: ['employer'], institution: ['officer', 'assessor'] } as const;

/** Organisation admins only: invite someone by email, see pending invitations and revoke them. */
export function InvitationsSection({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const headingId = useId();
  const invitations = useInvitations(organisation.id);
  const revoke = useRevokeInvitation(organisation.id);
  const [revokedEmail, setRevokedEmail] = useState<string | null>(null);
  const pending = invitations.data?.filter((invitation) => !invitation.acceptedAt) ?? [];

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('organisation.invitations.title')}</h2>
      <InviteForm organisation={organisation} />
      <h3>{t('organisation.invitations.pendingTitle')}</h3>
      {invitations.isPending ? <Loading /> : null}
      {invitations.isError ? <LoadError error={invitations.error} onRetry={() => void invitations.refetch()} /> : null}
      {invitations.data && pending.length === 0 ? <p className="empty">{t('organisation.invitations.empty')}</p> : null}
      {pending.length > 0 ? (
        <ul className="item-list">
          {pending.map((invitation) => (
            <InvitationItem
              key={invitation.id}
              invitation={invitation}
              busy={revoke.isPending && revoke.variables === invitation.id}
              onRevoke={() => revoke.mutate(invitation.id, { onSuccess: () => setRevokedEmail(invitation.email) })}
            />
          ))}
        </ul>
      ) : null}
      {revoke.isError ? <LoadError error={revoke.error} /> : null}
      <StatusLine message={revokedEmail ? t('organisation.invitations.revoked', { email: revokedEmail }) : null} />
    </section>
  );
}

function InvitationItem({ invitation, busy, onRevoke }: { invitation: Invitation; busy: boolean; onRevoke: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const expired = new Date(invitation.expiresAt).getTime() < Date.now();
  return (
    <li className="item">
      <p className="item__title">
        <bdi>{invitation.email}</bdi>
        {invitation.isAdmin ? <span className="badge">{t('organisation.members.admin')}</span> : null}
      </p>
      <p className="item__meta">
        {t(`roles.${invitation.role}`)} ·{' '}
        {expired
          ? t('organisation.invitations.expired', { date: format.date(invitation.expiresAt) })
          : t('organisation.invitations.expires', { date: format.date(invitation.expiresAt) })}
      </p>
      <button type="button" className="button button--secondary button--small" onClick={onRevoke} disabled={busy}>
        {t('organisation.invitations.revoke')}
        <span className="visually-hidden"> ({invitation.email})</span>
      </button>
    </li>
  );
}

function InviteForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const create = useCreateInvitation(organisation.id);
  const form = useFormErrors(PATHS);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const roles = ROLES_BY_KIND[organisation.kind];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    const parsed = CreateInvitationSchema.safeParse({
      email: textOf(data, 'email'),
      role: roles.length === 1 ? roles[0] : textOf(data, 'role'),
      isAdmin: data.get('isAdmin') === 'on',
    });
    if (!parsed.success) return form.showZodError(parsed.error);
    form.clear();
    setSentTo(null);
    create.mutate(parsed.data, {
      onSuccess: (invitation) => {
        element.reset();
        setSentTo(invitation.email);
      },
      onError: (error) => form.showError(error),
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('organisation.invitations.formLabel')}>
      <ErrorSummary form={form} />
      <TextField form={form} path="email" type="email" label={t('fields.inviteeEmail')} autoComplete="off" inputMode="email" spellCheck={false} />
      {roles.length > 1 ? (
        <SelectField form={form} path="role" label={t('fields.role')} defaultValue={roles[0]}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
      ) : null}
      <CheckboxField form={form} path="isAdmin" label={t('fields.inviteAsAdmin')} hint={t('fields.inviteAsAdminHint')} />
      <p>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('organisation.invitations.sending') : t('organisation.invitations.send')}
        </button>
      </p>
      <StatusLine message={sentTo ? t('organisation.invitations.sent', { email: sentTo }) : null} />
    </form>
  );
}
