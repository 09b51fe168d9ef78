/**
 * A small HTTP load generator for the benchmarks: N workers, each sending the next request of a list as soon as
 * its previous one answered, over keep-alive connections (one per worker). A warm-up phase runs first and is not
 * measured; the measured phase stops issuing requests after a number of requests or a duration, whichever comes
 * first, then waits for the requests in flight (at most `drainMs`; those still running then are cut and counted
 * as timeouts, at the time they had run).
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

/** One request of a scenario's rotation. */
export interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

/** A phase stops issuing requests at whichever limit comes first. */
export interface PhaseLimits {
  requests: number;
  ms: number;
}

/** One scenario. */
export interface LoadOptions {
  name: string;
  /** http://host:port of the server to load. */
  baseUrl: string;
  concurrency: number;
  /** Sent round-robin. */
  requests: RequestSpec[];
  warmup: PhaseLimits;
  measure: PhaseLimits;
  /** Longest wait for the requests in flight once a phase stops issuing. */
  drainMs: number;
  /** A number read from each answer's body (Elasticsearch's `took`), summarised like the latencies. */
  extract?: (body: string) => number | undefined;
}

/** Latency summary, in milliseconds. */
export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** What the measured phase of a scenario gave. */
export interface LoadResult extends Percentiles {
  name: string;
  concurrency: number;
  /** Requests answered 2xx. */
  count: number;
  errors: number;
  timeouts: number;
  elapsedMs: number;
  /** Answered requests per second over the measured phase. */
  throughput: number;
  /** Summary of `extract` over the measured phase, when given. */
  extracted?: Percentiles;
  firstError?: string;
}

/** Nearest-rank percentiles of a list of numbers (all 0 for an empty list). */
export function percentiles(values: number[]): Percentiles {
  if (values.length === 0) return { p50: 0, p95: 0, p99: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1)! };
}

interface Outcome {
  ms: number;
  status: number;
  body: string;
  timedOut: boolean;
  error?: string;
}

function send(agent: http.Agent, base: URL, spec: RequestSpec, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: spec.method,
        path: spec.path,
        headers: { ...(spec.body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(spec.body) } : {}), ...spec.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ ms: performance.now() - started, status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), timedOut: false }));
        res.on('error', (err) => resolve({ ms: performance.now() - started, status: 0, body: '', timedOut: false, error: err.message }));
      },
    );
    req.setTimeout(Math.max(1, timeoutMs), () => req.destroy(new Error('timeout')));
    req.on('error', (err) => resolve({ ms: performance.now() - started, status: 0, body: '', timedOut: err.message === 'timeout', error: err.message }));
    if (spec.body) req.write(spec.body);
    req.end();
  });
}

async function phase(opts: LoadOptions, agent: http.Agent, limits: PhaseLimits, counter: { next: number }) {
  const base = new URL(opts.baseUrl);
  const started = performance.now();
  const hardStop = started + limits.ms + opts.drainMs;
  const latencies: number[] = [];
  const extracted: number[] = [];
  let issued = 0;
  let errors = 0;
  let timeouts = 0;
  let firstError: string | undefined;
  let lastAnswer = started;
  const worker = async () => {
    while (issued < limits.requests && performance.now() - started < limits.ms) {
      issued += 1;
      const spec = opts.requests[counter.next++ % opts.requests.length]!;
      const out = await send(agent, base, spec, hardStop - performance.now());
      lastAnswer = performance.now();
      if (out.timedOut) {
        timeouts += 1;
        latencies.push(out.ms);
      } else if (out.status >= 200 && out.status < 300) {
        latencies.push(out.ms);
        const value = opts.extract?.(out.body);
        if (value !== undefined) extracted.push(value);
      } else {
        errors += 1;
        firstError ??= out.error ?? `${out.status} ${out.body.slice(0, 200)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  return { latencies, extracted, errors, timeouts, firstError, elapsedMs: lastAnswer - started };
}

/** Runs the warm-up, then the measured phase, and summarises the latter. */
export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.concurrency });
  const counter = { next: 0 };
  try {
    await phase(opts, agent, opts.warmup, counter);
    const m = await phase(opts, agent, opts.measure, counter);
    const answered = m.latencies.length - m.timeouts;
    return {
      name: opts.name,
      concurrency: opts.concurrency,
      count: answered,
      errors: m.errors,
      timeouts: m.timeouts,
      elapsedMs: m.elapsedMs,
      throughput: m.elapsedMs > 0 ? answered / (m.elapsedMs / 1000) : 0,
      ...percentiles(m.latencies),
      ...(opts.extract ? { extracted: percentiles(m.extracted) } : {}),
      ...(m.firstError ? { firstError: m.firstError } : {}),
    };
  } finally {
    agent.destroy();
  }
}
