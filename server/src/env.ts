/**
 * Configuration, read once from the environment and validated at start-up: a bad or missing variable
 * stops the process with a message naming the variable, instead of failing later on a request.
 */
import path from 'node:path';
import { z } from 'zod';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

const mongoUri = z
  .string({ error: 'is required (e.g. mongodb://127.0.0.1:27017; npm run services prints one)' })
  .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a MongoDB connection string starting with mongodb:// or mongodb+srv://');

const httpUrl = z
  .string({ error: 'is required (e.g. http://127.0.0.1:9200; npm run services prints one)' })
  .url('must be an http(s) URL')
  .regex(/^https?:\/\//, 'must be an http(s) URL');

/** Every setting the server reads; each one is documented in the README's configuration table. */
export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  MONGODB_URI: mongoUri,
  /** Database name; overrides any name in the URI so tests can isolate themselves. */
  MONGODB_DB: z.string().regex(/^[A-Za-z0-9_-]{1,63}$/, 'must be 1-63 letters, digits, "_" or "-"').default('kafaat'),
  ELASTICSEARCH_URL: httpUrl,
  /** Prefix of every index and alias name, so several deployments or test files share one cluster. */
  ES_INDEX_PREFIX: z.string().regex(/^[a-z0-9_-]{1,40}$/, 'must be lowercase letters, digits, "_" or "-"').default('kafaat_'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest accepted JSON body, in bytes; larger bodies get 413. */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
  /** Built client served by the API process (one origin); empty disables it. */
  CLIENT_DIST: z.string().default(path.join(REPO_ROOT, 'client', 'dist')),
  /** Address users reach the app at; used in links sent by email. Defaults to http://localhost:PORT. */
  PUBLIC_URL: z.string().url('must be the URL users open, e.g. https://kafaat.example.ma').optional(),
  /** Signs session cookies; at least 32 characters. Required in production, random per process otherwise. */
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Session lifetime in hours (sliding: renewed while the user is active). */
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 14),
  /** Send the session cookie only over HTTPS; defaults to true when PUBLIC_URL is https. */
  COOKIE_SECURE: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  /** Number of reverse proxies in front of the app (for the client IP and HTTPS detection); 0 when none. */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** SMTP server for outgoing mail, e.g. smtp://user:pass@host:587. Without it mails are written to MAIL_DIR. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().default('Kafaat <no-reply@kafaat.local>'),
  /** Folder where mails are written when SMTP_URL is not set (git-ignored). */
  MAIL_DIR: z.string().default(path.join(REPO_ROOT, '.cache', 'mail')),
  /** Folder where uploaded documents are kept (git-ignored); never inside CLIENT_DIST, which is served publicly. */
  UPLOAD_DIR: z.string().min(1).default(path.join(REPO_ROOT, '.cache', 'uploads')).transform((dir) => path.resolve(dir)),
  /** Largest document accepted, in bytes; larger uploads get 413. */
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
  /** Total size of the documents one talent may keep, in bytes. */
  UPLOAD_QUOTA_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024 * 1024).default(50 * 1024 * 1024),
  /** Redis relaying live updates between server processes (socket.io's adapter); unset for a single process. */
  REDIS_URL: z.string().regex(/^rediss?:\/\/\S+$/, 'must be a Redis URL starting with redis:// or rediss://').optional(),
  /**
   * Seconds between two sweeps of the search indexer for marked documents no write event announced (another
   * process, a crash between a write and its event). An indexed query on MongoDB; on FerretDB it reads the whole
   * profiles collection, so a large single-process FerretDB deployment may want it longer.
   */
  SEARCH_SWEEP_SECONDS: z.coerce.number().int().min(5).max(86_400).default(60),
  /** How long SIGTERM waits for in-flight requests before closing connections, in milliseconds. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
});
export type Config = z.infer<typeof ConfigSchema>;

/** The public URL of the app, without a trailing slash. */
export function publicUrl(config: Config): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
}

/** Whether the session cookie carries the Secure flag. */
export function cookieSecure(config: Config): boolean {
  return config.COOKIE_SECURE ?? publicUrl(config).startsWith('https://');
}

/** Thrown when the environment is invalid; the message lists every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (process.env by default) into a typed configuration, or throws ConfigError. */
export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input: Record<string, string | undefined> = {};
  for (const key of Object.keys(ConfigSchema.shape)) {
    const value = env[key];
    // An empty variable means "not set", so defaults apply and required ones are reported as missing.
    input[key] = value === '' ? undefined : value;
  }
  const result = ConfigSchema.safeParse(input);
  if (result.success) {
    const config = result.data;
    if (config.NODE_ENV === 'production' && !config.SESSION_SECRET) {
      throw new ConfigError(['SESSION_SECRET is required in production (at least 32 random characters)']);
    }
    if (config.CLIENT_DIST && isInside(config.UPLOAD_DIR, path.resolve(config.CLIENT_DIST))) {
      throw new ConfigError(['UPLOAD_DIR must not be inside CLIENT_DIST: uploaded files would be served to anyone']);
    }
    return config;
  }
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
}

/** Whether `dir` is `parent` or a folder below it. */
function isInside(dir: string, parent: string): boolean {
  const rel = path.relative(parent, dir);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
