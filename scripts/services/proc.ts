/**
 * Small process helpers shared by the service launchers: running a command to completion, starting a
 * detached daemon with its output in a log file, and checking or stopping a process by pid.
 */
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

/** A failure whose message tells the user what is missing and how to fix it. */
export class ServiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServiceError';
  }
}

/** Runs a command to completion, echoing its output with a prefix; throws with `hint` when it fails. */
export function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; hint: string; prefix: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 20) tail.shift();
        process.stderr.write(`${opts.prefix} ${line}\n`);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('error', (err) => reject(new ServiceError(`${cmd} could not be run (${err.message}). ${opts.hint}`)));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new ServiceError(`${cmd} ${args.join(' ')} exited with ${code}.\n${tail.join('\n')}\n${opts.hint}`));
    });
  });
}

/** True when an executable answers `--version` (or the given args). */
export function commandExists(cmd: string, args: string[] = ['--version']): boolean {
  const res = spawnSync(cmd, args, { stdio: 'ignore' });
  return !res.error && res.status === 0;
}

/** Starts a long-running server in its own process group, detached from this one, logging to `logFile`. */
export function startDaemon(cmd: string, args: string[], logFile: string, opts: SpawnOptions = {}): number {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(cmd, args, { ...opts, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  if (child.pid === undefined) throw new ServiceError(`${cmd} could not be started; see ${logFile}`);
  child.unref();
  return child.pid;
}

/** True when a process with this pid exists (root may signal any process, so EPERM also means alive). */
export function isAlive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Stops a daemon's whole process group, waiting up to `timeoutMs` before killing it. */
export async function stopProcess(pid: number, timeoutMs = 20_000): Promise<void> {
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        /* already gone */
      }
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) signal('SIGKILL');
}

/** True when something accepts TCP connections on host:port. */
export function portOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns true, printing one progress line that updates in place. */
export async function waitFor(label: string, check: () => Promise<boolean>, timeoutMs: number, isStillRunning: () => boolean = () => true): Promise<void> {
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let lastPrinted = -1;
  for (;;) {
    if (await check()) {
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      process.stderr.write(`${tty ? '\r' : ''}[services] ${label}: ready after ${secs}s\n`);
      return;
    }
    const elapsed = Math.floor((Date.now() - started) / 1000);
    if (!isStillRunning()) throw new ServiceError(`${label} stopped while starting`);
    if (elapsed >= timeoutMs / 1000) throw new ServiceError(`${label} did not become ready within ${timeoutMs / 1000}s`);
    if (tty) process.stderr.write(`\r[services] waiting for ${label}… ${elapsed}s`);
    else if (elapsed % 10 === 0 && elapsed !== lastPrinted) process.stderr.write(`[services] waiting for ${label}… ${elapsed}s\n`);
    lastPrinted = elapsed;
    await sleep(500);
  }
}
