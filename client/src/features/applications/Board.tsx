/**
 * An opportunity's pipeline as columns per stage, with each column's count and "load more". Candidates move with
 * the keyboard ("Move to…" on each card) or by dragging a card onto another column; either way the server
 * decides, the columns change from its answer, focus follows the card to its new column and the move is
 * announced. A refused move is told in the reader's language and the board is reloaded from the server.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Application, ApplicationBoard, ApplicationStage, OpportunityType } from '@kafaat/shared';
import { ApiError } from '../../api/client';
import { LoadError, Loading } from '../../components/QueryStatus';
import { StatusLine } from '../../components/StatusLine';
import { applicationPath } from '../../routes/paths';
import { applicationKeys, useBoard, useLoadMoreColumn, useMoveStage } from './applicationsApi';
import { BoardColumn } from './BoardColumn';
import { usePipelineError } from './pipelineErrors';
import { boardStages } from './stages';

export type BoardMove = (application: Application, stage: ApplicationStage, note?: string) => void;

export function Board({ opportunityId, type }: { opportunityId: string; type: OpportunityType }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const board = useBoard(opportunityId);
  const moveStage = useMoveStage();
  const loadMore = useLoadMoreColumn(opportunityId);
  const describe = usePipelineError();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dragged, setDragged] = useState<Application | null>(null);

  const move: BoardMove = (application, stage, note = '') => {
    if (stage === application.stage) return;
    if (stage === 'confirmed') {
      void navigate(applicationPath(application.id, 'confirmation'));
      return;
    }
    setAnnouncement(null);
    setFailure(null);
    moveStage.mutate(
      { id: application.id, stage, note },
      {
        onSuccess: (moved) => {
          setFocusId(moved.id);
          setAnnouncement(t('applications.board.moved', { name: moved.talent.displayName, stage: t(`applications.stages.${moved.stage}`) }));
        },
        onError: (error) => {
          setFailure(t('applications.board.moveFailed', { name: application.talent.displayName, reason: describe(error, 'stage') }));
          // Someone else moved it meanwhile: show where it stands now.
          if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: applicationKeys.board(opportunityId) });
        },
      },
    );
  };

  if (board.isPending) return <Loading />;
  if (board.isError) return <LoadError error={board.error} onRetry={() => void board.refetch()} />;
  const columns = columnsByStage(board.data);
  const total = board.data.columns.reduce((sum, column) => sum + column.count, 0);

  return (
    <div className="board">
      <StatusLine message={announcement} />
      {failure ? (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      ) : null}
      <p className="field__hint">{total === 0 ? t('applications.board.empty') : t('applications.board.howToMove')}</p>
      <div className="board__columns">
        {boardStages(type).map((stage) => (
          <BoardColumn
            key={stage}
            column={columns.get(stage) ?? { stage, count: 0, items: [], nextCursor: null }}
            pending={moveStage.isPending}
            onMove={move}
            focusId={focusId}
            onFocused={() => setFocusId(null)}
            dragged={dragged}
            onDrag={setDragged}
            loadingMore={loadMore.isPending && loadMore.variables?.stage === stage}
            onLoadMore={(cursor) => loadMore.mutate({ stage, cursor })}
          />
        ))}
      </div>
      {loadMore.isError ? <LoadError error={loadMore.error} /> : null}
    </div>
  );
}

function columnsByStage(board: ApplicationBoard) {
  return new Map(board.columns.map((column) => [column.stage, column]));
}
