/**
 * The pipeline over the API: an opportunity's board (columns per stage, each paged on its own), the talent's
 * applications, one application, and stage moves. An answer that returns an application is written everywhere
 * the application is cached (its page, its card on the board, the talent's list), so every screen agrees at once.
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import {
  ApplicationBoardSchema,
  ApplicationSchema,
  type Application,
  type ApplicationBoard,
  type ApplicationStage,
} from '@kafaat/shared';
import { parsePage, queryString, type Page } from '../../api/parse';
import { useApi } from '../../api/useApi';

/** Query keys: the board sits under its opportunity, the talent's list beside their other lists under ['me']. */
export const applicationKeys = {
  board: (opportunityId: string) => ['opportunities', opportunityId, 'board'] as const,
  mine: ['me', 'applications'] as const,
  detail: (id: string) => ['applications', id] as const,
};

/** Cards per column on the board, and per "load more". */
export const BOARD_PAGE = 25;
/** Applications per page of the talent's list. */
const MINE_PAGE = 20;

/** GET /opportunities/:id/applications: every column with its first cards. */
export function useBoard(opportunityId: string, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: applicationKeys.board(opportunityId),
    queryFn: async ({ signal }): Promise<ApplicationBoard> =>
      ApplicationBoardSchema.parse(await api.get(`/opportunities/${encodeURIComponent(opportunityId)}/applications${queryString({ limit: BOARD_PAGE })}`, signal)),
    enabled,
  });
}

/** The next cards of one column, appended to the cached board. */
export function useLoadMoreColumn(opportunityId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ stage, cursor }: { stage: ApplicationStage; cursor: string }) => {
      const query = queryString({ stage, cursor, limit: BOARD_PAGE });
      const board = ApplicationBoardSchema.parse(await api.get(`/opportunities/${encodeURIComponent(opportunityId)}/applications${query}`));
      return board.columns.find((column) => column.stage === stage) ?? { stage, count: 0, items: [], nextCursor: null };
    },
    onSuccess: (more) => {
      queryClient.setQueryData<ApplicationBoard>(applicationKeys.board(opportunityId), (board) =>
        board
          ? {
              columns: board.columns.map((column) => {
                if (column.stage !== more.stage) return column;
                const shown = new Set(column.items.map((item) => item.id));
                return { ...column, count: more.count, items: [...column.items, ...more.items.filter((item) => !shown.has(item.id))], nextCursor: more.nextCursor };
              }),
            }
          : board,
      );
    },
  });
}

/** GET /me/applications (talents): most recently changed first. */
export function useMyApplications() {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: applicationKeys.mine,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }): Promise<Page<Application>> =>
      parsePage(ApplicationSchema, await api.get(`/me/applications${queryString({ cursor: pageParam, limit: MINE_PAGE })}`, signal)),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** GET /applications/:id (its talent and the opportunity's managers). */
export function useApplication(id: string, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: applicationKeys.detail(id),
    queryFn: async ({ signal }) => ApplicationSchema.parse(await api.get(`/applications/${encodeURIComponent(id)}`, signal)),
    enabled,
  });
}

/** The board with `application` in the column of its stage (first), out of any other, counts adjusted. */
export function placeOnBoard(board: ApplicationBoard, application: Application): ApplicationBoard {
  return {
    columns: board.columns.map((column) => {
      const had = column.items.some((item) => item.id === application.id);
      const items = column.items.filter((item) => item.id !== application.id);
      if (column.stage === application.stage) {
        return { ...column, items: [application, ...items], count: had ? column.count : column.count + 1 };
      }
      return had ? { ...column, items, count: Math.max(0, column.count - 1) } : column;
    }),
  };
}

/** Writes a fresh copy of an application wherever it is cached. */
export function rememberApplication(queryClient: QueryClient, application: Application): void {
  queryClient.setQueryData(applicationKeys.detail(application.id), application);
  queryClient.setQueryData<ApplicationBoard>(applicationKeys.board(application.opportunity.id), (board) => (board ? placeOnBoard(board, application) : board));
  queryClient.setQueryData<InfiniteData<Page<Application>>>(applicationKeys.mine, (data) =>
    data ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => (item.id === application.id ? application : item)) })) } : data,
  );
  void queryClient.invalidateQueries({ queryKey: applicationKeys.mine, refetchType: 'none' });
}

/** POST /applications/:id/stage: a move on the viewer's side of the pipeline, with an optional note for the history. */
export function useMoveStage() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, stage, note = '' }: { id: string; stage: ApplicationStage; note?: string }): Promise<Application> =>
      ApplicationSchema.parse(await api.post(`/applications/${encodeURIComponent(id)}/stage`, { stage, note })),
    onSuccess: (application) => rememberApplication(queryClient, application),
  });
}
