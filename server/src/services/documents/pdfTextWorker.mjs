/**
 * Runs in a worker thread (see textExtractor.ts): reads the text of a PDF with pdf.js, page by page, and posts
 * it back. Plain JavaScript on purpose: pdf.js is an ES module, and a worker runs outside any test transform;
 * being a thread of its own, it can be stopped however long a hostile file keeps it busy.
 */
import { parentPort, workerData } from 'node:worker_threads';

const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
const { data, maxPages, maxChars } = workerData;

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const STRONG = /[\p{L}\p{N}]/u;
const directionOf = (str) => (RTL.test(str) ? 'rtl' : STRONG.test(str) ? 'ltr' : null);

/**
 * pdf.js gives a line's pieces in visual order (left to right), each piece's own text already in reading order.
 * Puts the pieces back in reading order: in a right-to-left line the runs are read from the right, and within an
 * Arabic run inside a left-to-right line the pieces too, so "الهندسة المدنية" does not come out "المدنية الهندسة".
 */
function readingOrder(pieces) {
  const strong = pieces.map(directionOf);
  const rtl = strong.filter((d) => d === 'rtl').length;
  const base = rtl > strong.filter((d) => d === 'ltr').length ? 'rtl' : 'ltr';
  const resolved = strong.map((d, i) => {
    if (d) return d;
    const before = strong.slice(0, i).reverse().find(Boolean);
    const after = strong.slice(i + 1).find(Boolean);
    return before && before === after ? before : base;
  });
  const runs = [];
  pieces.forEach((piece, i) => {
    const last = runs.at(-1);
    if (last && last.dir === resolved[i]) last.pieces.push(piece);
    else runs.push({ dir: resolved[i], pieces: [piece] });
  });
  if (base === 'rtl') runs.reverse();
  return runs.flatMap((run) => (run.dir === 'rtl' ? run.pieces.reverse() : run.pieces)).join('');
}

const doc = await getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
let text = '';
const pages = Math.min(doc.numPages, maxPages);
for (let n = 1; n <= pages && text.length < maxChars; n += 1) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  let line = [];
  for (const item of content.items) {
    if (typeof item.str !== 'string') continue;
    line.push(item.str);
    if (item.hasEOL) {
      text += `${readingOrder(line)}\n`;
      line = [];
    }
  }
  text += `${readingOrder(line)}\n`;
  page.cleanup();
}
await doc.destroy();
parentPort.postMessage({ text: text.slice(0, maxChars) });
