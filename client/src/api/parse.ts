/**
 * Response envelopes around the shared item schemas: `{ items }` lists and `{ items, nextCursor }` pages.
 * Typed structurally so the client need not import zod itself.
 */
import { pageOf } from '@kafaat/shared';

type ArraySchema<T> = { array(): { parse(value: unknown): T[] } };

/** The items of a `{ items: [...] }` answer, each checked against the shared schema. */
export function parseItems<T>(schema: ArraySchema<T>, body: unknown): T[] {
  const items = body !== null && typeof body === 'object' ? (body as { items?: unknown }).items : undefined;
  return schema.array().parse(items);
}

/** One page of a cursor-paginated list; `nextCursor` is null on the last page. */
export type Page<T> = { items: T[]; nextCursor: string | null };

/** One page of a `{ items, nextCursor }` answer, checked with the shared `pageOf` schema. */
export function parsePage<T>(schema: Parameters<typeof pageOf>[0] & ArraySchema<T>, body: unknown): Page<T> {
  return pageOf(schema).parse(body) as Page<T>;
}

/** A query string from defined, non-empty values only. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
