/**
 * Start-up: validate configuration, connect MongoDB and Elasticsearch, listen, and shut down gracefully on
 * SIGTERM/SIGINT (stop accepting, let in-flight requests finish, then close connections).
 */
import http from 'node:http';
import { createApp } from './app';
import { ConfigError, parseConfig } from './env';
import { createLogger } from './logger';
import { connectMongo, disconnectMongo } from './db';
import { createSearchClient } from './search/client';
import { SearchIndexer } from './search/indexer';
import { ensureSearchIndices } from './search/indices';
import { schedulePurge } from './services/maintenance/purger';
import { loadTaxonomy } from './services/taxonomy/taxonomyLoader';
import { scheduleDigests } from './services/notifications/digestSender';
import { scheduleSavedSearchAlerts } from './services/savedSearches/alertChecker';
import { scheduleNewMatchNotifications } from './services/matching/newMatchNotifier';
import { createRealtime } from './realtime/server';

async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee the configuration table in README.md.\n`);
      process.exit(78);
    }
    throw err;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const search = createSearchClient(config.ELASTICSEARCH_URL);
  await connectMongo(config.MONGODB_URI, config.MONGODB_DB);
  const { app, ctx, sessionMiddleware, passport } = createApp({ config, logger, search });
  try {
    const taxonomy = await loadTaxonomy(ctx);
    logger.info(taxonomy, 'skills taxonomy ready');
  } catch (err) {
    // The API still serves what does not need the taxonomy; /readyz tells whether Elasticsearch is reachable.
    logger.error({ err }, 'loading the skills taxonomy failed; the skill picker is unavailable until the next start');
  }
  try {
    const built = await ensureSearchIndices(search, config.ES_INDEX_PREFIX);
    logger.info({ built }, 'search indices ready');
  } catch (err) {
    // Writes go on (marked in MongoDB); the indexer builds missing indices once Elasticsearch answers.
    logger.error({ err }, 'preparing the search indices failed; the indexer retries');
  }
  const indexer = new SearchIndexer({ search, prefix: config.ES_INDEX_PREFIX, logger, sweepIntervalMs: config.SEARCH_SWEEP_SECONDS * 1000 }).start();
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  logger.info({ port, host: config.HOST, env: config.NODE_ENV }, `Kafaat listening on http://${config.HOST}:${port}`);
  // Live updates on the same server and cookie; with REDIS_URL, relayed between processes.
  const realtime = await createRealtime(server, { sessionMiddleware, passport, config, logger });
  logger.info({ relay: config.REDIS_URL ? 'redis' : 'none' }, 'live updates ready on /socket.io');

  const stopPurge = schedulePurge(10 * 60_000, (err) => logger.warn({ err }, 'purge of expired sessions and tokens failed'));
  const stopDigests = scheduleDigests(ctx);
  const stopAlerts = scheduleSavedSearchAlerts({ search, prefix: config.ES_INDEX_PREFIX, logger });
  const stopNewMatches = scheduleNewMatchNotifications({ search, prefix: config.ES_INDEX_PREFIX, logger });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
    stopPurge();
    stopDigests();
    stopAlerts();
    const newMatchesStopped = stopNewMatches();
    const indexerStopped = indexer.stop().catch((err: unknown) => logger.warn({ err }, 'stopping the search indexer failed'));
    // Sockets are told to go (they reconnect to another process); the Redis clients close before Mongo does.
    const realtimeClosed = realtime.close().catch((err: unknown) => logger.warn({ err }, 'closing live updates failed'));
    const force = setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_TIMEOUT_MS).unref();
    server.close(async () => {
      clearTimeout(force);
      await realtimeClosed;
      await indexerStopped;
      await newMatchesStopped;
      await Promise.allSettled([disconnectMongo(), search.close()]);
      logger.info('shutdown complete');
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Kafaat failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
