/**
 * Before any test file runs: make sure the MongoDB-compatible server and Elasticsearch are up (starting them
 * when needed) and hand their URIs to the test workers through the environment.
 */
import { ensureServices } from '../../scripts/services';

export default async function globalSetup(): Promise<void> {
  const services = await ensureServices();
  process.env.MONGODB_URI = services.MONGODB_URI;
  process.env.ELASTICSEARCH_URL = services.ELASTICSEARCH_URL;
  process.env.REDIS_URL = services.REDIS_URL;
  (globalThis as { __KAFAAT_STARTED__?: string[] }).__KAFAAT_STARTED__ = services.started;
}
