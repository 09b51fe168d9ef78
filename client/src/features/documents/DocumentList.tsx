import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentInfo, DocumentList as DocumentListData } from '@kafaat/shared';
import { LoadError } from '../../components/QueryStatus';
import { API_BASE } from '../../api/session';
import { useFormat } from '../../i18n/format';
import { useDeleteDocument, useUpdateDocument } from './documentsApi';
import { useFileSize } from './fileSize';
import { isolate } from './isolate';

/**
 * The talent's documents with the space they use: each one downloadable, shareable or not with a tick, and
 * deletable after a confirmation in place. With none yet, it says why a CV is worth adding. The list is bounded by
 * the quota (a few dozen at most), so it is shown whole.
 */
export function DocumentList({ list }: { list: DocumentListData }) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('documents.list.title')}
      </h3>
      <QuotaBar list={list} />
      {list.items.length === 0 ? (
        <div className="empty">
          <p>{t('documents.list.empty')}</p>
          <p>{t('documents.list.emptyWhy')}</p>
        </div>
      ) : (
        <ul className="item-list">
          {list.items.map((document) => (
            <DocumentItem
              key={document.id}
              document={document}
              announce={setStatus}
              onDeleted={(name) => {
                setStatus(t('documents.list.deleted', { name: isolate(name) }));
                heading.current?.focus(); // The item that had focus is gone.
              }}
            />
          ))}
        </ul>
      )}
      <p role="status" className="documents-status">
        {status}
      </p>
    </section>
  );
}

/** Space used out of the quota, as a bar and in words (bytes and number of documents). */
function QuotaBar({ list }: { list: DocumentListData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fileSize = useFileSize();
  const meterId = useId();
  const { bytes, maxBytes, count, maxCount } = list.usage;
  return (
    <div className="documents-quota">
      <label htmlFor={meterId}>{t('documents.quota.label')}</label>
      <meter id={meterId} min={0} max={maxBytes} value={Math.min(bytes, maxBytes)} low={maxBytes * 0.7} high={maxBytes * 0.9} optimum={0} />
      <p className="documents-quota__value">
        {t('documents.quota.value', {
          used: fileSize(bytes),
          max: fileSize(maxBytes),
          count: format.number(count),
          maxCount: format.number(maxCount),
        })}
      </p>
    </div>
  );
}

type ItemProps = {
  document: DocumentInfo;
  /** Tells the list's live region what just happened. */
  announce(message: string): void;
  onDeleted(name: string): void;
};

function DocumentItem({ document, announce, onDeleted }: ItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const fileSize = useFileSize();
  const update = useUpdateDocument();
  const remove = useDeleteDocument();
  const shareId = useId();
  const confirmId = useId();
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const name = document.name;
  const shared = update.isPending && update.variables.shared !== undefined ? update.variables.shared : document.shared;

  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  function toggleShared(next: boolean) {
    update.mutate(
      { id: document.id, shared: next },
      { onSuccess: () => announce(t(next ? 'documents.list.sharedOn' : 'documents.list.sharedOff', { name: isolate(name) })) },
    );
  }

  function keep() {
    setConfirming(false);
    deleteButton.current?.focus();
  }

  async function confirmDelete() {
    try {
      await remove.mutateAsync(document); // Awaited rather than a mutate callback: this item unmounts on success.
    } catch {
      return; // Shown under the buttons from remove.error.
    }
    onDeleted(name);
  }

  return (
    <li className="item documents-item">
      <p className="item__title">
        <bdi>{name}</bdi>
        <span className="badge">{t(shared ? 'documents.list.shared' : 'documents.list.private')}</span>
      </p>
      <p className="item__meta">
        {t('documents.list.meta', { kind: t(`documents.kinds.${document.kind}`), size: fileSize(document.size), date: format.date(document.createdAt) })}
      </p>
      <div className="checkbox">
        <input id={shareId} type="checkbox" checked={shared} disabled={update.isPending} onChange={(event) => toggleShared(event.target.checked)} />
        <label htmlFor={shareId}>
          {t('documents.upload.shared')}
          <span className="visually-hidden"> ({name})</span>
        </label>
      </div>
      {update.isError ? <LoadError error={update.error} /> : null}
      <div className="actions">
        <a className="button button--secondary button--small" href={`${API_BASE}/documents/${encodeURIComponent(document.id)}/file`} download={name}>
          {t('documents.list.download')}
          <span className="visually-hidden"> ({name})</span>
        </a>
        <button
          ref={deleteButton}
          type="button"
          className="button button--secondary button--small"
          aria-expanded={confirming}
          onClick={() => setConfirming((open) => !open)}
        >
          {t('documents.list.delete')}
          <span className="visually-hidden"> ({name})</span>
        </button>
      </div>
      {confirming ? (
        <div className="documents-confirm" role="group" aria-labelledby={confirmId}>
          <p id={confirmId} ref={question} tabIndex={-1}>
            {t('documents.list.confirm', { name: isolate(name) })}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button button--danger button--small"
              disabled={remove.isPending}
              onClick={() => void confirmDelete()}
            >
              {t('documents.list.confirmYes')}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={keep} disabled={remove.isPending}>
              {t('documents.list.confirmNo')}
            </button>
          </div>
          {remove.isError ? <LoadError error={remove.error} /> : null}
        </div>
      ) : null}
    </li>
  );
}
