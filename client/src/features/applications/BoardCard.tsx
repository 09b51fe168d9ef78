import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Application } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';
import { applicationPath, talentPath } from '../../routes/paths';
import type { BoardMove } from './Board';
import { MoveControl } from './MoveControl';

type BoardCardProps = {
  application: Application;
  pending: boolean;
  onMove: BoardMove;
  /** Take focus (after this card was moved here), then call `onFocused`. */
  focus: boolean;
  onFocused(): void;
  onDragStart(): void;
  onDragEnd(): void;
};

/** A candidate on the board: name (to their profile), headline, last change, the application, and "Move to…". */
export function BoardCard({ application, pending, onMove, focus, onFocused, onDragStart, onDragEnd }: BoardCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const ref = useRef<HTMLLIElement>(null);
  const { talent } = application;

  useEffect(() => {
    if (!focus) return;
    ref.current?.focus();
    onFocused();
  }, [focus, onFocused]);

  return (
    <li
      ref={ref}
      tabIndex={-1}
      className="board-card"
      draggable={application.allowedMoves.length > 0}
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', application.id);
        onDragStart();
      }}
      onDragEnd={onDragEnd}
    >
      <p className="board-card__name">
        <Link to={talentPath(talent.id)}>{talent.displayName}</Link>
      </p>
      {talent.headline ? (
        <p className="board-card__meta" dir="auto">
          {talent.headline}
        </p>
      ) : null}
      <p className="board-card__meta">{t('applications.board.updated', { date: format.date(application.updatedAt) })}</p>
      <p>
        <Link to={applicationPath(application.id)}>
          {t('applications.board.open')}
          <span className="visually-hidden"> ({talent.displayName})</span>
        </Link>
      </p>
      <MoveControl application={application} pending={pending} onMove={(stage) => onMove(application, stage)} />
    </li>
  );
}
