/**
 * Saved talent searches over the API: the owner's list (newest first, paged), saving the current search, and
 * renaming, turning alerts on or off, or deleting one. Every change updates the cached list in place, so the
 * page shows it at once without asking the server again.
 */
import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { SavedSearchPageSchema, SavedSearchSchema, type SavedSearch, type SavedSearchFilterKey, type SavedSearchPage } from '@kafaat/shared';
import { queryString } from '../../api/parse';
import { useApi } from '../../api/useApi';

const LIST_PAGE = 20;

export const savedSearchKeys = {
  all: ['saved-searches'] as const,
  list: ['saved-searches', 'list'] as const,
};

type Pages = InfiniteData<SavedSearchPage, string | undefined>;

/** Changes every cached page of the list. */
function updateList(queryClient: QueryClient, change: (items: SavedSearch[], pageIndex: number) => SavedSearch[]): void {
  queryClient.setQueryData<Pages>(savedSearchKeys.list, (data) => (data ? { ...data, pages: data.pages.map((page, index) => ({ ...page, items: change(page.items, index) })) } : data));
}

/** GET /saved-searches, newest first, 20 at a time. */
export function useSavedSearches() {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: savedSearchKeys.list,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }): Promise<SavedSearchPage> =>
      SavedSearchPageSchema.parse(await api.get(`/saved-searches${queryString({ cursor: pageParam, limit: LIST_PAGE })}`, signal)),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** What POST /saved-searches takes: the filters as the talent search's query parameters (savedSearchParams). */
export type NewSavedSearch = { name: string; filters: Partial<Record<SavedSearchFilterKey, string>>; alerts: boolean };

/** POST /saved-searches; the new search heads the list. */
export function useCreateSavedSearch() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewSavedSearch) => SavedSearchSchema.parse(await api.post('/saved-searches', body)),
    onSuccess: (saved) => updateList(queryClient, (items, pageIndex) => (pageIndex === 0 ? [saved, ...items.filter((item) => item.id !== saved.id)] : items)),
  });
}

/** PATCH /saved-searches/:id with a new name or the alerts turned on or off. */
export function useUpdateSavedSearch() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...changes }: { id: string; name?: string; alerts?: boolean }) =>
      SavedSearchSchema.parse(await api.patch(`/saved-searches/${encodeURIComponent(id)}`, changes)),
    onSuccess: (saved) => updateList(queryClient, (items) => items.map((item) => (item.id === saved.id ? saved : item))),
  });
}

/** DELETE /saved-searches/:id. */
export function useDeleteSavedSearch() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (search: Pick<SavedSearch, 'id' | 'name'>) => {
      await api.delete(`/saved-searches/${encodeURIComponent(search.id)}`);
      return search;
    },
    onSuccess: (search) => updateList(queryClient, (items) => items.filter((item) => item.id !== search.id)),
  });
}
