import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS, type DocumentInfo, type DocumentKind, type DocumentList } from '@kafaat/shared';
import { ApiError } from '../../api/client';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { CheckboxField, SelectField, TextField } from '../../components/form/Fields';
import { useFormErrors, type DescribeIssue } from '../../components/form/useFormErrors';
import { StatusLine } from '../../components/StatusLine';
import { useFormat } from '../../i18n/format';
import { useUploadDocument } from './documentsApi';
import { useFileSize } from './fileSize';
import { isolate } from './isolate';
import { isAbortError, type UploadProgress } from './uploadDocument';
import { ACCEPT_ATTRIBUTE, FILE_TOO_LARGE, QUOTA_EXCEEDED, UNSUPPORTED_TYPE, exceedsQuota, useUploadText } from './uploadText';

const PATHS = ['file', 'kind'] as const;

/**
 * Choosing a file, its kind and whether organisations may see it, then sending it with a progress bar and a way
 * to stop. Size and space are checked before a single byte leaves the phone; the server's refusals are shown next
 * to the file in the same words. Not a <form>: the profile editor may wrap its steps in its own.
 */
export function UploadForm({ list }: { list: DocumentList }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fileSize = useFileSize();
  const text = useUploadText(list);
  const upload = useUploadDocument();
  const headingId = useId();
  const progressId = useId();
  const progressLabelId = useId();
  const cancelButton = useRef<HTMLButtonElement>(null);
  const controller = useRef<AbortController | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0); // A new key empties the file input after an upload.
  const [kind, setKind] = useState<DocumentKind>(() => (list.items.some((item) => item.kind === 'cv') ? 'certificate' : 'cv'));
  const [shared, setShared] = useState(false);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const describeOwn = useCallback<DescribeIssue>(
    (_i18n, issue) => {
      if (issue.path === 'file') return text.fileIssue(issue.code, file?.size);
      return issue.path === 'kind' ? t('documents.errors.kind') : undefined;
    },
    [file, t, text],
  );
  const form = useFormErrors(PATHS, describeOwn);

  useEffect(() => () => controller.current?.abort(), []); // Leaving the step stops an upload in progress.

  const busy = progress !== null;
  useEffect(() => {
    if (busy) cancelButton.current?.focus(); // The send button just gave way to the progress and its cancel button.
  }, [busy]);

  const fileIssue = (code: string) => form.showIssues([{ path: 'file', code, message: code }]);

  function showFailure(error: unknown) {
    if (isAbortError(error)) return setStatus(t('documents.upload.cancelled'));
    if (error instanceof ApiError) {
      if (error.code === QUOTA_EXCEEDED) return form.showIssues([], [text.quota]);
      if (error.code === UNSUPPORTED_TYPE || error.status === 415) return fileIssue(UNSUPPORTED_TYPE);
      if (error.code === FILE_TOO_LARGE || error.status === 413) return fileIssue(FILE_TOO_LARGE);
    }
    form.showError(error); // Rate limit, lost connection, validation details…
  }

  function doneMessage(document: DocumentInfo): string {
    const name = isolate(document.name);
    if (document.kind !== 'cv') return t('documents.upload.done', { name });
    if (document.textExtraction !== 'extracted') return t('documents.upload.doneNoText', { name });
    const found = document.suggestions.some((suggestion) => suggestion.status === 'pending');
    return t(found ? 'documents.upload.doneSuggestions' : 'documents.upload.doneNoSkills', { name });
  }

  function send() {
    setStatus(null);
    if (!file) return fileIssue('required');
    if (file.size > list.maxFileBytes) return fileIssue(FILE_TOO_LARGE);
    if (exceedsQuota(list, file.size)) return form.showIssues([], [text.quota]);
    form.clear();
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ loaded: 0, total: file.size });
    upload.mutate(
      { file, kind, shared, signal: abort.signal, onProgress: setProgress },
      {
        onSuccess: (document) => {
          setFile(null);
          setInputKey((key) => key + 1);
          setStatus(doneMessage(document));
        },
        onError: showFailure,
        onSettled: () => {
          controller.current = null;
          setProgress(null);
        },
      },
    );
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('documents.upload.title')}</h3>
      <div className="form">
        <ErrorSummary form={form} />
        <TextField
          key={inputKey}
          form={form}
          path="file"
          type="file"
          label={t('documents.upload.file')}
          hint={text.hint}
          accept={ACCEPT_ATTRIBUTE}
          disabled={busy}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setStatus(null);
            form.clear();
          }}
        />
        <SelectField form={form} path="kind" label={t('documents.upload.kind')} value={kind} disabled={busy} onChange={(event) => setKind(event.target.value as DocumentKind)}>
          {DOCUMENT_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`documents.kinds.${value}`)}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          form={form}
          path="shared"
          label={t('documents.upload.shared')}
          hint={t('documents.upload.sharedHint')}
          checked={shared}
          disabled={busy}
          onChange={(event) => setShared(event.target.checked)}
        />
        {progress && file ? (
          <div className="documents-progress" role="group" aria-labelledby={progressLabelId}>
            <label id={progressLabelId} htmlFor={progressId}>{t('documents.upload.progressLabel', { name: isolate(file.name) })}</label>
            <progress id={progressId} max={progress.total || undefined} value={progress.total ? progress.loaded : undefined} />
            <p className="documents-progress__amount">
              {progress.total
                ? t('documents.upload.progressAmount', {
                    percent: format.percent(progress.loaded / progress.total),
                    sent: fileSize(progress.loaded),
                    total: fileSize(progress.total),
                  })
                : t('documents.upload.progressUnknown', { sent: fileSize(progress.loaded) })}
            </p>
            <p>
              <button ref={cancelButton} type="button" className="button button--secondary" onClick={() => controller.current?.abort()}>
                {t('documents.upload.cancel')}
              </button>
            </p>
          </div>
        ) : (
          <p>
            <button type="button" className="button" onClick={send}>
              {t('documents.upload.submit')}
            </button>
          </p>
        )}
        <StatusLine message={status} />
      </div>
    </section>
  );
}
