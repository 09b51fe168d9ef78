/**
 * A talent applies: a few words of motivation and, if they like, some of their own documents (up to five), which
 * the organisation can then open. When the organisation invited them first, this accepts the invitation. Fields
 * are checked with the shared schema before sending; refusals (closed, already applied) say what to do instead.
 */
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApplySchema, type Application } from '@kafaat/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextAreaField } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { LoadError, Loading } from '../../components/QueryStatus';
import { applicationPath, paths, profileEditPath } from '../../routes/paths';
import { showPipelineError, usePipelineError } from '../applications/pipelineErrors';
import { useDocuments } from '../documents/documentsApi';
import { describeUnder } from './editor/issueText';
import { useApply } from './opportunitiesApi';

const FIELDS = ['motivation', 'documentIds'] as const;
const MAX_DOCUMENTS = 5;
const describeApplyIssue = describeUnder('opportunities.apply.errors');

export function ApplyForm({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const form = useFormErrors(FIELDS, describeApplyIssue);
  const describe = usePipelineError();
  const apply = useApply(opportunityId);
  const [motivation, setMotivation] = useState('');
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const [sent, setSent] = useState<Application | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ApplySchema.safeParse({ motivation, documentIds });
    if (!parsed.success) return form.showZodError(parsed.error);
    form.clear();
    apply.mutate(parsed.data, { onSuccess: setSent, onError: (error) => showPipelineError(form, error, describe, 'apply') });
  }

  return (
    <section className="panel" aria-labelledby={headingId} id="apply">
      <h2 id={headingId}>{t('opportunities.apply.title')}</h2>
      {sent ? (
        <div className="notice notice--success" role="status">
          <p>{t('opportunities.apply.sent')}</p>
          <p className="actions">
            <Link to={applicationPath(sent.id)}>{t('opportunities.apply.open')}</Link>
            <Link to={paths.myApplications}>{t('applications.nav')}</Link>
          </p>
        </div>
      ) : (
        <form noValidate className="form" onSubmit={onSubmit}>
          <p>{t('opportunities.apply.intro')}</p>
          <ErrorSummary form={form} />
          <TextAreaField
            form={form}
            path="motivation"
            label={t('opportunities.apply.motivation')}
            hint={t('opportunities.apply.motivationHint')}
            maxLength={2000}
            rows={5}
            value={motivation}
            onChange={(event) => setMotivation(event.target.value)}
          />
          <DocumentChoice form={form} chosen={documentIds} onChange={setDocumentIds} />
          <p className="actions">
            <button type="submit" className="button" disabled={apply.isPending}>
              {apply.isPending ? t('opportunities.apply.sending') : t('opportunities.apply.submit')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}

type DocumentChoiceProps = { form: ReturnType<typeof useFormErrors>; chosen: string[]; onChange(ids: string[]): void };

/** The talent's documents as checkboxes (five at most), with loading, error and "none yet" states. */
function DocumentChoice({ form, chosen, onChange }: DocumentChoiceProps) {
  const { t } = useTranslation();
  const documents = useDocuments();
  const error = form.errors.fields.documentIds;
  const full = chosen.length >= MAX_DOCUMENTS;
  return (
    <fieldset className="field choice-list" data-invalid={error ? true : undefined}>
      <legend className="field__label">
        {t('opportunities.apply.documents')} <span className="field__optional">{t('common.optional')}</span>
      </legend>
      <p className="field__hint">{t('opportunities.apply.documentsHint')}</p>
      {error ? (
        <p id={form.idFor('documentIds')} tabIndex={-1} className="field__error">
          {error}
        </p>
      ) : null}
      {documents.isPending ? <Loading /> : null}
      {documents.isError ? <LoadError error={documents.error} onRetry={() => void documents.refetch()} /> : null}
      {documents.isSuccess && documents.data.items.length === 0 ? (
        <p className="empty">
          {t('opportunities.apply.noDocuments')} <Link to={profileEditPath('documents')}>{t('opportunities.apply.addDocuments')}</Link>
        </p>
      ) : null}
      {documents.data?.items.map((document) => {
        const checked = chosen.includes(document.id);
        const id = `${form.idFor('documentIds')}-${document.id}`;
        return (
          <div key={document.id} className="checkbox">
            <input
              id={id}
              type="checkbox"
              checked={checked}
              disabled={!checked && full}
              onChange={(event) => onChange(event.target.checked ? [...chosen, document.id] : chosen.filter((candidate) => candidate !== document.id))}
            />
            <label htmlFor={id}>
              <bdi>{document.name}</bdi>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
