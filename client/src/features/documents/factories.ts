/** Test factories: documents and lists as the API returns them, with what a test needs overridden. */
import type { DocumentInfo, DocumentList } from '@kafaat/shared';

type Suggestion = DocumentInfo['suggestions'][number];

/** A skill the server found in a CV, pending the talent's decision. */
export function buildSuggestion(overrides: Partial<Suggestion> = {}): Suggestion {
  return {
    skillId: 'construction.welding',
    labels: { fr: 'Soudure', en: 'Welding', ar: 'اللحام' },
    matched: 'soudure',
    status: 'pending',
    ...overrides,
  };
}

/** A private PDF CV of 240 KB, uploaded in March 2026, with no suggestions. */
export function buildDocument(overrides: Partial<DocumentInfo> = {}): DocumentInfo {
  return {
    id: '65a1b2c3d4e5f60718293a4b',
    kind: 'cv',
    name: 'CV Amina.pdf',
    mime: 'application/pdf',
    size: 240 * 1024,
    shared: false,
    createdAt: '2026-03-12T09:30:00.000Z',
    textExtraction: 'extracted',
    suggestions: [],
    ...overrides,
  };
}

/** GET /me/documents with the server's default limits (10 MB a file, 50 MB and 20 files in all). */
export function buildDocumentList(items: DocumentInfo[] = [], overrides: Partial<DocumentList> = {}): DocumentList {
  return {
    items,
    usage: { bytes: items.reduce((sum, item) => sum + item.size, 0), maxBytes: 50 * 1024 * 1024, count: items.length, maxCount: 20 },
    maxFileBytes: 10 * 1024 * 1024,
    ...overrides,
  };
}
