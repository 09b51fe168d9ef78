/**
 * The talent's documents over the API: the list with its quota, uploads (with progress), sharing, deletion, and
 * decisions on the skills found in a CV. Every answer that returns a document replaces it in the cached list, so
 * the screen changes at once; anything that changes what the profile shows (a CV for completeness, shared
 * documents, an accepted skill) also refreshes the cached profile.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { DocumentListSchema, DocumentSchema, type DocumentInfo, type DocumentKind, type DocumentList } from '@kafaat/shared';
import { ApiError } from '../../api/client';
import { refreshSession, sessionQuery, sessionQueryKey } from '../../api/session';
import { useApi } from '../../api/useApi';
import { profileKeys, rememberSkillLabels } from '../profile/profileApi';
import { uploadDocument, type DocumentUpload, type UploadProgress } from './uploadDocument';

/** Query keys of this feature, beside the account's other lists under ['me']. */
export const documentKeys = {
  list: ['me', 'documents'] as const,
};

/** GET /me/documents: newest first, with the space used and the largest file accepted. */
export function useDocuments() {
  const api = useApi();
  return useQuery({
    queryKey: documentKeys.list,
    queryFn: async ({ signal }): Promise<DocumentList> => DocumentListSchema.parse(await api.get('/me/documents', signal)),
  });
}

function updateList(queryClient: QueryClient, change: (items: DocumentInfo[]) => DocumentInfo[]): void {
  queryClient.setQueryData<DocumentList>(documentKeys.list, (list) => (list ? { ...list, items: change(list.items) } : list));
}

function replaceDocument(queryClient: QueryClient, document: DocumentInfo): void {
  updateList(queryClient, (items) => items.map((item) => (item.id === document.id ? document : item)));
}

/** The own profile and its preview (same key prefix): completeness counts a CV, the preview lists shared documents. */
function refreshProfile(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: profileKeys.own });
}

function isCode(error: unknown, status: number, code: string): boolean {
  return error instanceof ApiError && error.status === status && error.code === code;
}

/** What the upload form passes: the choice, and where to report progress and cancellation. */
export type UploadRequest = DocumentUpload & { onProgress: (progress: UploadProgress) => void; signal: AbortSignal };

/**
 * POST /me/documents with progress. Like the API client, it sends the session's CSRF token and tries once more
 * with a fresh one when the server says it expired, and refreshes the session on a 401.
 */
export function useUploadDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ onProgress, signal, ...upload }: UploadRequest): Promise<DocumentInfo> => {
      const session = queryClient.getQueryData(sessionQuery.queryKey) ?? (await queryClient.fetchQuery(sessionQuery));
      try {
        return await uploadDocument(upload, { csrfToken: session.csrfToken, onProgress, signal });
      } catch (error) {
        if (isCode(error, 403, 'csrf_invalid')) {
          const fresh = await refreshSession(queryClient);
          return uploadDocument(upload, { csrfToken: fresh.csrfToken, onProgress, signal });
        }
        if (isCode(error, 401, 'unauthenticated')) void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
        throw error;
      }
    },
    onSuccess: (document) => {
      updateList(queryClient, (items) => [document, ...items.filter((item) => item.id !== document.id)]);
      void queryClient.invalidateQueries({ queryKey: documentKeys.list }); // The new usage figures.
      void refreshProfile(queryClient);
    },
    onError: (error) => {
      // Out of space by the server's count: the figures quoted in the message must be the current ones.
      if (error instanceof ApiError && error.code === 'quota_exceeded') void queryClient.invalidateQueries({ queryKey: documentKeys.list });
    },
  });
}

/** PATCH /me/documents/:id: its kind, or whether people who may see the profile may download it. */
export function useUpdateDocument() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...patch }: { id: string; kind?: DocumentKind; shared?: boolean }) =>
      DocumentSchema.parse(await api.patch(`/me/documents/${encodeURIComponent(id)}`, patch)),
    onSuccess: (document) => {
      replaceDocument(queryClient, document);
      void refreshProfile(queryClient);
    },
  });
}

/** DELETE /me/documents/:id; skills already accepted from it stay on the profile. */
export function useDeleteDocument() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (document: DocumentInfo) => {
      await api.delete(`/me/documents/${encodeURIComponent(document.id)}`);
      return document;
    },
    onSuccess: (document) => {
      updateList(queryClient, (items) => items.filter((item) => item.id !== document.id));
      void queryClient.invalidateQueries({ queryKey: documentKeys.list }); // The new usage figures.
      void refreshProfile(queryClient);
    },
  });
}

/** One decision on a skill found in a document; `level` (1–4) only when accepting. */
export type SuggestionDecision = {
  documentId: string;
  skill: DocumentInfo['suggestions'][number];
  decision: 'accept' | 'dismiss';
  level?: number;
};

/** POST /me/documents/:id/suggestions/:skillId. Accepting adds the skill to the profile on the server. */
export function useDecideSuggestion() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ documentId, skill, decision, level }: SuggestionDecision) => {
      const path = `/me/documents/${encodeURIComponent(documentId)}/suggestions/${encodeURIComponent(skill.skillId)}`;
      return DocumentSchema.parse(await api.post(path, decision === 'accept' ? { decision, level } : { decision }));
    },
    onSuccess: (document, { skill, decision }) => {
      replaceDocument(queryClient, document);
      if (decision !== 'accept') return;
      rememberSkillLabels(queryClient, skill.skillId, skill.labels); // The editor names the new skill without asking.
      void refreshProfile(queryClient);
    },
  });
}
