/** After the run: stop the services this run started (those already running are left as they were). */
import { stopServices } from '../../scripts/services';

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __KAFAAT_STARTED__?: Array<'mongodb' | 'elasticsearch' | 'redis'> }).__KAFAAT_STARTED__ ?? [];
  if (started.length > 0 && process.env.KAFAAT_KEEP_SERVICES !== '1') await stopServices(started);
}
