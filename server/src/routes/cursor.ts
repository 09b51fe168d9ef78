/**
 * Opaque cursors for paginated lists, newest first. A cursor is base64url text the client hands back unchanged;
 * a damaged one is a 400 on the `cursor` field, never a 500 or a silently restarted list.
 */
import { Types } from 'mongoose';
import { validationFailed } from '../errors';

const badCursor = () =>
  validationFailed([{ path: 'cursor', location: 'query', code: 'invalid_cursor', message: 'this page link is damaged: start again from the first page' }]);

const isId = (value: unknown): value is string => typeof value === 'string' && /^[a-f0-9]{24}$/.test(value);

/** Cursor after the document with this id (lists ordered by _id descending). */
export const encodeIdCursor = (id: Types.ObjectId) => Buffer.from(String(id)).toString('base64url');

/** The filter for the page after `cursor`, in _id descending order. */
export function afterIdCursor(cursor: string | undefined): Record<string, unknown> {
  if (cursor === undefined) return {};
  const id = Buffer.from(cursor, 'base64url').toString();
  if (!isId(id)) throw badCursor();
  return { _id: { $lt: new Types.ObjectId(id) } };
}

/** Cursor after the document with this date and id (lists ordered by `field` then _id, both descending). */
export const encodeDateCursor = (at: Date, id: Types.ObjectId) => Buffer.from(JSON.stringify([at.toISOString(), String(id)])).toString('base64url');

/** The filter for the page after `cursor`, in (`field`, _id) descending order. */
export function afterDateCursor(field: string, cursor: string | undefined): Record<string, unknown> {
  if (cursor === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    throw badCursor();
  }
  const [iso, id] = Array.isArray(parsed) ? parsed : [];
  const at = typeof iso === 'string' ? new Date(iso) : new Date(NaN);
  if (Number.isNaN(at.getTime()) || !isId(id)) throw badCursor();
  return { $or: [{ [field]: { $lt: at } }, { [field]: at, _id: { $lt: new Types.ObjectId(id) } }] };
}

/** Splits a fetch of `limit + 1` documents into the page and the cursor to the next one. */
export function pageFrom<T>(docs: T[], limit: number, cursorOf: (last: T) => string): { page: T[]; nextCursor: string | null } {
  const page = docs.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: docs.length > limit && last ? cursorOf(last) : null };
}

/** Cursor after the document with this sequence number (lists ordered by a unique number field descending). */
export const encodeNumberCursor = (n: number) => Buffer.from(String(n)).toString('base64url');

/** The filter for the page after `cursor`, in `field` descending order. */
export function afterNumberCursor(field: string, cursor: string | undefined): Record<string, unknown> {
  if (cursor === undefined) return {};
  const text = Buffer.from(cursor, 'base64url').toString();
  if (!/^\d{1,15}$/.test(text)) throw badCursor();
  return { [field]: { $lt: Number(text) } };
}
