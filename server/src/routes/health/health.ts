/** Liveness and readiness probes, for load balancers, docker-compose health checks and the client's footer. */
import { LivenessSchema, ReadinessSchema, type Readiness } from '@kafaat/shared';
import { defineRoute } from '../define';
import { mongoHealthy } from '../../db';
import { clusterHealthy, type SearchClient } from '../../search/client';
import { searchBacklog } from '../../search/indexer';

async function timed(check: () => Promise<{ ok: boolean; error?: string }>) {
  const started = performance.now();
  const result = await check();
  const latencyMs = Math.round(performance.now() - started);
  return result.ok ? { status: 'up' as const, latencyMs } : { status: 'down' as const, latencyMs, error: result.error };
}

export function healthRoutes(search: SearchClient) {
  return [
    defineRoute({
      method: 'get',
      path: '/healthz',
      summary: 'The process is alive',
      tags: ['health'],
      responses: { 200: { description: 'Alive', schema: LivenessSchema } },
      handler: (_req, res) => {
        res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/readyz',
      summary: 'MongoDB and Elasticsearch answer; also reports the search backlog (changes not yet searchable)',
      tags: ['health'],
      responses: {
        200: { description: 'Ready', schema: ReadinessSchema },
        503: { description: 'A dependency is down; `checks` names it', schema: ReadinessSchema },
      },
      handler: async (_req, res) => {
        const [mongodb, elasticsearch] = await Promise.all([timed(() => mongoHealthy()), timed(() => clusterHealthy(search))]);
        const ready = mongodb.status === 'up' && elasticsearch.status === 'up';
        const body: Readiness = { status: ready ? 'ready' : 'unavailable', checks: { mongodb, elasticsearch } };
        if (mongodb.status === 'up') {
          const backlog = await searchBacklog().catch(() => null);
          if (backlog) body.search = { backlog: backlog.total, profiles: backlog.profiles, opportunities: backlog.opportunities, deletions: backlog.deletions };
        }
        res.status(ready ? 200 : 503).json(body);
      },
    }),
  ];
}
