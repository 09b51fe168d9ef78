/**
 * What a talent can do with their application now (its `allowedMoves`): accept or decline an invitation, or
 * withdraw. Declining and withdrawing end the application, so each asks first, in place, with an optional word
 * for the organisation that stays in the history. Refusals are told in the reader's language.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, ApplicationStage } from '@kafaat/shared';
import { StatusLine } from '../../components/StatusLine';
import { useMoveStage } from './applicationsApi';
import { usePipelineError } from './pipelineErrors';

type Ending = Extract<ApplicationStage, 'declined' | 'withdrawn'>;

/** Stages after which nothing more happens to an application. */
const CLOSED: readonly ApplicationStage[] = ['declined', 'withdrawn', 'completed'];

/** `explainNone`: when there is nothing to do now, say why (on the application's own page). */
export function TalentActions({ application, explainNone = false }: { application: Application; explainNone?: boolean }) {
  const { t } = useTranslation();
  const move = useMoveStage();
  const describe = usePipelineError();
  const noteId = useId();
  const [asking, setAsking] = useState<Ending | null>(null);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (!refocus) return;
    setRefocus(false);
    opener.current?.focus(); // Back on the button that opened the question, once it is shown again.
  }, [refocus]);
  const moves = application.allowedMoves;
  const invited = application.stage === 'invited';
  const canAccept = invited && moves.includes('applied');
  const canDecline = invited && moves.includes('declined');
  const canWithdraw = moves.includes('withdrawn');

  function send(stage: ApplicationStage, message: string) {
    setDone(null);
    move.mutate(
      { id: application.id, stage, note: stage === 'applied' ? '' : note.trim() },
      {
        onSuccess: () => {
          setAsking(null);
          setNote('');
          setDone(message);
        },
      },
    );
  }

  function cancel() {
    setAsking(null);
    setNote('');
    setRefocus(true);
  }

  const status = <StatusLine message={done} />;
  if (!canAccept && !canDecline && !canWithdraw) {
    return (
      <>
        {status}
        {explainNone ? <p className="field__hint">{CLOSED.includes(application.stage) ? t('applications.talent.nothingClosed') : t('applications.talent.nothingYet')}</p> : null}
      </>
    );
  }
  return (
    <div className="talent-actions">
      {status}
      {move.isError ? (
        <p className="notice notice--error" role="alert">
          {describe(move.error, 'stage')}
        </p>
      ) : null}
      {asking ? (
        <div className="notice notice--warning talent-actions__confirm" role="group" aria-labelledby={`${noteId}-question`}>
          <p id={`${noteId}-question`}>
            <strong>{asking === 'declined' ? t('applications.talent.declineQuestion') : t('applications.talent.withdrawQuestion')}</strong>
          </p>
          <p>{asking === 'declined' ? t('applications.talent.declineExplain') : t('applications.talent.withdrawExplain')}</p>
          <div className="field">
            <label className="field__label" htmlFor={noteId}>
              {t('applications.talent.note')} <span className="field__optional">{t('common.optional')}</span>
            </label>
            <textarea id={noteId} rows={3} maxLength={500} dir="auto" value={note} onChange={(event) => setNote(event.target.value)} autoFocus />
          </div>
          <p className="actions">
            <button
              type="button"
              className="button button--danger"
              disabled={move.isPending}
              onClick={() => send(asking, asking === 'declined' ? t('applications.talent.declined') : t('applications.talent.withdrawn'))}
            >
              {asking === 'declined' ? t('applications.talent.declineConfirm') : t('applications.talent.withdrawConfirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={cancel}>
              {t('common.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <p className="actions">
          {canAccept ? (
            <button type="button" className="button" disabled={move.isPending} onClick={() => send('applied', t('applications.talent.accepted'))}>
              {t('applications.talent.accept')}
            </button>
          ) : null}
          {canDecline ? (
            <button ref={opener} type="button" className="button button--secondary" onClick={() => setAsking('declined')}>
              {t('applications.talent.decline')}
            </button>
          ) : null}
          {canWithdraw && !invited ? (
            <button ref={opener} type="button" className="button button--secondary" onClick={() => setAsking('withdrawn')}>
              {t('applications.talent.withdraw')}
            </button>
          ) : null}
        </p>
      )}
    </div>
  );
}
