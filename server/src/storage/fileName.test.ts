import { attachmentHeader, cleanFileName, downloadName } from './fileName';

describe('cleanFileName', () => {
  it('keeps only the base name of a path, whichever separator the client used', () => {
    expect(cleanFileName('../../etc/passwd.pdf')).toBe('passwd.pdf');
    expect(cleanFileName('C:\\Users\\amine\\CV final.docx')).toBe('CV final.docx');
    expect(cleanFileName('..')).toBe('document');
  });

  it('removes control characters, bidi overrides, ".." and leading dots', () => {
    expect(cleanFileName('cv\u0000\u001b[31m.pdf')).toBe('cv[31m.pdf');
    expect(cleanFileName('photo\u202Egnp.exe')).toBe('photognp.exe');
    expect(cleanFileName('my..cv...pdf')).toBe('my.cv.pdf');
    expect(cleanFileName('.htaccess')).toBe('htaccess');
  });

  it('keeps accents and Arabic, and limits the length to 120 characters', () => {
    expect(cleanFileName('Sérieux – السيرة الذاتية.pdf')).toBe('Sérieux – السيرة الذاتية.pdf');
    expect([...cleanFileName(`${'é'.repeat(300)}.pdf`)]).toHaveLength(120);
  });
});

describe('downloadName and attachmentHeader', () => {
  it('adds the extension of the type found in the bytes', () => {
    expect(downloadName('cv', 'application/pdf')).toBe('cv.pdf');
    expect(downloadName('photo.JPEG', 'image/jpeg')).toBe('photo.JPEG');
    expect(downloadName('cv.pdf', 'image/png')).toBe('cv.pdf.png');
  });

  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(attachmentHeader('Génie "civil".pdf')).toBe(`attachment; filename="Genie _civil_.pdf"; filename*=UTF-8''G%C3%A9nie%20%22civil%22.pdf`);
    expect(attachmentHeader('السيرة.pdf')).toMatch(/^attachment; filename="document\.pdf"; filename\*=UTF-8''%D8%A7/);
  });
});
