/**
 * The one entry point to the local services used by `npm start`, `npm test` and `npm run services`.
 * It is idempotent: services given by the environment are used as they are, services this project started
 * earlier are reused while they answer, and only what is missing is started.
 */
import { ENV_FILE, readState, writeEnvFile, writeState, type ServicesState } from './state';
import { mongoAnswers, startMongo } from './mongodb';
import { elasticsearchHealthy, startElasticsearch } from './elasticsearch';
import { redisAnswers, startRedis } from './redis';
import { ServiceError, isAlive, stopProcess } from './proc';

export { ServiceError };

/** The URIs the app and the tests connect to, and which services this call started. */
export interface Services {
  MONGODB_URI: string;
  ELASTICSEARCH_URL: string;
  /** Relays socket.io events between server processes. */
  REDIS_URL: string;
  started: Array<keyof ServicesState>;
}

/** Makes sure every service answers, starting what is missing; records and prints their URIs. */
export async function ensureServices(): Promise<Services> {
  const state = readState();
  const started: Array<keyof ServicesState> = [];
  // Both starts are independent; Elasticsearch is the slow one, so run them side by side.
  const [mongodbUri, esUrl, redisUrl] = await Promise.all([
    (async () => {
      if (process.env.MONGODB_URI) return process.env.MONGODB_URI;
      const known = state.mongodb;
      if (known && isAlive(known.pid) && (await mongoAnswers(known.uri))) return known.uri;
      state.mongodb = await startMongo();
      started.push('mongodb');
      return state.mongodb.uri;
    })(),
    (async () => {
      if (process.env.ELASTICSEARCH_URL) return process.env.ELASTICSEARCH_URL;
      const known = state.elasticsearch;
      if (known && isAlive(known.pid) && (await elasticsearchHealthy(known.uri))) return known.uri;
      state.elasticsearch = await startElasticsearch();
      started.push('elasticsearch');
      return state.elasticsearch.uri;
    })(),
    (async () => {
      if (process.env.REDIS_URL) return process.env.REDIS_URL;
      const known = state.redis;
      if (known && isAlive(known.pid) && (await redisAnswers(known.uri))) return known.uri;
      state.redis = await startRedis();
      started.push('redis');
      return state.redis.uri;
    })(),
  ]);
  writeState(state);
  writeEnvFile({ MONGODB_URI: mongodbUri, ELASTICSEARCH_URL: esUrl, REDIS_URL: redisUrl });
  return { MONGODB_URI: mongodbUri, ELASTICSEARCH_URL: esUrl, REDIS_URL: redisUrl, started };
}

/** Stops the services this project started (all of them, or only those named). */
export async function stopServices(only?: Array<keyof ServicesState>): Promise<string[]> {
  const state = readState();
  const stopped: string[] = [];
  for (const key of ['elasticsearch', 'mongodb', 'redis'] as const) {
    const svc = state[key];
    if (!svc || (only && !only.includes(key))) continue;
    if (isAlive(svc.pid)) {
      await stopProcess(svc.pid);
      stopped.push(svc.engine);
    }
    delete state[key];
  }
  writeState(state);
  return stopped;
}

async function main(): Promise<void> {
  const command = process.argv[2] ?? 'up';
  if (command === 'stop') {
    const stopped = await stopServices();
    console.log(stopped.length ? `Stopped: ${stopped.join(', ')}` : 'Nothing started by this project is running.');
    return;
  }
  if (command !== 'up') throw new ServiceError(`unknown command "${command}": use "up" or "stop"`);
  const services = await ensureServices();
  console.log(`MONGODB_URI=${services.MONGODB_URI}`);
  console.log(`ELASTICSEARCH_URL=${services.ELASTICSEARCH_URL}`);
  console.log(`REDIS_URL=${services.REDIS_URL}`);
  console.log(`(written to ${ENV_FILE}; stop them with: npm run services:stop)`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(`\n[services] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
