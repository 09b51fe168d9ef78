/**
 * Test harness: an app wired to the real MongoDB-compatible server and Elasticsearch, with a database name and
 * an index prefix of its own so test files run in parallel, both removed by `close()`.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { createApp } from '../app';
import type { ServiceContext } from '../services/context';
import { parseConfig, type Config } from '../env';
import { createLogger } from '../logger';
import { connectMongo } from '../db';
import { createSearchClient, type SearchClient } from '../search/client';

export interface TestContext {
  app: ReturnType<typeof createApp>['app'];
  config: Config;
  search: SearchClient;
  /** What services need (config, mailer, search, links), for tests that call a service directly. */
  services: ServiceContext;
  /** The app's session middleware and passport, for a socket.io server on the same sessions (testing/realtime.ts). */
  auth: Pick<ReturnType<typeof createApp>, 'sessionMiddleware' | 'passport'>;
  close: () => Promise<void>;
}

/** A unique, valid name for a test database or index prefix. */
export function uniqueTestId(): string {
  return `t${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(5).toString('hex')}`;
}

export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestContext> {
  const id = uniqueTestId();
  const config: Config = {
    ...parseConfig({ ...process.env, MONGODB_DB: id, ES_INDEX_PREFIX: `${id}_`, LOG_LEVEL: 'silent', NODE_ENV: 'test' }),
    CLIENT_DIST: '',
    // Tests simulate clients at different addresses with X-Forwarded-For.
    TRUST_PROXY: 1,
    MAIL_DIR: path.join(os.tmpdir(), 'kafaat-test-mail', id),
    UPLOAD_DIR: path.join(os.tmpdir(), 'kafaat-test-uploads', id),
    ...overrides,
  };
  await connectMongo(config.MONGODB_URI, config.MONGODB_DB);
  const search = createSearchClient(config.ELASTICSEARCH_URL);
  const { app, ctx, sessionMiddleware, passport } = createApp({ config, logger: createLogger(config.LOG_LEVEL), search });
  return {
    app,
    config,
    search,
    services: ctx,
    auth: { sessionMiddleware, passport },
    close: async () => {
      await mongoose.connection.dropDatabase().catch(() => undefined);
      await mongoose.disconnect();
      const cleanup = createSearchClient(process.env.ELASTICSEARCH_URL ?? config.ELASTICSEARCH_URL);
      await cleanup.indices.delete({ index: `${id}_*`, ignore_unavailable: true, allow_no_indices: true }).catch(() => undefined);
      await Promise.all([cleanup.close(), search.close()]);
      fs.rmSync(config.MAIL_DIR, { recursive: true, force: true });
      fs.rmSync(config.UPLOAD_DIR, { recursive: true, force: true });
    },
  };
}
