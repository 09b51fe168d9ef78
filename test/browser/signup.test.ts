import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { REPO_ROOT, startServerProcess, type ServerProcess } from '../support/serverProcess';

const SCREENSHOTS = path.join(REPO_ROOT, 'test-results');

/** The link in the newest mail to `to` that points at `linkPath`. */
function linkFromMailFolder(dir: string, to: string, linkPath: string): string {
  const mails = fs
    .readdirSync(dir)
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { to: Array<{ address: string }>; text: string })
    .filter((m) => m.to[0]?.address === to);
  const match = mails.map((m) => new RegExp(`https?://\\S+${linkPath}\\?token=[A-Za-z0-9_-]+`).exec(m.text)?.[0]).filter(Boolean).at(-1);
  if (!match) throw new Error(`no ${linkPath} mail to ${to} in ${dir}`);
  return match;
}

describe('a new talent in the browser', () => {
  let server: ServerProcess;
  let browser: Browser;
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafaat-mail-'));

  beforeAll(async () => {
    server = await startServerProcess({ NODE_ENV: 'production', CLIENT_DIST: path.join(REPO_ROOT, 'client/dist'), MAIL_DIR: mailDir });
    browser = await launchChromium();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(mailDir, { recursive: true, force: true });
  });

  it('signs up, confirms the email from the mail, signs in and signs out, on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    const email = `karim.${Date.now()}@example.org`;
    const password = 'my long passphrase 2026';

    await page.goto(`${server.url}/signup?lang=en`, { waitUntil: 'networkidle' });
    await page.getByLabel(/Moroccan diaspora professional/).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Full name', { exact: false }).fill('Karim Alaoui');
    await page.getByLabel('Email address', { exact: false }).fill(email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();

    await page.goto(linkFromMailFolder(mailDir, email, '/verify-email'), { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Your email address is confirmed' }).waitFor();

    await page.goto(`${server.url}/signin`, { waitUntil: 'networkidle' });
    await page.getByLabel('Email address', { exact: false }).fill(email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const menu = page.getByRole('button', { name: /Account menu for/ });
    await menu.waitFor();
    expect(await menu.innerText()).toContain('Karim Alaoui');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'signed-in-en.png'), fullPage: true });

    await menu.click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    const session = await page.evaluate(() => fetch('/api/v1/auth/session').then((r) => r.json()));
    expect(session.user).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });
});
