import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { REPO_ROOT, startServerProcess, type ServerProcess } from '../support/serverProcess';

const SCREENSHOTS = path.join(REPO_ROOT, 'test-results');

describe('home page in the browser', () => {
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(REPO_ROOT, 'client/dist/index.html'))) {
      throw new Error('client/dist is missing: npm test builds it (or run npm run build)');
    }
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startServerProcess({ NODE_ENV: 'production', CLIENT_DIST: path.join(REPO_ROOT, 'client/dist') });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens a page on a phone-sized screen and collects anything the browser reports as broken. */
  async function open(url: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    return { page, problems };
  }

  it('shows the platform in French by default, left to right, fitting a 360 px phone', async () => {
    const { page, problems } = await open(`${server.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    await expect(page.locator('h1').count()).resolves.toBe(1);
    const h1 = await page.locator('h1').innerText();
    expect(h1.length).toBeGreaterThan(5);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'home-fr.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('switches to Arabic right to left, and keeps the choice on the next visit', async () => {
    const { page, problems } = await open(`${server.url}/?lang=ar`);
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('h1').innerText()).toMatch(/[\u0600-\u06FF]/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'home-ar.png'), fullPage: true });

    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('offers English through the language switcher', async () => {
    const { page, problems } = await open(`${server.url}/?lang=fr`);
    await page.getByLabel(/langue/i).selectOption('en').catch(async () => {
      await page.getByRole('button', { name: 'English' }).click();
    });
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('serves the app for deep links and an error page for unknown paths', async () => {
    const { page } = await open(`${server.url}/no/such/page?lang=en`);
    expect(await page.locator('main').innerText()).toMatch(/not found|cannot be found|doesn't exist|does not exist/i);
    await page.close();
  });
});
