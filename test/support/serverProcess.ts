/**
 * Runs the real server entry point (server/src/index.ts) as a child process, the way `npm start` does, with a
 * database and index prefix of its own. Used by the tests of start-up, shutdown and the browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code once the process ends. */
  exited: Promise<number | null>;
  stop: () => Promise<number | null>;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Removes the database and indices a server process created. */
async function dropTestData(id: string): Promise<void> {
  const mongo = new MongoClient(process.env.MONGODB_URI!);
  await mongo.db(id).dropDatabase().catch(() => undefined);
  await mongo.close();
  await fetch(`${process.env.ELASTICSEARCH_URL}/${id}_*?ignore_unavailable=true&allow_no_indices=true`, { method: 'DELETE' }).catch(() => undefined);
}

/** Spawns the server; with `waitReady` it resolves once /healthz answers. */
export async function startServerProcess(env: Record<string, string> = {}, waitReady = true): Promise<ServerProcess> {
  const port = await freePort();
  const id = `p_${randomBytes(5).toString('hex')}`;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server/src/index.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), MONGODB_DB: id, ES_INDEX_PREFIX: `${id}_`, LOG_LEVEL: 'info', PUBLIC_URL: `http://127.0.0.1:${port}`, SESSION_SECRET: randomBytes(32).toString('hex'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const proc: ServerProcess = {
    url,
    child,
    output: () => out,
    exited,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await exited;
      await dropTestData(id);
      return code;
    },
  };
  if (waitReady) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${out}`);
      const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`server did not answer within 60s:\n${out}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return proc;
}
