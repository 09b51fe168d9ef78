import { buildDocx, buildPdf, buildPng } from '../../testing/files';
import { buildZip } from '../../testing/files';
import { DOCX_MIME } from '../../storage/sniff';
import { extractText, TEXT_MAX_CHARS, wordXmlToText } from './textExtractor';
import { zipSync } from 'fflate';

describe('extractText', () => {
  it('reads the text of a PDF, French, English and Arabic', async () => {
    const pdf = buildPdf(['Ingénieur en génie civil', 'AutoCAD, gestion de projet', 'civil engineering', 'الهندسة المدنية', 'خبرة في AutoCAD Civil 3D والهندسة المدنية', 'Skills: الهندسة المدنية and AutoCAD']);
    const { status, text } = await extractText('application/pdf', pdf);
    expect(status).toBe('extracted');
    expect(text).toContain('Ingénieur en génie civil');
    expect(text).toContain('AutoCAD, gestion de projet');
    expect(text).toContain('civil engineering');
    expect(text).toContain('الهندسة المدنية');
    // Mixed lines keep the words of each Arabic phrase in reading order.
    expect(text).toContain('خبرة في AutoCAD Civil 3D والهندسة المدنية');
    expect(text.split('\n').at(-1)).toMatch(/^Skills: .*الهندسة المدنية/);
  });

  it('reads the paragraphs of a DOCX', async () => {
    const docx = buildDocx(['Génie civil & BTP', 'مهندس في الهندسة المدنية', 'Project management']);
    expect(await extractText(DOCX_MIME, docx)).toEqual({ status: 'extracted', text: 'Génie civil & BTP\nمهندس في الهندسة المدنية\nProject management' });
  });

  it('says "failed" for a broken PDF or DOCX instead of throwing', async () => {
    expect(await extractText('application/pdf', Buffer.from('%PDF-1.7\ngarbage'))).toEqual({ status: 'failed', text: '' });
    expect(await extractText(DOCX_MIME, buildZip({ 'a.txt': 'x' }))).toEqual({ status: 'failed', text: '' });
  });

  it('gives up on a zip bomb at the cap', async () => {
    const bomb = Buffer.from(zipSync({ '[Content_Types].xml': new Uint8Array(1), 'word/document.xml': new Uint8Array(33 * 1024 * 1024) }));
    expect(bomb.length).toBeLessThan(200_000);
    expect(await extractText(DOCX_MIME, bomb)).toEqual({ status: 'failed', text: '' });
  });

  it('stops a PDF that takes too long', async () => {
    const pdf = buildPdf(['Génie civil']);
    expect(await extractText('application/pdf', pdf, { timeoutMs: 1 })).toEqual({ status: 'failed', text: '' });
  });

  it('caps the text kept', async () => {
    const docx = buildDocx(Array.from({ length: 30_000 }, () => 'génie civil'));
    expect((await extractText(DOCX_MIME, docx)).text).toHaveLength(TEXT_MAX_CHARS);
  });

  it('does not read images', async () => {
    expect(await extractText('image/png', buildPng())).toEqual({ status: 'not-applicable', text: '' });
  });
});

describe('wordXmlToText', () => {
  it('keeps text runs, tabs and breaks, and decodes entities', () => {
    const xml = '<w:p><w:r><w:t>A&amp;B</w:t><w:tab/><w:t xml:space="preserve"> C&#233;&#x41; </w:t><w:br/><w:t>D</w:t></w:r></w:p><w:p><w:r><w:t>E</w:t></w:r></w:p>';
    expect(wordXmlToText(xml)).toBe('A&B\t CéA \nD\nE\n');
  });
});
