/**
 * Saves a talent search for its owner. Matches that exist already are not news: `lastCheckedAt` starts now, so
 * only profiles changed from now on can alert. The limit per person is held by the unique (owner, slot) index:
 * the save takes the lowest free slot and, if another save took it meanwhile, reads again and takes the next.
 */
import { SAVED_SEARCHES_MAX, type SavedSearchFilters } from '@kafaat/shared';
import { forbidden, limitReached } from '../../errors';
import { SavedSearch, type StoredSavedSearch } from '../../models/SavedSearch';
import type { Actor } from '../../policies/actor';
import { savedSearchPolicy } from '../../policies/savedSearch';

export interface SavedSearchCreatorProps {
  actor: Actor | null;
  /** Validated by SavedSearchCreateSchema. */
  input: { name: string; filters: SavedSearchFilters; alerts: boolean };
  now?: Date;
}

const isDuplicateKey = (err: unknown) => (err as { code?: number }).code === 11000;

export async function createSavedSearch({ actor, input, now = new Date() }: SavedSearchCreatorProps): Promise<StoredSavedSearch> {
  if (!actor || !savedSearchPolicy.mayUse(actor)) throw forbidden('Only verified employers and programme staff can save talent searches.');
  await SavedSearch.init();
  // Each failed attempt means another save took a slot, so this ends with a save or the limit.
  for (let attempt = 0; attempt <= SAVED_SEARCHES_MAX; attempt += 1) {
    const used = new Set((await SavedSearch.find({ ownerId: actor.id }, { slot: 1 }).lean()).map((s) => s.slot));
    const slot = Array.from({ length: SAVED_SEARCHES_MAX }, (_, i) => i).find((i) => !used.has(i));
    if (slot === undefined) throw limitReached(`You can keep at most ${SAVED_SEARCHES_MAX} saved searches. Delete one first.`, { max: SAVED_SEARCHES_MAX });
    try {
      const created = await SavedSearch.create({ ownerId: actor.id, slot, name: input.name, filters: input.filters, alerts: input.alerts, lastCheckedAt: now });
      return created.toObject() as StoredSavedSearch;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  throw limitReached(`You can keep at most ${SAVED_SEARCHES_MAX} saved searches. Delete one first.`, { max: SAVED_SEARCHES_MAX });
}
