/** A saved search as its owner sees it: the parsed filters and the query string that runs them again. */
import { SavedSearchFiltersSchema, savedSearchQueryString, type SavedSearch } from '@kafaat/shared';
import type { StoredSavedSearch } from '../models/SavedSearch';

export function presentSavedSearch(s: StoredSavedSearch): SavedSearch {
  const filters = SavedSearchFiltersSchema.parse(s.filters);
  return {
    id: String(s._id),
    name: s.name,
    filters,
    query: savedSearchQueryString(filters),
    alerts: s.alerts,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}
