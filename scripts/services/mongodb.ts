/**
 * The MongoDB-compatible server for local runs and tests. Order of preference: MONGODB_URI; a real mongod
 * found by mongodb-memory-server (MONGOMS_SYSTEM_BINARY, or its download where MongoDB's site is reachable);
 * otherwise FerretDB 1.24.2 with its SQLite handler, built from the Go module proxy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { CACHE_DIR, SERVICES_DIR, portFromEnv, type StartedService } from './state';
import { ServiceError, commandExists, isAlive, portOpen, run, startDaemon, waitFor } from './proc';

const FERRETDB_VERSION = 'v1.24.2';
const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';
const BIN_DIR = path.join(CACHE_DIR, 'bin');
/** The suffix names our patch (below): a binary built without it is not reused. */
const FERRETDB_BIN = path.join(BIN_DIR, `ferretdb-${FERRETDB_VERSION}-idindex`);

/**
 * FerretDB 1.24.2's SQLite handler looks documents up by `_id` with the SQL expression `_ferretdb_sjson->'$._id'`
 * but creates the unique `_id` index on `_ferretdb_sjson->"_id"`; SQLite only uses an index for the very
 * expression it was built on, so every find, update and delete by `_id` read the whole table (110 ms for the
 * last of 20,000 small documents, ~0.5 s per session or user lookup with 100,000 accounts). `->'_id'` means the
 * same to SQLite's JSON functions and matches the index. The build stops if the source is not as expected.
 */
const FERRETDB_PATCHES = [
  {
    file: 'internal/backends/sqlite/metadata/metadata.go',
    from: `IDColumn = DefaultColumn + "->'$._id'"`,
    to: `IDColumn = DefaultColumn + "->'_id'"`,
  },
];
/** Remembers that mongod could not be downloaded, so every start does not wait for the same failure. */
const NO_MONGOD_MARK = path.join(SERVICES_DIR, 'mongod-unavailable');
const NO_MONGOD_TTL_MS = 24 * 3600 * 1000;

/** True when a MongoDB wire-protocol server answers a ping at this URI. */
export async function mongoAnswers(uri: string): Promise<boolean> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 1500, connectTimeoutMS: 1500 });
  try {
    await client.connect();
    await client.db('admin').command({ ping: 1 });
    return true;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => undefined);
  }
}

/** Finds a mongod through mongodb-memory-server, or returns undefined when none can be had here. */
async function findMongod(): Promise<string | undefined> {
  const system = process.env.MONGOMS_SYSTEM_BINARY;
  if (system) {
    if (!fs.existsSync(system)) throw new ServiceError(`MONGOMS_SYSTEM_BINARY points to ${system}, which does not exist`);
    return system;
  }
  try {
    if (Date.now() - fs.statSync(NO_MONGOD_MARK).mtimeMs < NO_MONGOD_TTL_MS) return undefined;
  } catch {
    /* no mark: try the download */
  }
  process.stderr.write('[services] looking for a mongod through mongodb-memory-server…\n');
  try {
    const { MongoBinary } = await import('mongodb-memory-server-core');
    return await MongoBinary.getPath();
  } catch (err) {
    fs.mkdirSync(SERVICES_DIR, { recursive: true });
    fs.writeFileSync(NO_MONGOD_MARK, String((err as Error).message));
    process.stderr.write('[services] no mongod available here (download refused); using FerretDB instead\n');
    return undefined;
  }
}

/**
 * Builds FerretDB from the Go module proxy into .cache/bin. `go install …@v1.24.2` alone produces a binary
 * that panics at start-up (the module lacks the generated build/version/version.txt), so the module source is
 * downloaded with `go mod download`, the version file is written, and the binary is built from that copy.
 */
async function buildFerretDB(): Promise<void> {
  if (!commandExists('go', ['version'])) {
    throw new ServiceError('Go not found: install Go 1.22+ (to build FerretDB) or set MONGODB_URI to a MongoDB server');
  }
  const hint = 'FerretDB is built from the Go module proxy; check that GOPROXY is reachable, or set MONGODB_URI.';
  process.stderr.write(`[services] building FerretDB ${FERRETDB_VERSION} from the Go module proxy (first run only)…\n`);
  const srcRoot = path.join(CACHE_DIR, 'ferretdb-src');
  const env = { ...process.env, GOFLAGS: '-mod=mod' };
  await run('go', ['mod', 'download', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`], { env, hint, prefix: '[go]' });
  const { execFileSync } = await import('node:child_process');
  const dir = execFileSync('go', ['mod', 'download', '-json', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`], { env })
    .toString();
  const moduleDir = (JSON.parse(dir) as { Dir: string }).Dir;
  fs.rmSync(srcRoot, { recursive: true, force: true });
  fs.cpSync(moduleDir, srcRoot, { recursive: true });
  chmodWritable(srcRoot);
  fs.writeFileSync(path.join(srcRoot, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
  for (const patch of FERRETDB_PATCHES) {
    const file = path.join(srcRoot, patch.file);
    const source = fs.readFileSync(file, 'utf8');
    if (!source.includes(patch.from)) throw new ServiceError(`cannot patch FerretDB: ${patch.file} no longer holds ${patch.from}`);
    fs.writeFileSync(file, source.replace(patch.from, patch.to));
  }
  fs.mkdirSync(BIN_DIR, { recursive: true });
  await run('go', ['build', '-o', FERRETDB_BIN, './cmd/ferretdb'], { cwd: srcRoot, env, hint, prefix: '[go]' });
  fs.rmSync(srcRoot, { recursive: true, force: true });
}

function chmodWritable(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    fs.chmodSync(p, entry.isDirectory() ? 0o755 : 0o644);
    if (entry.isDirectory()) chmodWritable(p);
  }
  fs.chmodSync(dir, 0o755);
}

/** Starts a MongoDB-compatible server on loopback and returns what was started. */
export async function startMongo(): Promise<StartedService> {
  const port = portFromEnv('KAFAAT_MONGO_PORT', 27027);
  const uri = `mongodb://127.0.0.1:${port}`;
  if (await portOpen(port)) {
    throw new ServiceError(`port ${port} is already used by another program: stop it, or set KAFAAT_MONGO_PORT or MONGODB_URI`);
  }
  fs.mkdirSync(SERVICES_DIR, { recursive: true });
  const mongod = await findMongod();
  let pid: number;
  let engine: string;
  if (mongod) {
    const dbPath = path.join(SERVICES_DIR, 'mongod-data');
    fs.mkdirSync(dbPath, { recursive: true });
    pid = startDaemon(mongod, ['--bind_ip', '127.0.0.1', '--port', String(port), '--dbpath', dbPath], path.join(SERVICES_DIR, 'mongod.log'));
    engine = 'mongod';
  } else {
    if (!fs.existsSync(FERRETDB_BIN)) await buildFerretDB();
    const dataDir = path.join(SERVICES_DIR, 'ferretdb-data');
    fs.mkdirSync(dataDir, { recursive: true });
    const args = [
      '--handler=sqlite',
      `--sqlite-url=file:${dataDir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      '--telemetry=disable',
      '--debug-addr=-',
      `--state-dir=${dataDir}`,
      '--log-level=warn',
    ];
    pid = startDaemon(FERRETDB_BIN, args, path.join(SERVICES_DIR, 'ferretdb.log'), { env: { ...process.env, DO_NOT_TRACK: '1' } });
    engine = `FerretDB ${FERRETDB_VERSION} (SQLite)`;
  }
  await waitFor(engine, () => mongoAnswers(uri), 60_000, () => isAlive(pid));
  return { pid, uri, engine };
}
