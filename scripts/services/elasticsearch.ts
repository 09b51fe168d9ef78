/**
 * Elasticsearch for local runs and tests: ELASTICSEARCH_URL when set, otherwise Elastic's own distribution
 * published on Maven Central (integ-test-zip), fetched with Maven and run single-node on loopback under a
 * Java 21+ JDK, as an unprivileged user when this process is root (Elasticsearch refuses to run as root).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CACHE_DIR, SERVICES_DIR, portFromEnv, type StartedService } from './state';
import { ServiceError, commandExists, isAlive, portOpen, run, startDaemon, waitFor } from './proc';

/** Newest 9.x published on Maven Central that runs here; the client's major (9) must match. */
export const ES_VERSION = '9.5.4';
const ARTIFACT = `org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip`;
const ES_HOME = path.join(CACHE_DIR, 'elasticsearch', `elasticsearch-${ES_VERSION}`);
const ES_USER = 'kafaat-es';
const MIN_JAVA = 21;

/** True when Elasticsearch answers with a yellow or green cluster health. */
export async function elasticsearchHealthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/_cluster/health`, { signal: AbortSignal.timeout(2000) });
    if (!res.ok) return false;
    const body = (await res.json()) as { status?: string };
    return body.status === 'green' || body.status === 'yellow';
  } catch {
    return false;
  }
}

function javaMajor(javaHome: string): number | undefined {
  const java = path.join(javaHome, 'bin', 'java');
  if (!fs.existsSync(java)) return undefined;
  const res = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)/.exec(`${res.stderr}${res.stdout}`);
  return match ? Number(match[1]) : undefined;
}

/** Finds a JDK of at least Java 21: ES_JAVA_HOME, JAVA_HOME, then the newest under /usr/lib/jvm. */
function findJava(): string {
  const candidates = [process.env.ES_JAVA_HOME, process.env.JAVA_HOME].filter((p): p is string => !!p);
  const jvmDir = '/usr/lib/jvm';
  if (fs.existsSync(jvmDir)) {
    const found = fs
      .readdirSync(jvmDir)
      .map((name) => path.join(jvmDir, name))
      .map((home) => ({ home, major: javaMajor(home) ?? 0 }))
      .sort((a, b) => b.major - a.major);
    candidates.push(...found.map((f) => f.home));
  }
  for (const home of candidates) {
    if ((javaMajor(home) ?? 0) >= MIN_JAVA) return home;
  }
  throw new ServiceError(
    `Java ${MIN_JAVA}+ not found (Elasticsearch ${ES_VERSION} needs it): install a JDK ${MIN_JAVA}+ and set ES_JAVA_HOME or JAVA_HOME, or set ELASTICSEARCH_URL`,
  );
}

/** Downloads the distribution with Maven and unpacks it into .cache/elasticsearch (first run only). */
async function installDistribution(): Promise<void> {
  if (fs.existsSync(path.join(ES_HOME, 'bin', 'elasticsearch'))) return;
  if (!commandExists('mvn', ['-v'])) {
    throw new ServiceError('Maven (mvn) not found: it fetches Elasticsearch from Maven Central. Install it (apt-get install maven) or set ELASTICSEARCH_URL');
  }
  if (!commandExists('unzip', ['-v'])) {
    throw new ServiceError('unzip not found: install it (apt-get install unzip) or set ELASTICSEARCH_URL');
  }
  const downloads = path.join(CACHE_DIR, 'downloads');
  fs.mkdirSync(downloads, { recursive: true });
  process.stderr.write(`[services] downloading Elasticsearch ${ES_VERSION} from Maven Central (first run only, ~130 MB)…\n`);
  await run('mvn', ['-B', '-ntp', 'dependency:copy', `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${downloads}`, '-Dmdep.overWriteReleases=true'], {
    hint: 'Maven could not fetch Elasticsearch from Maven Central: check its network access or set ELASTICSEARCH_URL.',
    prefix: '[mvn]',
  });
  const zip = path.join(downloads, `elasticsearch-${ES_VERSION}.zip`);
  const target = path.dirname(ES_HOME);
  fs.rmSync(ES_HOME, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  process.stderr.write('[services] unpacking Elasticsearch…\n');
  await run('unzip', ['-q', '-o', zip, '-d', target], { hint: 'unzip failed: is the disk full?', prefix: '[unzip]' });
  fs.rmSync(zip, { force: true });
}

/** When root, ensures the unprivileged system user Elasticsearch runs as, and returns its ids. */
function runAsUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = () => spawnSync('id', ['-u', ES_USER], { encoding: 'utf8' });
  if (lookup().status !== 0) {
    process.stderr.write(`[services] creating system user ${ES_USER} to run Elasticsearch (it refuses to run as root)\n`);
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', ES_USER]);
  }
  const uid = Number(execFileSync('id', ['-u', ES_USER]).toString().trim());
  const gid = Number(execFileSync('id', ['-g', ES_USER]).toString().trim());
  return { uid, gid };
}

function chownTree(dir: string, ids: { uid: number; gid: number }): void {
  execFileSync('chown', ['-R', `${ids.uid}:${ids.gid}`, dir]);
}

/** Starts Elasticsearch on loopback and waits until the cluster is healthy. */
export async function startElasticsearch(): Promise<StartedService> {
  const port = portFromEnv('KAFAAT_ES_PORT', 9250);
  const url = `http://127.0.0.1:${port}`;
  // Elasticsearch listens on the HTTP port and, for its transport, on the HTTP port + 100.
  for (const p of [port, port + 100]) {
    if (await portOpen(p)) throw new ServiceError(`port ${p} is already used by another program: stop it, or set KAFAAT_ES_PORT or ELASTICSEARCH_URL`);
  }
  const javaHome = findJava();
  await installDistribution();
  const dataDir = path.join(SERVICES_DIR, 'es-data');
  const logsDir = path.join(SERVICES_DIR, 'es-logs');
  fs.mkdirSync(dataDir, { recursive: true });
  fs.mkdirSync(logsDir, { recursive: true });
  const ids = runAsUser();
  if (ids) {
    for (const dir of [ES_HOME, dataDir, logsDir]) chownTree(dir, ids);
  }
  const heap = process.env.KAFAAT_ES_HEAP ?? '512m';
  const settings = {
    'discovery.type': 'single-node',
    'cluster.name': 'kafaat-local',
    'node.name': os.hostname(),
    'network.host': '127.0.0.1',
    'http.port': String(port),
    'transport.port': String(port + 100),
    'path.data': dataDir,
    'path.logs': logsDir,
    'xpack.security.enabled': 'false',
    'xpack.ml.enabled': 'false',
    'cluster.routing.allocation.disk.threshold_enabled': 'false',
    'action.destructive_requires_name': 'false',
  };
  const args = Object.entries(settings).flatMap(([k, v]) => ['-E', `${k}=${v}`]);
  const logFile = path.join(SERVICES_DIR, 'elasticsearch.log');
  fs.writeFileSync(logFile, '');
  if (ids) fs.chownSync(logFile, ids.uid, ids.gid);
  const pid = startDaemon(path.join(ES_HOME, 'bin', 'elasticsearch'), args, logFile, {
    cwd: ES_HOME,
    env: { ...process.env, ES_JAVA_HOME: javaHome, ES_JAVA_OPTS: `-Xms${heap} -Xmx${heap}`, HOME: ES_HOME },
    ...(ids ?? {}),
  });
  try {
    await waitFor(`Elasticsearch ${ES_VERSION}`, () => elasticsearchHealthy(url), 180_000, () => isAlive(pid));
  } catch (err) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
    throw new ServiceError(`${(err as Error).message}; last lines of ${logFile}:\n${tail}`);
  }
  return { pid, uri: url, engine: `Elasticsearch ${ES_VERSION}` };
}
