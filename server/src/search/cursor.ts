/**
 * Opaque cursors of search pages: the sort values of the last result (`search_after`), with the sort they
 * belong to, as base64url JSON. A damaged cursor, or one from another sort, is a 400 on `cursor`.
 */
import type { estypes } from '@elastic/elasticsearch';
import { validationFailed } from '../errors';

const badCursor = () =>
  validationFailed([{ path: 'cursor', location: 'query', code: 'invalid_cursor', message: 'this page link is damaged: start again from the first page' }]);

export function encodeSearchCursor(sort: string, values: estypes.SortResults): string {
  return Buffer.from(JSON.stringify({ s: sort, v: values })).toString('base64url');
}

/** The `search_after` values of a cursor made for `sort`: a number or null, then a document id. */
export function decodeSearchCursor(sort: string, cursor: string | undefined): estypes.SortResults | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    throw badCursor();
  }
  const { s, v } = (parsed ?? {}) as { s?: unknown; v?: unknown };
  if (s !== sort || !Array.isArray(v) || v.length !== 2) throw badCursor();
  const [value, id] = v as [unknown, unknown];
  const okValue = (typeof value === 'number' && Number.isFinite(value)) || value === null;
  if (!okValue || typeof id !== 'string' || !/^[a-f0-9]{24}$/.test(id)) throw badCursor();
  return [value, id] as estypes.SortResults;
}
