/**
 * Renames a saved search, replaces its filters, or turns its alerts on or off (owner only; anyone else gets a
 * 404). New filters, or alerts turned back on, count from now: what already matched is not news.
 */
import type { SavedSearchFilters } from '@kafaat/shared';
import { forbidden, notFound } from '../../errors';
import { exclusive } from '../../models/compareAndSet';
import { SavedSearch, type StoredSavedSearch } from '../../models/SavedSearch';
import type { Actor } from '../../policies/actor';
import { savedSearchPolicy } from '../../policies/savedSearch';

export interface SavedSearchUpdaterProps {
  actor: Actor | null;
  id: string;
  /** Validated by SavedSearchUpdateSchema. */
  input: { name?: string; filters?: SavedSearchFilters; alerts?: boolean };
  now?: Date;
}

export async function updateSavedSearch({ actor, id, input, now = new Date() }: SavedSearchUpdaterProps): Promise<StoredSavedSearch> {
  if (!actor || !savedSearchPolicy.mayUse(actor)) throw forbidden('Only verified employers and programme staff can use saved searches.');
  const owned = { _id: id, ...savedSearchPolicy.scope(actor) };
  // Queued with the alert job's writes of the same search (FerretDB writes whole documents back).
  const updated = await exclusive(SavedSearch, id, async () => {
    const found = await SavedSearch.findOne(owned, { alerts: 1 }).lean();
    if (!found) return null;
    const set: Record<string, unknown> = {};
    if (input.name !== undefined) set.name = input.name;
    if (input.alerts !== undefined) set.alerts = input.alerts;
    if (input.filters !== undefined) set.filters = input.filters;
    if (input.filters !== undefined || (input.alerts === true && !found.alerts)) set.lastCheckedAt = now;
    return SavedSearch.findOneAndUpdate(owned, { $set: set }, { returnDocument: 'after' }).lean<StoredSavedSearch>();
  });
  if (!updated) throw notFound('Saved search');
  return updated;
}
