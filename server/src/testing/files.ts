/**
 * Real files built in memory for the documents tests: a PDF whose text any reader extracts, a DOCX zipped by a
 * real ZIP writer, image headers, and the kinds of file the upload must refuse.
 */
import { strToU8, zipSync } from 'fflate';

const ARABIC = /[\u0600-\u06ff]/u;

/** A line as it is laid out on the page, left to right (what a PDF stores): Arabic runs appear reversed. */
function visualOrder(line: string): string {
  const tokens = line.split(/(\s+)/u).filter(Boolean);
  const strong = tokens.map((t) => (ARABIC.test(t) ? 'rtl' : /[\p{L}\p{N}]/u.test(t) ? 'ltr' : null));
  const base = strong.filter((d) => d === 'rtl').length > strong.filter((d) => d === 'ltr').length ? 'rtl' : 'ltr';
  const runs: Array<{ dir: string; text: string }> = [];
  tokens.forEach((token, i) => {
    const before = strong.slice(0, i + 1).reverse().find(Boolean);
    const after = strong.slice(i).find(Boolean);
    const dir = strong[i] ?? (before && before === after ? before : base);
    const last = runs.at(-1);
    if (last?.dir === dir) last.text += token;
    else runs.push({ dir, text: token });
  });
  if (base === 'rtl') runs.reverse();
  return runs.map((r) => (r.dir === 'rtl' ? [...r.text].reverse().join('') : r.text)).join('');
}

/**
 * A one-page PDF showing `lines`. The font is a Type0 font with Identity-H encoding and a ToUnicode map, so any
 * Unicode text works. Like real PDFs, lines are stored in visual order (Arabic runs reversed; readers undo it).
 */
export function buildPdf(lines: string[]): Buffer {
  const hex = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
  const content = ['BT', '/F1 12 Tf', '50 750 Td', '14 TL', ...lines.map((l) => `<${hex(visualOrder(l))}> Tj T*`), 'ET'].join('\n');
  const cmap =
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def ' +
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange ' +
    '1 beginbfrange <0000> <FFFF> <0000> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /Kafaat /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Kafaat /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 600 >>',
    `<< /Length ${Buffer.byteLength(cmap)} >>\nstream\n${cmap}\nendstream`,
    '<< /Type /FontDescriptor /FontName /Kafaat /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>',
  ];
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal Word document with one paragraph per entry; `extra` adds or overrides parts of the package. */
export function buildDocx(paragraphs: string[], extra: Record<string, string | Uint8Array> = {}): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`).join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  };
  for (const [name, data] of Object.entries(extra)) files[name] = typeof data === 'string' ? strToU8(data) : data;
  return Buffer.from(zipSync(files));
}

/** Any ZIP archive (not a Word document). */
export function buildZip(files: Record<string, string>): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));
}

/** A PNG signature and IHDR chunk, padded to `size` bytes. */
export function buildPng(size = 256): Buffer {
  const head = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 0)]);
}

/** A JPEG start-of-image and JFIF header, padded to `size` bytes. */
export function buildJpeg(size = 256): Buffer {
  const head = Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 0)]);
}

/** The start of a Windows executable ("MZ" then a DOS stub). */
export function buildExe(size = 512): Buffer {
  const head = Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xffThis program cannot be run in DOS mode.', 'latin1');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 0)]);
}

/** Other files people try to upload, each of which must be refused. */
export const REFUSED_FILES: Record<string, Buffer> = {
  'plain text': Buffer.from('Ingénieur en génie civil, AutoCAD\n'),
  SVG: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  HTML: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
  GIF: Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.alloc(64)]),
  ELF: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(64)]),
  'shell script': Buffer.from('#!/bin/sh\nrm -rf /\n'),
};
