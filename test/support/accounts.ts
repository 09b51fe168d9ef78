/**
 * Accounts for end-to-end tests, made through the real HTTP API of a running server (sign-up, the confirmation
 * mail from the mail folder, sign-in) with a Playwright request context, whose cookies the browser pages share.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from 'playwright-core';

/** The newest link in the mail folder sent to `to` that points at `linkPath`. */
export function linkFromMailFolder(dir: string, to: string, linkPath: string): string {
  const mails = fs
    .readdirSync(dir)
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { to: Array<{ address: string }>; text: string })
    .filter((m) => m.to[0]?.address === to);
  const match = mails.map((m) => new RegExp(`https?://\\S+${linkPath}\\?token=[A-Za-z0-9_-]+`).exec(m.text)?.[0]).filter(Boolean).at(-1);
  if (!match) throw new Error(`no ${linkPath} mail to ${to} in ${dir}`);
  return match;
}

async function csrf(request: APIRequestContext, base: string): Promise<{ token: string; notice: string }> {
  const session = (await (await request.get(`${base}/api/v1/auth/session`)).json()) as { csrfToken: string; privacyNoticeVersion: string };
  return { token: session.csrfToken, notice: session.privacyNoticeVersion };
}

async function postJson(request: APIRequestContext, base: string, url: string, data: unknown): Promise<void> {
  const { token } = await csrf(request, base);
  const res = await request.post(`${base}${url}`, { data, headers: { 'X-CSRF-Token': token } });
  if (!res.ok()) throw new Error(`POST ${url} answered ${res.status()}: ${await res.text()}`);
}

export interface TalentAccount {
  email: string;
  password: string;
  displayName: string;
}

/** Signs up a talent, confirms the address from the mail and signs in, all in `request`'s cookie jar. */
export async function signUpTalentAndSignIn(request: APIRequestContext, base: string, mailDir: string, account: TalentAccount & { locale: 'fr' | 'ar' | 'en'; talentKind: 'diaspora' | 'migrant' | 'returnee' }): Promise<void> {
  const { notice } = await csrf(request, base);
  await postJson(request, base, '/api/v1/auth/signup', {
    accountType: 'talent',
    email: account.email,
    password: account.password,
    displayName: account.displayName,
    locale: account.locale,
    talentKind: account.talentKind,
    privacyNoticeVersion: notice,
  });
  const token = new URL(linkFromMailFolder(mailDir, account.email, '/verify-email')).searchParams.get('token');
  await postJson(request, base, '/api/v1/auth/verify-email', { token });
  await postJson(request, base, '/api/v1/auth/signin', { email: account.email, password: account.password });
}

/** Signs in an existing account in `request`'s cookie jar (and so in the pages of its browser context). */
export async function signInWithPassword(request: APIRequestContext, base: string, email: string, password: string): Promise<void> {
  await postJson(request, base, '/api/v1/auth/signin', { email, password });
}
