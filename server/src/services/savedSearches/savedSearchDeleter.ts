/** Deletes a saved search (owner only; anyone else gets a 404) and what it remembers of the profiles it alerted. */
import { forbidden, notFound } from '../../errors';
import { exclusive } from '../../models/compareAndSet';
import { SavedSearch } from '../../models/SavedSearch';
import { SavedSearchAlert } from '../../models/SavedSearchAlert';
import type { Actor } from '../../policies/actor';
import { savedSearchPolicy } from '../../policies/savedSearch';

export async function deleteSavedSearch({ actor, id }: { actor: Actor | null; id: string }): Promise<void> {
  if (!actor || !savedSearchPolicy.mayUse(actor)) throw forbidden('Only verified employers and programme staff can use saved searches.');
  const { deletedCount } = await exclusive(SavedSearch, id, () => SavedSearch.deleteOne({ _id: id, ...savedSearchPolicy.scope(actor) }));
  if (deletedCount === 0) throw notFound('Saved search');
  await SavedSearchAlert.deleteMany({ searchId: id });
}
