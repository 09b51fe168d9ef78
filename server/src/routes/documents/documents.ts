/**
 * A talent's documents (CVs, certificates, evidence of work): upload, list, edit, delete, download, and answer
 * the skills suggested from a document's text. The type is read from the bytes; files live in the document
 * store under random keys; downloads by others need the owner's consent (shared) and sight of their profile.
 */
import { pipeline } from 'node:stream/promises';
import type { Request, RequestHandler } from 'express';
import {
  DocumentIdParamsSchema,
  DocumentListSchema,
  DocumentSchema,
  DocumentUpdateSchema,
  DocumentUploadFieldsSchema,
  SuggestionDecisionSchema,
  SuggestionParamsSchema,
} from '@kafaat/shared';
import { LIMITS } from '../../auth/rateLimiter';
import { forbidden, notFound } from '../../errors';
import { requireUser } from '../../middlewares/authenticate';
import { rateLimit } from '../../middlewares/rateLimit';
import { Document } from '../../models/Document';
import { Profile } from '../../models/Profile';
import { documentPolicy } from '../../policies/document';
import { attachedForActor } from '../../services/documents/attachmentAccess';
import { presentDocument, presentDocuments } from '../../presenters/document';
import { audit } from '../../services/audit/auditLogger';
import type { ServiceContext } from '../../services/context';
import '../../services/documents/accountHooks';
import { deleteDocument } from '../../services/documents/documentDeleter';
import { updateDocument } from '../../services/documents/documentUpdater';
import { DOCUMENTS_MAX_COUNT, documentUsage, uploadDocument } from '../../services/documents/documentUploader';
import { decideSuggestion } from '../../services/documents/suggestionDecider';
import { documentStoreFor } from '../../storage/documentStore';
import { attachmentHeader, downloadName } from '../../storage/fileName';
import { ACCEPTED_TYPES_LABEL } from '../../storage/sniff';
import { defineRoute } from '../define';
import { signedInActor } from '../signedIn';
import { UPLOAD_FIELD, requireFile, uploadParser } from './upload';

/** Refuses non-talents before their upload is read. */
const talentsOnly: RequestHandler = async (req, _res, next) => {
  if (!documentPolicy.canUpload(await signedInActor(req))) throw forbidden('Only talents can upload documents.');
  next();
};

const userKey = (req: Request) => String(req.user?._id);

export function documentRoutes(ctx: ServiceContext) {
  const tags = ['documents'];
  const store = documentStoreFor(ctx.config);
  return [
    defineRoute({
      method: 'post',
      path: '/me/documents',
      summary: `Upload a document (${ACCEPTED_TYPES_LABEL}; the type is read from the content); skills are suggested from a CV's text`,
      tags,
      before: [requireUser, rateLimit('document-upload', LIMITS.documentUploadsPerTalent, userKey), talentsOnly, uploadParser(ctx.config)],
      multipartFile: UPLOAD_FIELD,
      request: { body: DocumentUploadFieldsSchema },
      responses: {
        201: { description: 'Stored; `suggestions` lists skills found in its text', schema: DocumentSchema },
        400: { description: 'No file, or bad fields (validation_failed)' },
        403: { description: 'Not a talent' },
        409: { description: 'The documents would exceed the talent’s space or number of files (quota_exceeded)' },
        413: { description: 'The file is larger than UPLOAD_MAX_BYTES (file_too_large)' },
        415: { description: 'Not a PDF, PNG, JPEG or DOCX (unsupported_file_type)' },
        429: { description: 'Too many uploads' },
      },
      handler: async (req, res) => {
        const file = requireFile(req.file);
        const actor = await signedInActor(req);
        const doc = await uploadDocument({ ctx, actor, file, fields: req.input.body });
        await audit(req, { action: 'document.uploaded', targetType: 'document', targetId: doc._id });
        res.status(201).json(await presentDocument(doc));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/me/documents',
      summary: 'The signed-in talent’s documents, newest first, with the space they use',
      tags,
      before: [requireUser],
      responses: { 200: { description: 'Documents and quota', schema: DocumentListSchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const docs = await Document.find(documentPolicy.scope(actor), { text: 0 }).sort({ _id: -1 }).lean();
        const usage = await documentUsage(actor.id);
        res.json({
          items: await presentDocuments(docs),
          usage: { bytes: usage.bytes, maxBytes: ctx.config.UPLOAD_QUOTA_BYTES, count: usage.count, maxCount: DOCUMENTS_MAX_COUNT },
          maxFileBytes: ctx.config.UPLOAD_MAX_BYTES,
        });
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/me/documents/:id',
      summary: 'Change a document’s kind, or whether people who may see the profile may download it',
      tags,
      before: [requireUser],
      request: { params: DocumentIdParamsSchema, body: DocumentUpdateSchema },
      responses: { 200: { description: 'The document', schema: DocumentSchema }, 404: { description: 'No such document of this talent' } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const doc = await updateDocument({ actor, documentId: req.input.params.id, changes: req.input.body });
        res.json(await presentDocument(doc));
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/me/documents/:id',
      summary: 'Delete a document (the file, its record, and its citations as evidence of skills)',
      tags,
      before: [requireUser],
      request: { params: DocumentIdParamsSchema },
      responses: { 204: { description: 'Deleted' }, 404: { description: 'No such document of this talent' } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        await deleteDocument({ ctx, actor, documentId: req.input.params.id });
        await audit(req, { action: 'document.deleted', targetType: 'document', targetId: req.input.params.id });
        res.status(204).end();
      },
    }),
    defineRoute({
      method: 'post',
      path: '/me/documents/:id/suggestions/:skillId',
      summary: 'Accept (adds the skill to the profile) or dismiss a skill suggested from a document',
      tags,
      before: [requireUser],
      request: { params: SuggestionParamsSchema, body: SuggestionDecisionSchema },
      responses: {
        200: { description: 'The document with the suggestion answered', schema: DocumentSchema },
        404: { description: 'No such document or suggestion' },
        409: { description: 'Already answered' },
      },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const { id, skillId } = req.input.params;
        const doc = await decideSuggestion({ actor, talentKind: req.user!.talentKind ?? null, documentId: id, skillId, ...req.input.body });
        res.json(await presentDocument(doc));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/documents/:id/file',
      summary: 'Download a document: its owner, or someone who may see the owner’s profile if the owner shared it',
      tags,
      before: [requireUser],
      request: { params: DocumentIdParamsSchema },
      responses: { 200: { description: 'The file, as an attachment, with the type read from its content' }, 404: { description: 'No such document, or not yours to see' } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const doc = await Document.findById(req.input.params.id, { text: 0 }).lean();
        const isOwner = !!doc && String(doc.ownerId) === actor.id;
        const profile = doc && !isOwner ? await Profile.findById(doc.ownerId, { visibility: 1 }).lean() : null;
        const attached = !!doc && !isOwner && (await attachedForActor(actor, doc));
        if (!doc || !documentPolicy.can(actor, 'download', doc, profile, attached)) throw notFound('Document');
        const file = await store.get(doc.storageKey).catch((err: NodeJS.ErrnoException) => {
          if (err.code !== 'ENOENT') throw err;
          req.log.warn({ documentId: String(doc._id) }, 'document file missing from the store');
          throw notFound('Document');
        });
        if (!isOwner) await audit(req, { action: 'document.downloaded', targetType: 'document', targetId: doc._id });
        res.status(200).set({
          'Content-Type': doc.mime,
          'Content-Length': String(doc.size),
          'Content-Disposition': attachmentHeader(downloadName(doc.name, doc.mime)),
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'private, no-store',
          // Opened directly anyway, the file can run nothing and load nothing.
          'Content-Security-Policy': "default-src 'none'; sandbox",
        });
        await pipeline(file, res);
      },
    }),
  ];
}
