/**
 * Erasing a person from search: every index of this deployment (the configured prefix) may hold documents they
 * own, so one sweep covers them all, including indexes added later, as long as their documents carry the owner's
 * user id in `ownerId`.
 *
 * Not `_delete_by_query`: it comes from Elasticsearch's `reindex` module, which the integ-test-zip distribution
 * we run locally does not ship ("no handler found for uri"). Search + bulk delete is core API and behaves the same
 * on a full cluster; erasures are rare, so the extra round trips do not matter.
 */
import type { SearchClient } from './client';

/** Documents deleted per round trip. */
const BATCH = 500;

export interface OwnerErasureProps {
  search: SearchClient;
  indexPrefix: string;
  ownerId: string;
}

/** Finds the next batch of the owner's documents in every index of the deployment; pure, so its JSON is tested. */
export function ownedDocumentsRequest({ indexPrefix, ownerId }: Omit<OwnerErasureProps, 'search'>) {
  return {
    index: `${indexPrefix}*`,
    query: { term: { ownerId } },
    _source: false,
    size: BATCH,
    ignore_unavailable: true,
    allow_no_indices: true,
  };
}

/** Deletes every document owned by `ownerId` in the deployment's indexes; returns how many were deleted. */
export async function eraseOwnedDocuments({ search, indexPrefix, ownerId }: OwnerErasureProps): Promise<number> {
  const indices = { index: `${indexPrefix}*`, ignore_unavailable: true, allow_no_indices: true };
  // Make documents indexed a moment ago searchable, or the sweep would miss them.
  await search.indices.refresh(indices);
  let deleted = 0;
  for (;;) {
    const { hits } = await search.search(ownedDocumentsRequest({ indexPrefix, ownerId }));
    if (hits.hits.length === 0) return deleted;
    const res = await search.bulk({ operations: hits.hits.map((hit) => ({ delete: { _index: hit._index, _id: hit._id! } })), refresh: true });
    const failed = res.items.filter((item) => item.delete?.error);
    // Throwing lets the caller retry the erasure; looping again would spin on a document that cannot be deleted.
    if (failed.length > 0) throw new Error(`search erasure failed for ${failed.length} document(s): ${failed[0]!.delete!.error!.type}`);
    deleted += hits.hits.length;
  }
}
