import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { MESSAGE_ATTACHMENTS_MAX, MESSAGE_TEXT_MAX, type DocumentInfo } from '@kafaat/shared';
import { fieldIssuesOf } from '../../api/client';
import { describeError } from '../../components/form/errorText';
import { useFormat } from '../../i18n/format';
import { isolate } from '../documents/isolate';
import { AttachmentPicker } from './AttachmentPicker';
import type { MessageInput } from './messagesApi';

type ComposerProps = {
  /** Sends the message; the composer empties once it resolves and shows the failure if it rejects. */
  send(input: MessageInput): Promise<unknown>;
  /** The textarea's label. */
  label: string;
  /** Talents may attach their own documents (organisations upload none). */
  canAttach: boolean;
  /** Focus the textarea when the composer appears (opened on demand). */
  autoFocus?: boolean;
  /** A better sentence than the generic one for some failures (e.g. writing before applying). */
  describeFailure?(error: unknown): string | undefined;
  onSent?(): void;
};

/**
 * Writing a message: a labelled textarea (Enter sends, Shift+Enter starts a new line, and a visible Send button
 * for touch screens), a character counter against the 4,000 limit, the documents to attach, the sending state,
 * and a failure in the user's language with a way to try again. The text stays until the server has it.
 */
export function Composer({ send, label, canAttach, autoFocus, describeFailure, onSent }: ComposerProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [attachments, setAttachments] = useState<DocumentInfo[]>([]);
  const [pickerOpen, setPickerOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: () => {
      setText('');
      setAttachments([]);
      setPickerOpen(false);
      onSent?.();
    },
  });

  useEffect(() => {
    if (autoFocus) textarea.current?.focus();
  }, [autoFocus]);

  const length = text.trim().length;
  const over = length > MESSAGE_TEXT_MAX;
  const ids = { hint: `${id}-hint`, counter: `${id}-counter`, problem: `${id}-problem` };

  function submit() {
    if (mutation.isPending) return;
    if (length === 0 || over) {
      setProblem(length === 0 ? t('messages.composer.empty') : t('messages.composer.tooLong', { used: format.number(length), max: format.number(MESSAGE_TEXT_MAX) }));
      textarea.current?.focus();
      return;
    }
    setProblem(null);
    mutation.mutate({ text, attachmentIds: attachments.map((document) => document.id) });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Shift+Enter is a new line; Enter while an input method is composing a word (Arabic, CJK) confirms the word.
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    submit();
  }

  function failureText(error: unknown): string {
    const issues = fieldIssuesOf(error);
    if (issues.some((issue) => issue.path.startsWith('attachmentIds'))) return t('messages.composer.attachmentRefused');
    if (issues.some((issue) => issue.path === 'text')) return t('messages.composer.textRefused');
    return describeFailure?.(error) ?? describeError(i18n, format, error);
  }

  return (
    <form className="composer" onSubmit={onSubmit} noValidate>
      <div className="field" data-invalid={problem ? true : undefined}>
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <p id={ids.hint} className="field__hint">
          {t('messages.composer.hint')}
        </p>
        {problem ? (
          <p id={ids.problem} className="field__error">
            {problem}
          </p>
        ) : null}
        <textarea
          ref={textarea}
          id={id}
          name="text"
          rows={3}
          dir="auto"
          value={text}
          readOnly={mutation.isPending}
          aria-invalid={problem ? true : undefined}
          aria-describedby={[ids.hint, problem ? ids.problem : null, ids.counter].filter(Boolean).join(' ')}
          onChange={(event) => {
            setText(event.target.value);
            if (problem) setProblem(null);
          }}
          onKeyDown={onKeyDown}
        />
        <p id={ids.counter} className={`composer__counter${over ? ' composer__counter--over' : ''}`}>
          {t('messages.composer.counter', { used: format.number(length), max: format.number(MESSAGE_TEXT_MAX) })}
        </p>
      </div>

      {canAttach ? (
        <div className="composer__attach">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-expanded={pickerOpen}
            aria-controls={pickerOpen ? `${id}-picker` : undefined}
            onClick={() => setPickerOpen((open) => !open)}
          >
            {t('messages.composer.attach')}
          </button>
          {pickerOpen ? <AttachmentPicker id={`${id}-picker`} chosen={attachments} onChange={setAttachments} max={MESSAGE_ATTACHMENTS_MAX} /> : null}
          {attachments.length > 0 ? (
            <p className="composer__attached">
              {t('messages.composer.attached', { names: format.list(attachments.map((document) => isolate(document.name))) })}
            </p>
          ) : null}
        </div>
      ) : null}

      <div className="actions">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {mutation.isPending ? t('messages.composer.sending') : t('messages.composer.send')}
        </button>
      </div>

      {mutation.isError ? (
        <div className="notice notice--error" role="alert">
          <p>{failureText(mutation.error)}</p>
          <button type="button" className="button button--secondary button--small" onClick={submit}>
            {t('messages.composer.retry')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
