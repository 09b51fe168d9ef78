/**
 * What a file really is, decided from its first bytes (and, for DOCX, its ZIP directory): the declared content
 * type and the file name are never trusted. Only the four types talents need are recognised; everything else
 * (executables, scripts, HTML, SVG, GIF, other ZIPs, macro-enabled Word files) is "unsupported".
 */
import type { DOCUMENT_MIME_TYPES } from '@kafaat/shared';
import { listZipEntries } from './zip';

/** One of the accepted content types. */
export type DocumentMime = (typeof DOCUMENT_MIME_TYPES)[number];

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' satisfies DocumentMime;

/** The accepted types as people know them, for error messages. */
export const ACCEPTED_TYPES_LABEL = 'PDF, PNG, JPEG, DOCX';

/** File extension of each accepted type, for download names. */
export const EXTENSION_OF: Record<DocumentMime, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  [DOCX_MIME]: 'docx',
};

const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const startsWith = (bytes: Buffer, magic: Buffer) => bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);

/** The content type of `bytes`, or null when it is not one of the accepted types. */
export function sniffDocumentType(bytes: Buffer): DocumentMime | null {
  if (startsWith(bytes, PDF)) return 'application/pdf';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, ZIP) && isDocx(bytes)) return DOCX_MIME;
  return null;
}

/** A Word document: a ZIP listing the package's content types and the main document part, without macros. */
function isDocx(bytes: Buffer): boolean {
  const names = new Set((listZipEntries(bytes) ?? []).map((e) => e.name));
  return names.has('[Content_Types].xml') && names.has('word/document.xml') && !names.has('word/vbaProject.bin');
}
