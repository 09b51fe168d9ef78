import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, ApplicationBoard } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';
import type { BoardMove } from './Board';
import { BoardCard } from './BoardCard';

type Column = ApplicationBoard['columns'][number];

type BoardColumnProps = {
  column: Column;
  pending: boolean;
  onMove: BoardMove;
  focusId: string | null;
  onFocused(): void;
  dragged: Application | null;
  onDrag(application: Application | null): void;
  loadingMore: boolean;
  onLoadMore(cursor: string): void;
};

/** One stage: its name and count, its cards, "load more" when it holds more than shown; a drop target for cards. */
export function BoardColumn({ column, pending, onMove, focusId, onFocused, dragged, onDrag, loadingMore, onLoadMore }: BoardColumnProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const [over, setOver] = useState(false);
  const stageName = t(`applications.stages.${column.stage}`);
  const droppable = dragged !== null && dragged.stage !== column.stage;
  const allowed = droppable && dragged.allowedMoves.includes(column.stage);

  function onDragOver(event: DragEvent<HTMLElement>) {
    if (!droppable) return;
    event.preventDefault(); // Accepts the drop; the server decides whether the move is allowed.
    event.dataTransfer.dropEffect = 'move';
    setOver(true);
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setOver(false);
    if (dragged && droppable) onMove(dragged, column.stage);
    onDrag(null);
  }

  return (
    <section
      className="board-column"
      aria-labelledby={headingId}
      data-stage={column.stage}
      data-drop={droppable ? (allowed ? 'allowed' : 'refused') : undefined}
      data-over={over || undefined}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h2 id={headingId} className="board-column__title">
        {stageName} <span className="board-column__count">({format.number(column.count)})</span>
      </h2>
      {column.items.length === 0 ? (
        <p className="board-column__empty">{t('applications.board.columnEmpty')}</p>
      ) : (
        <ul className="board-column__cards" aria-labelledby={headingId}>
          {column.items.map((application) => (
            <BoardCard
              key={application.id}
              application={application}
              pending={pending}
              onMove={onMove}
              focus={focusId === application.id}
              onFocused={onFocused}
              onDragStart={() => onDrag(application)}
              onDragEnd={() => onDrag(null)}
            />
          ))}
        </ul>
      )}
      {column.nextCursor ? (
        <p>
          <button type="button" className="button button--secondary button--small" disabled={loadingMore} onClick={() => onLoadMore(column.nextCursor!)}>
            {loadingMore ? t('common.loadingMore') : t('applications.board.loadMore', { shown: format.number(column.items.length), total: format.number(column.count) })}
            <span className="visually-hidden"> ({stageName})</span>
          </button>
        </p>
      ) : null}
    </section>
  );
}
