import { z } from 'zod';

/** GET /healthz: the process is alive. */
export const LivenessSchema = z.object({ status: z.literal('ok'), uptimeSeconds: z.number() });
export type Liveness = z.infer<typeof LivenessSchema>;

/** The state of one dependency the API needs to serve requests. */
export const DependencyCheckSchema = z.object({
  status: z.enum(['up', 'down']),
  /** Round-trip time of the check, in milliseconds. */
  latencyMs: z.number(),
  /** Why the dependency is considered down (no secrets, no connection strings). */
  error: z.string().optional(),
});

/** GET /readyz: whether MongoDB and Elasticsearch answer; 503 names the one that does not. */
export const ReadinessSchema = z.object({
  status: z.enum(['ready', 'unavailable']),
  checks: z.object({ mongodb: DependencyCheckSchema, elasticsearch: DependencyCheckSchema }),
  /**
   * Changes saved in MongoDB that search does not reflect yet (marked profiles and opportunities, owed
   * deletions). A backlog alone does not make the API unready: it drains once Elasticsearch answers.
   * Absent when MongoDB is down.
   */
  search: z.object({ backlog: z.number().int(), profiles: z.number().int(), opportunities: z.number().int(), deletions: z.number().int() }).optional(),
});
export type Readiness = z.infer<typeof ReadinessSchema>;
