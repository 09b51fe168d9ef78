/**
 * The Elasticsearch client. Only code under server/src/search imports @elastic/elasticsearch; the rest of the
 * server talks to search through this module's functions.
 */
import { Client, type estypes } from '@elastic/elasticsearch';

export type SearchClient = Client;

export function createSearchClient(url: string): SearchClient {
  return new Client({ node: url, requestTimeout: 30_000, maxRetries: 2 });
}

/** Answers within `timeoutMs` whether the cluster is usable (yellow or green), never throwing. */
export async function clusterHealthy(client: SearchClient, timeoutMs = 2000): Promise<{ ok: boolean; error?: string }> {
  try {
    const health = await client.cluster.health({}, { requestTimeout: timeoutMs, maxRetries: 0 });
    if (health.status === 'red') return { ok: false, error: 'cluster status is red' };
    return { ok: true };
  } catch (err) {
    return { ok: false, error: describeSearchError(err) };
  }
}

/** A short, secret-free reason for a failed call, e.g. "connection refused". */
function describeSearchError(err: unknown): string {
  const e = err as { name?: string; message?: string };
  if (e?.name === 'ConnectionError') return 'connection refused or reset';
  if (e?.name === 'TimeoutError') return 'timed out';
  return e?.name ?? 'unknown error';
}

/**
 * The answers of an `_msearch`, in order. A failed search fails the whole call, as a lone search would: the error
 * carries the item's HTTP status in `meta.statusCode` like the client's own errors.
 */
export function msearchAnswers<T>(res: estypes.MsearchResponse<T>): Array<estypes.MsearchMultiSearchItem<T>> {
  return res.responses.map((item) => {
    if ('error' in item) {
      const err = new Error(`search failed: ${item.error.type}: ${item.error.reason ?? ''}`) as Error & { meta: { statusCode: number } };
      err.name = 'ResponseError';
      err.meta = { statusCode: item.status };
      throw err;
    }
    return item;
  });
}
