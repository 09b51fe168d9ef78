/**
 * The audit filters as they sit in the address (`?action=…&from=2026-03-01`), so a filtered view can be
 * reloaded or shared, and their translation into the API's query (days → ISO instants in the viewer's timezone).
 */
import type { AuditFilters } from './adminApi';

/** The filters, in form order; also their names in the address and in the API query. */
export const AUDIT_FILTER_NAMES = ['action', 'actorId', 'targetId', 'from', 'to'] as const;
/** One of the filter names. */
export type AuditFilterName = (typeof AUDIT_FILTER_NAMES)[number];
/** The values as typed: dates are calendar days (YYYY-MM-DD) from <input type="date">. */
export type AuditFilterValues = Partial<Record<AuditFilterName, string>>;

/** The filters present (non-empty) in the address's query. */
export function filtersFromSearch(search: URLSearchParams): AuditFilterValues {
  const values: AuditFilterValues = {};
  for (const name of AUDIT_FILTER_NAMES) {
    const value = search.get(name)?.trim();
    if (value) values[name] = value;
  }
  return values;
}

/** Start or end of a local calendar day as an ISO instant; undefined for anything that is not a day. */
export function dayToInstant(day: string | undefined, end: boolean): string | undefined {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00.000'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The API query for the typed values; a bad day is passed through so validation can name it. */
export function toApiFilters(values: AuditFilterValues): AuditFilters {
  return {
    action: values.action,
    actorId: values.actorId,
    targetId: values.targetId,
    from: values.from ? (dayToInstant(values.from, false) ?? values.from) : undefined,
    to: values.to ? (dayToInstant(values.to, true) ?? values.to) : undefined,
  };
}
