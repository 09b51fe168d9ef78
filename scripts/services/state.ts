/**
 * Where the local services live on disk (all git-ignored) and the record of what this project started,
 * so that `npm run services` is idempotent and `npm run services:stop` stops only what it started.
 */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CACHE_DIR = path.join(ROOT, '.cache');
export const SERVICES_DIR = path.join(CACHE_DIR, 'services');
export const ENV_FILE = path.join(ROOT, '.env.services');
const STATE_FILE = path.join(SERVICES_DIR, 'state.json');

/** One service this project started: its pid and the URI clients use. */
export interface StartedService {
  pid: number;
  uri: string;
  engine: string;
}

export interface ServicesState {
  mongodb?: StartedService;
  elasticsearch?: StartedService;
  redis?: StartedService;
}

export function readState(): ServicesState {
  try {
    return JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) as ServicesState;
  } catch {
    return {};
  }
}

export function writeState(state: ServicesState): void {
  fs.mkdirSync(SERVICES_DIR, { recursive: true });
  fs.writeFileSync(STATE_FILE, `${JSON.stringify(state, null, 2)}\n`);
}

/** Writes the URIs to the git-ignored env file the server and scripts read. */
export function writeEnvFile(uris: { MONGODB_URI: string; ELASTICSEARCH_URL: string; REDIS_URL: string }): void {
  const body = Object.entries(uris)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');
  fs.writeFileSync(ENV_FILE, `# written by npm run services; do not commit\n${body}\n`);
}

/** Reads a port from the environment, with a default, failing clearly on nonsense. */
export function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name} must be a port number (1-65535), got "${raw}"`);
  return port;
}

/** Fills MONGODB_URI, ELASTICSEARCH_URL and REDIS_URL from .env.services when the environment does not set them. */
export function loadEnvFile(): void {
  let text: string;
  try {
    text = fs.readFileSync(ENV_FILE, 'utf8');
  } catch {
    return;
  }
  for (const line of text.split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (match && !process.env[match[1]!]) process.env[match[1]!] = match[2];
  }
}
