/**
 * Outgoing mail through nodemailer: SMTP when SMTP_URL is set; otherwise each message is written as a JSON
 * file in MAIL_DIR and its path is logged (local runs and tests read mails from there).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Locale } from '@kafaat/shared';
import type { Config } from '../env';
import type { Logger } from '../logger';
import { TEMPLATES, type MailKind } from './templates';

export interface Mailer {
  send(to: string, kind: MailKind, locale: Locale, params: Record<string, string>): Promise<void>;
}

export function createMailer(config: Config, logger: Logger): Mailer {
  const smtp: Transporter | undefined = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : undefined;
  const file = nodemailer.createTransport({ jsonTransport: true });
  return {
    async send(to, kind, locale, params) {
      const template = TEMPLATES[kind][locale];
      const message = {
        from: config.MAIL_FROM,
        to,
        subject: template.subject.replace('{org}', params.org ?? ''),
        text: template.body(params),
        headers: { 'Content-Language': locale },
      };
      if (smtp) {
        await smtp.sendMail(message);
        return;
      }
      const info = await file.sendMail(message);
      fs.mkdirSync(config.MAIL_DIR, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${kind}-${randomBytes(3).toString('hex')}.json`;
      const target = path.join(config.MAIL_DIR, name);
      fs.writeFileSync(target, String(info.message));
      logger.info({ mail: target, kind }, 'mail written to file (no SMTP_URL set)');
    },
  };
}
