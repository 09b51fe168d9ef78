/**
 * The keyboard way to move a candidate (dragging on the board is the optional other): a labelled "Move to" list
 * of the stages the manager may choose now (`allowedMoves`) and a button. Confirming a mission needs its dates,
 * so that move is a link to the confirmation form instead. With `withNote`, a note for the history (shown to
 * the talent too) goes along.
 */
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Application, ApplicationStage } from '@kafaat/shared';
import { applicationPath } from '../../routes/paths';
import { directMoves } from './stages';

type MoveControlProps = {
  application: Application;
  /** Called with the chosen stage (and note); the parent sends it and reports the outcome. */
  onMove(stage: ApplicationStage, note: string): void;
  pending: boolean;
  withNote?: boolean;
};

export function MoveControl({ application, onMove, pending, withNote = false }: MoveControlProps) {
  const { t } = useTranslation();
  const id = useId();
  const [stage, setStage] = useState<ApplicationStage | ''>('');
  const [note, setNote] = useState('');
  const moves = directMoves(application.allowedMoves);
  const name = application.talent.displayName;
  const canConfirm = application.allowedMoves.includes('confirmed');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (stage === '') return;
    onMove(stage, note.trim());
    setStage('');
    setNote('');
  }

  if (moves.length === 0 && !canConfirm) return <p className="field__hint">{t('applications.move.none')}</p>;
  return (
    <div className="move-control">
      {moves.length > 0 ? (
        <form className="move-control__form" onSubmit={onSubmit}>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-stage`}>
              {t('applications.move.to')}
              <span className="visually-hidden"> ({name})</span>
            </label>
            <select id={`${id}-stage`} value={stage} onChange={(event) => setStage(event.target.value as ApplicationStage | '')}>
              <option value="">{t('applications.move.choose')}</option>
              {moves.map((move) => (
                <option key={move} value={move}>
                  {t(`applications.stages.${move}`)}
                </option>
              ))}
            </select>
          </div>
          {withNote ? (
            <div className="field">
              <label className="field__label" htmlFor={`${id}-note`}>
                {t('applications.move.note')} <span className="field__optional">{t('common.optional')}</span>
              </label>
              <p id={`${id}-note-hint`} className="field__hint">
                {t('applications.move.noteHint')}
              </p>
              <textarea id={`${id}-note`} rows={2} maxLength={500} dir="auto" aria-describedby={`${id}-note-hint`} value={note} onChange={(event) => setNote(event.target.value)} />
            </div>
          ) : null}
          <p>
            <button type="submit" className="button button--small" disabled={pending || stage === ''}>
              {t('applications.move.submit')}
              <span className="visually-hidden"> ({name})</span>
            </button>
          </p>
        </form>
      ) : null}
      {canConfirm ? (
        <p>
          <Link to={applicationPath(application.id, 'confirmation')}>
            {t('missions.confirm.link')}
            <span className="visually-hidden"> ({name})</span>
          </Link>
        </p>
      ) : null}
    </div>
  );
}
