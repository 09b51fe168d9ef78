/** Test factories: saved searches and pages of them as the API returns them. */
import { SavedSearchFiltersInputSchema, savedSearchQueryString, type SavedSearch } from '@kafaat/shared';

let sequence = 0;

/** "Ingénieurs civils à Rabat": free text and Morocco, alerts on; `filters` as the talent search takes them. */
export function buildSavedSearch(overrides: Partial<Omit<SavedSearch, 'filters' | 'query'>> & { filters?: Record<string, string> } = {}): SavedSearch {
  sequence += 1;
  const { filters: sent = { q: 'génie civil', country: 'MA' }, ...rest } = overrides;
  const filters = SavedSearchFiltersInputSchema.parse(sent);
  return {
    id: `77a0000000000000000${String(sequence).padStart(5, '0')}`,
    name: 'Ingénieurs civils à Rabat',
    filters,
    query: savedSearchQueryString(filters),
    alerts: true,
    createdAt: '2026-03-12T09:30:00.000Z',
    updatedAt: '2026-03-12T09:30:00.000Z',
    ...rest,
  };
}

/** GET /saved-searches. */
export const savedSearchPage = (items: SavedSearch[], nextCursor: string | null = null) => ({ items, nextCursor });
