/**
 * The plain text of an uploaded PDF or DOCX, for suggesting skills. Bounded in every direction: PDFs are read in
 * a worker thread that is stopped after a time limit and has its own memory ceiling; a DOCX's main part is
 * inflated with a hard cap (zip bombs stop there); the text kept is capped. A file that cannot be read is
 * "failed", never an error: the upload itself succeeds.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DOCX_MIME, type DocumentMime } from '../../storage/sniff';
import { listZipEntries, readZipEntry } from '../../storage/zip';

/** Characters of text kept per document (a long CV has about 20,000). */
export const TEXT_MAX_CHARS = 200_000;
const PDF_TIMEOUT_MS = 20_000;
const PDF_MAX_PAGES = 100;
const PDF_WORKER_MEMORY_MB = 256;
/** Largest word/document.xml inflated; a 10 MiB DOCX of text is far below. */
const DOCX_XML_MAX_BYTES = 32 * 1024 * 1024;
const WORKER_FILE = path.join(__dirname, 'pdfTextWorker.mjs');

export interface ExtractedText {
  status: 'extracted' | 'failed' | 'not-applicable';
  text: string;
}

export interface ExtractOptions {
  /** Milliseconds a PDF may take; 20 s by default. */
  timeoutMs?: number;
}

/** Never rejects: `failed` carries an empty text. */
export async function extractText(mime: DocumentMime, bytes: Buffer, options: ExtractOptions = {}): Promise<ExtractedText> {
  if (mime !== 'application/pdf' && mime !== DOCX_MIME) return { status: 'not-applicable', text: '' };
  try {
    const raw = mime === 'application/pdf' ? await extractPdfText(bytes, options.timeoutMs ?? PDF_TIMEOUT_MS) : extractDocxText(bytes);
    return { status: 'extracted', text: raw.replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim().slice(0, TEXT_MAX_CHARS) };
  } catch {
    return { status: 'failed', text: '' };
  }
}

/** Text of a PDF, read by pdf.js in a worker thread that is terminated after `timeoutMs`. */
export function extractPdfText(bytes: Buffer, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, {
      workerData: { data: new Uint8Array(bytes), maxPages: PDF_MAX_PAGES, maxChars: TEXT_MAX_CHARS },
      resourceLimits: { maxOldGenerationSizeMb: PDF_WORKER_MEMORY_MB },
      execArgv: [],
      // pdf.js warns on odd files through console; that is not for our logs.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`PDF text extraction took more than ${timeoutMs} ms`))), timeoutMs);
    worker.once('message', (message: { text: string }) => finish(() => resolve(message.text)));
    worker.once('error', (err) => finish(() => reject(err)));
    worker.once('exit', (code) => finish(() => reject(new Error(`PDF text worker exited with code ${code}`))));
  });
}

/** Text of a DOCX: the runs of word/document.xml, one line per paragraph. */
export function extractDocxText(bytes: Buffer): string {
  const entry = listZipEntries(bytes)?.find((e) => e.name === 'word/document.xml');
  if (!entry) throw new Error('not a Word document');
  return wordXmlToText(readZipEntry(bytes, entry, DOCX_XML_MAX_BYTES).toString('utf8'));
}

const RUN_OR_BREAK = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>|<\/w:p>/g;

/** Plain text of WordprocessingML: text runs, tabs and breaks, a newline after each paragraph. */
export function wordXmlToText(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(RUN_OR_BREAK)) {
    if (m[1] !== undefined) out += decodeXmlEntities(m[1]);
    else out += m[2] === 'tab' ? '\t' : '\n';
  }
  return out;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name] ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}
