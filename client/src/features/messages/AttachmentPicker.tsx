import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DocumentInfo } from '@kafaat/shared';
import { LoadError, Loading } from '../../components/QueryStatus';
import { useFormat } from '../../i18n/format';
import { profileEditPath } from '../../routes/paths';
import { useDocuments } from '../documents/documentsApi';
import { useFileSize } from '../documents/fileSize';

type AttachmentPickerProps = {
  id: string;
  chosen: DocumentInfo[];
  onChange(chosen: DocumentInfo[]): void;
  max: number;
};

/**
 * The talent's own documents as checkboxes, to attach to a message (at most `max`). It says who will be able to
 * download them, and where to add a document when there is none yet. Loaded only when opened.
 */
export function AttachmentPicker({ id, chosen, onChange, max }: AttachmentPickerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const fileSize = useFileSize();
  const documents = useDocuments();
  const hintId = useId();
  const chosenIds = new Set(chosen.map((document) => document.id));
  const full = chosen.length >= max;

  function toggle(document: DocumentInfo, on: boolean) {
    onChange(on ? [...chosen, document] : chosen.filter((item) => item.id !== document.id));
  }

  return (
    <fieldset id={id} className="attachment-picker" aria-describedby={hintId}>
      <legend>{t('messages.attachments.legend', { max: format.number(max) })}</legend>
      <p id={hintId} className="field__hint">
        {t('messages.attachments.hint')}
      </p>
      {documents.isPending ? (
        <Loading />
      ) : documents.isError ? (
        <LoadError error={documents.error} onRetry={() => void documents.refetch()} />
      ) : documents.data.items.length === 0 ? (
        <p className="empty">
          {t('messages.attachments.none')} <Link to={profileEditPath('documents')}>{t('messages.attachments.addDocuments')}</Link>
        </p>
      ) : (
        <ul className="attachment-picker__list">
          {documents.data.items.map((document) => {
            const checked = chosenIds.has(document.id);
            const inputId = `${id}-${document.id}`;
            return (
              <li key={document.id} className="checkbox">
                <input id={inputId} type="checkbox" checked={checked} disabled={!checked && full} onChange={(event) => toggle(document, event.target.checked)} />
                <label htmlFor={inputId}>
                  <bdi>{document.name}</bdi> <span className="attachment-picker__size">({fileSize(document.size)})</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {full ? <p className="field__hint">{t('messages.attachments.full', { max: format.number(max) })}</p> : null}
    </fieldset>
  );
}
