/**
 * `npm start`: brings up the local services (or uses MONGODB_URI / ELASTICSEARCH_URL / REDIS_URL), seeds demo data on an
 * empty database, builds the client when its sources changed, and runs the API serving the app on one origin.
 * `npm run dev` does the same with the server restarting on change and Vite's dev server for the client.
 * Ctrl-C stops the app and the services this command started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensureServices, stopServices } from './services';
import { ROOT } from './services/state';
import { connectMongo, disconnectMongo } from '../server/src/db';
import { seedIfEmpty } from './seed';

const dev = process.argv.includes('--dev');
const port = process.env.PORT ?? '3000';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the client unless client/dist is newer than every source file of the client and shared packages. */
async function buildClientIfStale(): Promise<void> {
  const index = path.join(ROOT, 'client', 'dist', 'index.html');
  const sources = Math.max(newestMtime(path.join(ROOT, 'client', 'src')), newestMtime(path.join(ROOT, 'shared', 'src')));
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs > sources) return;
  console.log('[start] building the client…');
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build', '-w', 'client'], { cwd: ROOT, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`client build failed (exit ${code})`))));
  });
}

async function waitReady(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not become ready within 60 s');
}

/** A session secret kept in .cache (git-ignored) so sessions survive restarts of the local platform. */
function localSessionSecret(): string {
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  const file = path.join(ROOT, '.cache', 'session-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

async function main(): Promise<void> {
  const services = await ensureServices();
  const env = {
    ...process.env,
    MONGODB_URI: services.MONGODB_URI,
    ELASTICSEARCH_URL: services.ELASTICSEARCH_URL,
    REDIS_URL: services.REDIS_URL,
    PORT: port,
    SESSION_SECRET: localSessionSecret(),
  };

  await connectMongo(services.MONGODB_URI, process.env.MONGODB_DB ?? 'kafaat');
  const summary = await seedIfEmpty();
  await disconnectMongo();

  const children: ChildProcess[] = [];
  if (dev) {
    children.push(spawn(process.execPath, ['--import', 'tsx', '--watch', 'server/src/index.ts'], { cwd: ROOT, env: { ...env, NODE_ENV: 'development', CLIENT_DIST: '' }, stdio: 'inherit' }));
    children.push(spawn('npm', ['run', 'dev', '-w', 'client'], { cwd: ROOT, env, stdio: 'inherit' }));
  } else {
    await buildClientIfStale();
    children.push(spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], { cwd: ROOT, env: { ...env, NODE_ENV: process.env.NODE_ENV ?? 'production' }, stdio: 'inherit' }));
  }
  const server = children[0]!;
  await waitReady(`http://127.0.0.1:${port}`, server);

  if (summary.length) console.log(`\nDemo data:\n${summary.map((l) => `  ${l}`).join('\n')}`);
  console.log(`\nKafaat is running. Open ${dev ? 'http://localhost:5173' : `http://localhost:${port}`}\n(Ctrl-C stops it${services.started.length ? ' and the services it started' : ''}.)\n`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.on('exit', r)) : undefined)));
    if (services.started.length) {
      const stopped = await stopServices(services.started);
      console.log(`[start] stopped ${stopped.join(', ')}`);
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  server.on('exit', (code) => void stop(code ?? 1));
}

main().catch((err: unknown) => {
  console.error(`\n[start] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
