/**
 * Test helpers that act like the browser client: a cookie-keeping agent that fetches the CSRF token and sends
 * it on state-changing requests, and a reader of the mails the app wrote to its mail folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { Express } from 'express';
import type { Config } from '../env';

export interface Browser {
  agent: TestAgent;
  csrf: string;
  get: (url: string) => request.Test;
  post: (url: string, body?: object) => request.Test;
  patch: (url: string, body?: object) => request.Test;
  del: (url: string, body?: object) => request.Test;
  /** Refreshes the CSRF token from GET /auth/session (after sign-in/out the server issues a new one). */
  refresh: () => Promise<void>;
}

export async function openBrowser(app: Express, ip = '10.0.0.1'): Promise<Browser> {
  const agent = request.agent(app);
  const b: Browser = {
    agent,
    csrf: '',
    get: (url) => agent.get(url).set('X-Forwarded-For', ip),
    post: (url, body) => agent.post(url).set('X-Forwarded-For', ip).set('X-CSRF-Token', b.csrf).send(body ?? {}),
    patch: (url, body) => agent.patch(url).set('X-Forwarded-For', ip).set('X-CSRF-Token', b.csrf).send(body ?? {}),
    del: (url, body) => agent.delete(url).set('X-Forwarded-For', ip).set('X-CSRF-Token', b.csrf).send(body ?? {}),
    refresh: async () => {
      const res = await agent.get('/api/v1/auth/session').set('X-Forwarded-For', ip).expect(200);
      b.csrf = res.body.csrfToken;
    },
  };
  await b.refresh();
  return b;
}

export interface SentMail {
  to: string;
  subject: string;
  text: string;
  file: string;
}

/** Mails written to the app's mail folder, oldest first, optionally only those to one address. */
export function readMails(config: Config, to?: string): SentMail[] {
  if (!fs.existsSync(config.MAIL_DIR)) return [];
  return fs
    .readdirSync(config.MAIL_DIR)
    .sort()
    .map((name) => {
      const file = path.join(config.MAIL_DIR, name);
      const msg = JSON.parse(fs.readFileSync(file, 'utf8')) as { to: Array<{ address: string }>; subject: string; text: string };
      return { to: msg.to[0]?.address ?? '', subject: msg.subject, text: msg.text, file };
    })
    .filter((m) => !to || m.to === to);
}

/** The token in the last link of a given path mailed to `to` (e.g. "/verify-email"). */
export function tokenFromMail(config: Config, to: string, linkPath: string): string {
  const mails = readMails(config, to).filter((m) => m.text.includes(linkPath));
  const last = mails.at(-1);
  const match = last && new RegExp(`${linkPath}\\?token=([A-Za-z0-9_-]{43})`).exec(last.text);
  if (!match?.[1]) throw new Error(`no mail to ${to} with a ${linkPath} link`);
  return match[1];
}
