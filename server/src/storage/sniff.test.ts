import { strToU8, zipSync } from 'fflate';
import { REFUSED_FILES, buildDocx, buildExe, buildJpeg, buildPdf, buildPng, buildZip } from '../testing/files';
import { DOCX_MIME, sniffDocumentType } from './sniff';
import { listZipEntries, readZipEntry } from './zip';

describe('sniffDocumentType', () => {
  it('recognises the four accepted types from their bytes', () => {
    expect(sniffDocumentType(buildPdf(['CV']))).toBe('application/pdf');
    expect(sniffDocumentType(buildPng())).toBe('image/png');
    expect(sniffDocumentType(buildJpeg())).toBe('image/jpeg');
    expect(sniffDocumentType(buildDocx(['CV']))).toBe(DOCX_MIME);
  });

  it('refuses executables, scripts, markup and images the platform does not accept', () => {
    expect(sniffDocumentType(buildExe())).toBeNull();
    for (const [what, bytes] of Object.entries(REFUSED_FILES)) expect([what, sniffDocumentType(bytes)]).toEqual([what, null]);
  });

  it('refuses empty and truncated files', () => {
    expect(sniffDocumentType(Buffer.alloc(0))).toBeNull();
    expect(sniffDocumentType(Buffer.from('%PD'))).toBeNull();
    expect(sniffDocumentType(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(sniffDocumentType(buildDocx(['CV']).subarray(0, 100))).toBeNull();
  });

  it('accepts a PDF only when the signature is at the very start', () => {
    expect(sniffDocumentType(Buffer.concat([Buffer.from('MZ'), buildPdf(['x'])]))).toBeNull();
  });

  it('refuses ZIPs that are not Word documents, and macro-enabled Word files', () => {
    expect(sniffDocumentType(buildZip({ 'a.txt': 'hello' }))).toBeNull();
    expect(sniffDocumentType(buildZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<x/>' }))).toBeNull();
    expect(sniffDocumentType(buildZip({ 'word/document.xml': '<w/>' }))).toBeNull();
    expect(sniffDocumentType(buildDocx(['CV'], { 'word/vbaProject.bin': 'macro' }))).toBeNull();
  });
});

describe('zip reader', () => {
  it('lists the names of a real archive and reads an entry back', () => {
    const zip = buildDocx(['Génie civil']);
    const entries = listZipEntries(zip)!;
    expect(entries.map((e) => e.name).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    const doc = entries.find((e) => e.name === 'word/document.xml')!;
    expect(readZipEntry(zip, doc, 1_000_000).toString('utf8')).toContain('Génie civil');
  });

  it('reads stored (uncompressed) entries', () => {
    const zip = Buffer.from(zipSync({ 'a.txt': [strToU8('plain'), { level: 0 }] }));
    const [entry] = listZipEntries(zip)!;
    expect(entry!.method).toBe(0);
    expect(readZipEntry(zip, entry!, 100).toString()).toBe('plain');
  });

  it('stops inflating a zip bomb at the cap, even when the directory lies about the size', () => {
    const zip = Buffer.from(zipSync({ 'bomb.txt': new Uint8Array(5_000_000) }));
    const [entry] = listZipEntries(zip)!;
    expect(zip.length).toBeLessThan(20_000);
    expect(() => readZipEntry(zip, entry!, 1_000_000)).toThrow('larger than the cap');
    expect(() => readZipEntry(zip, { ...entry!, uncompressedSize: 10 }, 1_000_000)).toThrow('within the cap');
  });

  it('answers null for garbage and for an end record pointing outside the file', () => {
    expect(listZipEntries(Buffer.from('PK\x03\x04 not really a zip'))).toBeNull();
    const zip = buildZip({ 'a.txt': 'x' });
    const eocd = zip.length - 22;
    const broken = Buffer.from(zip);
    broken.writeUInt32LE(0x7fffffff, eocd + 16);
    expect(listZipEntries(broken)).toBeNull();
  });
});
