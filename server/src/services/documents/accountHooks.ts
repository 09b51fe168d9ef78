/**
 * What the documents feature adds to "delete my account" and "download my data". Imported by the documents
 * routes, so the app registers both when it mounts them.
 */
import { registerErasureStep } from '../accounts/accountEraser';
import { registerExportSection } from '../accounts/accountExporter';
import { Document } from '../../models/Document';
import { documentStoreFor } from '../../storage/documentStore';

// Files first, then records: a retry after a failure finds the records and deletes the (missing) files again.
registerErasureStep('documents', async ({ ctx, userId }) => {
  const store = documentStoreFor(ctx.config);
  const docs = await Document.find({ ownerId: userId }, { storageKey: 1 }).lean();
  for (const doc of docs) await store.delete(doc.storageKey);
  await Document.deleteMany({ ownerId: userId });
});

// What is known about each file; the files themselves are downloaded one by one, the text read from them is not
// repeated (it is in the files).
registerExportSection('documents', async ({ user }) => {
  const docs = await Document.find({ ownerId: user._id }, { text: 0, storageKey: 0 }).sort({ _id: 1 }).lean();
  return docs.map((doc) => ({
    id: String(doc._id),
    kind: doc.kind,
    name: doc.name,
    mime: doc.mime,
    size: doc.size,
    sha256: doc.sha256,
    shared: doc.shared,
    textExtraction: doc.textExtraction,
    suggestions: doc.suggestions.map((s) => ({ skillId: s.skillId, matched: s.matched, status: s.status })),
    createdAt: doc.createdAt.toISOString(),
  }));
});
