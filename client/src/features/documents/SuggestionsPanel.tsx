import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SKILL_LEVELS, type DocumentInfo } from '@kafaat/shared';
import { LoadError } from '../../components/QueryStatus';
import { currentLocale } from '../../i18n';
import { useDecideSuggestion } from './documentsApi';
import { isolate } from './isolate';

type Suggestion = DocumentInfo['suggestions'][number];
type Level = (typeof SKILL_LEVELS)[number];
type Pending = { document: DocumentInfo; suggestion: Suggestion; key: string };

const DEFAULT_LEVEL: Level = 2;

/** Every skill still waiting for the talent's decision, across their documents (newest document first). */
function pendingOf(documents: readonly DocumentInfo[]): Pending[] {
  return documents.flatMap((document) =>
    document.suggestions
      .filter((suggestion) => suggestion.status === 'pending')
      .map((suggestion) => ({ document, suggestion, key: `${document.id}:${suggestion.skillId}` })),
  );
}

/**
 * "We found these skills in your CV": each skill in the talent's language with the words that matched, a level
 * (2 by default) and Add / Dismiss. Nothing is added without a click; "add all" is a shortcut over the same visible
 * list. Decided skills leave the list, focus moves to the next one, and a live region says what happened.
 */
export function SuggestionsPanel({ documents }: { documents: readonly DocumentInfo[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const decide = useDecideSuggestion();
  const panel = useRef<HTMLElement>(null);
  const doneMessage = useRef<HTMLParagraphElement>(null);
  /** Where focus goes once the list no longer shows the skills just decided (their items hold focus until then). */
  const focusAfter = useRef<{ index: number; decided: string[] } | null>(null);
  const [levels, setLevels] = useState<Record<string, Level>>({});
  const [status, setStatus] = useState('');
  const [decidedHere, setDecidedHere] = useState(false);
  const pending = pendingOf(documents);
  const levelOf = (key: string) => levels[key] ?? DEFAULT_LEVEL;

  useEffect(() => {
    const request = focusAfter.current;
    if (!request || pending.some((item) => request.decided.includes(item.key))) return;
    focusAfter.current = null;
    const buttons = panel.current?.querySelectorAll<HTMLButtonElement>('.documents-suggestion__accept') ?? [];
    (buttons[Math.min(request.index, buttons.length - 1)] ?? doneMessage.current)?.focus();
  });

  if (pending.length === 0 && !decidedHere) return null;

  async function decideOne(item: Pending, index: number, decision: 'accept' | 'dismiss') {
    const level = levelOf(item.key);
    try {
      await decide.mutateAsync({ documentId: item.document.id, skill: item.suggestion, decision, level });
    } catch {
      focusAfter.current = { index, decided: [] }; // Back on the skill's Add button, re-enabled; the error is shown below.
      return;
    }
    const skill = isolate(item.suggestion.labels[currentLocale(i18n)]);
    setStatus(decision === 'accept' ? t('documents.suggestions.accepted', { skill, level: t(`documents.levels.${level}`) }) : t('documents.suggestions.dismissed', { skill }));
    setDecidedHere(true);
    focusAfter.current = { index, decided: [item.key] };
  }

  async function acceptAll() {
    const decided: string[] = [];
    for (const item of pending) {
      try {
        await decide.mutateAsync({ documentId: item.document.id, skill: item.suggestion, decision: 'accept', level: levelOf(item.key) });
        decided.push(item.key);
      } catch {
        break; // Stop at the first refusal; the error is shown and the rest stay to decide.
      }
    }
    setStatus(t('documents.suggestions.acceptedAll', { count: decided.length }));
    setDecidedHere(true);
    focusAfter.current = { index: 0, decided };
  }

  const byDocument = documents.filter((document) => pending.some((item) => item.document === document));
  return (
    <section ref={panel} className="panel documents-suggestions" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('documents.suggestions.title')}</h3>
      {pending.length > 0 ? (
        <>
          <p>{t('documents.suggestions.lead')}</p>
          {byDocument.map((document) => (
            <div key={document.id}>
              <h4>{t('documents.suggestions.from', { name: isolate(document.name) })}</h4>
              <ul className="item-list">
                {pending
                  .filter((item) => item.document === document)
                  .map((item) => (
                    <SuggestionItem
                      key={item.key}
                      suggestion={item.suggestion}
                      level={levelOf(item.key)}
                      busy={decide.isPending}
                      onLevel={(level) => setLevels((current) => ({ ...current, [item.key]: level }))}
                      onDecide={(decision) => void decideOne(item, pending.indexOf(item), decision)}
                    />
                  ))}
              </ul>
            </div>
          ))}
          {pending.length > 1 ? (
            <p>
              <button type="button" className="button button--secondary" disabled={decide.isPending} onClick={() => void acceptAll()}>
                {t('documents.suggestions.acceptAll')}
              </button>
            </p>
          ) : null}
        </>
      ) : (
        <p ref={doneMessage} tabIndex={-1}>
          {t('documents.suggestions.allDone')}
        </p>
      )}
      {decide.isError ? <LoadError error={decide.error} /> : null}
      <p role="status" className="documents-status">
        {status}
      </p>
    </section>
  );
}

type ItemProps = {
  suggestion: Suggestion;
  level: Level;
  busy: boolean;
  onLevel(level: Level): void;
  onDecide(decision: 'accept' | 'dismiss'): void;
};

function SuggestionItem({ suggestion, level, busy, onLevel, onDecide }: ItemProps) {
  const { t, i18n } = useTranslation();
  const nameId = useId();
  const levelId = useId();
  const levelLabelId = useId();
  const skill = suggestion.labels[currentLocale(i18n)];
  return (
    <li className="item documents-suggestion" role="group" aria-labelledby={nameId}>
      <p id={nameId} className="item__title">
        {skill}
      </p>
      <p className="item__meta">
        {t('documents.suggestions.matched')} <bdi>{suggestion.matched}</bdi>
      </p>
      <div className="documents-suggestion__controls">
        <div className="field">
          <label id={levelLabelId} className="field__label" htmlFor={levelId}>
            {t('documents.suggestions.level')}
          </label>
          <select
            id={levelId}
            aria-labelledby={`${levelLabelId} ${nameId}`}
            value={level}
            disabled={busy}
            onChange={(event) => onLevel(Number(event.target.value) as Level)}
          >
            {SKILL_LEVELS.map((value) => (
              <option key={value} value={value}>
                {t(`documents.levels.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button
            type="button"
            className="button button--small documents-suggestion__accept"
            aria-label={t('documents.suggestions.acceptNamed', { skill: isolate(skill) })}
            disabled={busy}
            onClick={() => onDecide('accept')}
          >
            {t('documents.suggestions.accept')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={t('documents.suggestions.dismissNamed', { skill: isolate(skill) })}
            disabled={busy}
            onClick={() => onDecide('dismiss')}
          >
            {t('documents.suggestions.dismiss')}
          </button>
        </div>
      </div>
    </li>
  );
}
