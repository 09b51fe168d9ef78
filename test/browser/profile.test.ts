import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { buildPdf } from '../../server/src/testing/files';
import { signUpTalentAndSignIn } from '../support/accounts';
import { launchChromium } from '../support/browser';
import { REPO_ROOT, startServerProcess, type ServerProcess } from '../support/serverProcess';

const SCREENSHOTS = path.join(REPO_ROOT, 'test-results');
const CV_LINES = ['Amina El Alaoui', 'Ingenieure structures', 'Gestion de projet et suivi de chantier', 'Logiciels : AutoCAD', 'Beton arme'];

describe('a talent builds a profile in Arabic on a phone', () => {
  let server: ServerProcess;
  let browser: Browser;
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafaat-mail-'));
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafaat-uploads-'));

  beforeAll(async () => {
    server = await startServerProcess({ NODE_ENV: 'production', CLIENT_DIST: path.join(REPO_ROOT, 'client/dist'), MAIL_DIR: mailDir, UPLOAD_DIR: uploadDir });
    browser = await launchChromium();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(mailDir, { recursive: true, force: true });
    fs.rmSync(uploadDir, { recursive: true, force: true });
  });

  it('saves each step, adds a skill through the picker, uploads a CV and accepts a suggested skill', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'ar' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    const email = `amina.${Date.now()}@example.org`;
    await signUpTalentAndSignIn(context.request, server.url, mailDir, { email, password: 'une longue phrase 2026', displayName: 'أمينة العلوي', locale: 'ar', talentKind: 'diaspora' });

    await page.goto(`${server.url}/profile/edit?lang=ar`, { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.getByRole('heading', { name: 'نبذة عنك' }).waitFor();
    await page.getByLabel('عنوان الملف', { exact: false }).fill('مهندسة مدنية، 12 سنة في المنشآت الفنية');
    await page.getByRole('button', { name: 'حفظ ومتابعة' }).click();

    // Skills: the picker finds civil engineering from an Arabic word.
    await page.getByRole('heading', { name: 'الكفاءات' }).waitFor();
    const picker = page.getByRole('combobox', { name: 'إضافة كفاءة' });
    await picker.fill('الهندسة المدنية');
    await page.getByRole('option', { name: /الهندسة المدنية/ }).first().click();
    await page.getByRole('list', { name: 'كفاءاتك' }).getByText('الهندسة المدنية').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'profile-skills-ar.png'), fullPage: true });
    await page.getByRole('button', { name: 'حفظ ومتابعة' }).click();

    // Languages, experience and engagement are left for later; the documents step takes the CV.
    for (const step of ['اللغات', 'الخبرة والتكوين', 'المشاركة']) {
      await page.getByRole('heading', { name: step }).waitFor();
      await page.getByRole('button', { name: 'حفظ ومتابعة' }).click();
    }
    await page.getByRole('heading', { name: 'الوثائق' }).waitFor();
    await page.getByLabel('الملف', { exact: true }).setInputFiles({ name: 'cv-amina.pdf', mimeType: 'application/pdf', buffer: buildPdf(CV_LINES) });
    await page.getByRole('button', { name: 'إرسال الوثيقة' }).click();
    await page.getByRole('heading', { name: 'وجدنا هذه المهارات في سيرتك الذاتية' }).waitFor();
    const accept = page.getByRole('button', { name: /^أضف «.+» إلى ملفي$/ }).first();
    // The name is wrapped in Unicode direction isolates inside the Arabic sentence.
    const acceptedName = /«(.+)»/.exec((await accept.getAttribute('aria-label')) ?? (await accept.innerText()))?.[1]?.replace(/[\u2066-\u2069]/g, '');
    await accept.click();
    await page.getByText(/أُضيفت «.+» إلى ملفك/).first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'profile-cv-suggestions-ar.png'), fullPage: true });

    const profile = (await (await context.request.get(`${server.url}/api/v1/me/profile`)).json()) as { headline: string; skills: Array<{ skillId: string }> };
    expect(profile.headline).toBe('مهندسة مدنية، 12 سنة في المنشآت الفنية');
    expect(profile.skills.map((s) => s.skillId)).toContain('engineering.civil-engineering');
    expect(profile.skills).toHaveLength(2);
    expect(acceptedName).toBeTruthy();

    // The talent's own page lists the accepted skill by its Arabic name.
    await page.goto(`${server.url}/profile?lang=ar`, { waitUntil: 'networkidle' });
    await page.getByText(acceptedName!).first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
