import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateOrganisationSchema, type Organisation } from '@kafaat/shared';
import { CountrySelect } from '../../components/form/CountrySelect';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextAreaField, TextField, textOf } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { StatusLine } from '../../components/StatusLine';
import { useFormat } from '../../i18n/format';
import { useUpdateOrganisation } from './organisationApi';

const PATHS = ['name', 'country', 'city', 'website', 'description'] as const;

/** Optional text fields are cleared with null (PATCH semantics), not left unchanged. */
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The organisation's details; organisation admins can switch to a form and edit them. */
export function OrganisationDetails({ organisation, canEdit }: { organisation: Organisation; canEdit: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const cancelled = useRef(false);
  // After "cancel" the form's buttons are gone: bring focus back to the section rather than to the page top.
  useEffect(() => {
    if (!editing && cancelled.current) {
      cancelled.current = false;
      heading.current?.focus();
    }
  }, [editing]);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('organisation.details.title')}
      </h2>
      {editing ? (
        <DetailsForm
          organisation={organisation}
          onDone={(wasSaved) => {
            cancelled.current = !wasSaved;
            setEditing(false);
            setSaved(wasSaved);
          }}
        />
      ) : (
        <>
          <dl className="details">
            <dt>{t('fields.organisationName.generic')}</dt>
            <dd>{organisation.name}</dd>
            <dt>{t('organisation.details.kind')}</dt>
            <dd>
              {organisation.kind === 'institution' && organisation.institutionType
                ? t(`signUp.choose.options.${organisation.institutionType}.title`)
                : t(`organisation.kinds.${organisation.kind}`)}
            </dd>
            <dt>{t('fields.country')}</dt>
            <dd>{format.country(organisation.country)}</dd>
            <dt>{t('fields.city')}</dt>
            <dd>{organisation.city ?? t('organisation.details.none')}</dd>
            <dt>{t('fields.website')}</dt>
            <dd>
              {organisation.website ? (
                <a href={organisation.website} rel="noopener noreferrer" target="_blank">
                  {organisation.website}
                </a>
              ) : (
                t('organisation.details.none')
              )}
            </dd>
            <dt>{t('fields.description')}</dt>
            <dd className="details__text">{organisation.description ?? t('organisation.details.none')}</dd>
            <dt>{t('organisation.details.created')}</dt>
            <dd>{format.date(organisation.createdAt)}</dd>
          </dl>
          <StatusLine message={saved ? t('organisation.details.saved') : null} />
          {canEdit ? (
            <p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {t('organisation.details.edit')}
              </button>
            </p>
          ) : (
            <p className="panel__meta">{t('organisation.details.adminsOnly')}</p>
          )}
        </>
      )}
    </section>
  );
}

function DetailsForm({ organisation, onDone }: { organisation: Organisation; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const update = useUpdateOrganisation(organisation.id);
  const form = useFormErrors(PATHS);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = UpdateOrganisationSchema.safeParse({
      name: textOf(data, 'name'),
      country: textOf(data, 'country'),
      city: orNull(textOf(data, 'city')),
      website: orNull(textOf(data, 'website')),
      description: orNull(textOf(data, 'description')),
    });
    if (!parsed.success) return form.showZodError(parsed.error);
    form.clear();
    update.mutate(parsed.data, { onSuccess: () => onDone(true), onError: (error) => form.showError(error) });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <ErrorSummary form={form} />
      <TextField form={form} path="name" label={t('fields.organisationName.generic')} defaultValue={organisation.name} autoFocus />
      <CountrySelect form={form} path="country" label={t('fields.country')} defaultValue={organisation.country} />
      <TextField form={form} path="city" label={t('fields.city')} optional defaultValue={organisation.city ?? ''} />
      <TextField
        form={form}
        path="website"
        type="url"
        inputMode="url"
        label={t('fields.website')}
        hint={t('fields.websiteHint')}
        optional
        defaultValue={organisation.website ?? ''}
      />
      <TextAreaField form={form} path="description" label={t('fields.description')} hint={t('fields.descriptionHint')} optional defaultValue={organisation.description ?? ''} />
      <p className="actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </p>
    </form>
  );
}
