/**
 * The name a client gave its file, made safe to display and to put in a download header. It is never used as a
 * path: files are stored under random keys (documentStore.ts).
 */
import { EXTENSION_OF, type DocumentMime } from './sniff';

const MAX_LENGTH = 120;
/** C0/C1 controls, and bidi overrides and isolates that could make "exe.pdf" read as "fdp.exe". */
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Basename only, no control characters, no "..", no leading dots, at most 120 characters; "document" if empty. */
export function cleanFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(UNSAFE_CHARS, '')
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s.]+/, '')
    .trim();
  const limited = [...cleaned].slice(0, MAX_LENGTH).join('').trim();
  return limited || 'document';
}

/** The name offered when downloading: the cleaned name, with the extension of the type found in the bytes. */
export function downloadName(name: string, mime: DocumentMime): string {
  const ext = EXTENSION_OF[mime];
  const hasExt = name.toLowerCase().endsWith(`.${ext}`) || (ext === 'jpg' && name.toLowerCase().endsWith('.jpeg'));
  return hasExt ? name : `${name}.${ext}`;
}

/** A Content-Disposition header for an attachment: an ASCII fallback and the exact name (RFC 6266 / 5987). */
export function attachmentHeader(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\%;]/g, '_')
    .trim();
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  // A name with no Latin letters or digits before its extension (Arabic, say) falls back to "document.ext".
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(ascii)?.[0] ?? '';
  const fallback = /[A-Za-z0-9]/.test(ascii.slice(0, ascii.length - ext.length)) ? ascii : `document${ext}`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
