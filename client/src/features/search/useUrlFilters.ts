import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** How one search page reads its filters from the address and writes them back. */
export type FilterCodec<F> = {
  fromParams(params: URLSearchParams): F;
  toParams(filters: F): URLSearchParams;
};

/**
 * The filters of a search page, kept in the address: each change is a new history entry, so Back returns to the
 * previous search and a copied link opens the same one. `?lang=` (the interface language) is kept as it is.
 */
export function useUrlFilters<F>(codec: FilterCodec<F>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.toString();
  // The canonical form of the filters: what the API gets, and the cache key of the search.
  const filters = useMemo(() => codec.fromParams(new URLSearchParams(raw)), [codec, raw]);
  const query = useMemo(() => codec.toParams(filters), [codec, filters]);

  const apply = useCallback(
    (next: F) => {
      setSearchParams((current) => {
        const params = codec.toParams(next);
        const lang = current.get('lang');
        if (lang) params.set('lang', lang);
        return params;
      });
    },
    [codec, setSearchParams],
  );

  return { filters, query, apply };
}
