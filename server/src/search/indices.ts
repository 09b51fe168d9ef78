/**
 * The talents and opportunities indices. Each is a physical index named after its mapping version and build time
 * (`<prefix>profiles_<version>_<time>`) behind the alias searches read (`<prefix>profiles`). A rebuild creates
 * the new index behind a second alias (`<prefix>profiles_next`) that the indexer also writes to, fills it from
 * MongoDB in bulk, then moves the read alias in one atomic alias update and deletes the old index: searches never
 * see a missing or half-built index, and changes made during the rebuild reach the new index too. Documents are
 * written with `version_type: external_gte` and the MongoDB `searchSync.seq` as version, so whichever of the
 * rebuild and the indexer writes last, the newest copy wins.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { SearchClient } from './client';
import { OPPORTUNITIES_MAPPING, OPPORTUNITIES_MAPPING_VERSION } from './mappings/opportunities';
import { PROFILES_MAPPING, PROFILES_MAPPING_VERSION } from './mappings/profiles';
import { readBatch, type SearchIndexName } from './sources';

export const SEARCH_INDICES: Record<SearchIndexName, { mappings: estypes.MappingTypeMapping; version: string }> = {
  profiles: { mappings: PROFILES_MAPPING as estypes.MappingTypeMapping, version: PROFILES_MAPPING_VERSION },
  opportunities: { mappings: OPPORTUNITIES_MAPPING as estypes.MappingTypeMapping, version: OPPORTUNITIES_MAPPING_VERSION },
};
export const SEARCH_INDEX_NAMES = Object.keys(SEARCH_INDICES) as SearchIndexName[];

/** The alias searches read. */
export const readAlias = (prefix: string, index: SearchIndexName) => `${prefix}${index}`;
/** The alias of an index being built, which the indexer writes to as well. */
export const nextAlias = (prefix: string, index: SearchIndexName) => `${prefix}${index}_next`;

/** Documents per bulk request of a rebuild. */
const BUILD_BATCH = 500;

/** Physical indices behind an alias (none when it does not exist). */
export async function indicesBehind(search: SearchClient, alias: string): Promise<string[]> {
  const res = await search.indices.getAlias({ name: alias }, { ignore: [404] });
  return Object.keys(res ?? {}).filter((name) => name !== 'error' && name !== 'status');
}

/** Whether the read alias points at an index of the current mapping version. */
export async function isCurrent(search: SearchClient, prefix: string, index: SearchIndexName): Promise<boolean> {
  const current = await indicesBehind(search, readAlias(prefix, index));
  return current.some((name) => name.startsWith(`${readAlias(prefix, index)}_${SEARCH_INDICES[index].version}_`));
}

/** The aliases the indexer writes a document of `index` to: the read alias, and the next one during a rebuild. */
export async function writeAliases(search: SearchClient, prefix: string, index: SearchIndexName): Promise<string[]> {
  const next = nextAlias(prefix, index);
  return (await indicesBehind(search, next)).length > 0 ? [readAlias(prefix, index), next] : [readAlias(prefix, index)];
}

/**
 * The bulk lines writing (or, for `doc: null`, deleting) one document. Through an alias, `require_alias` stops
 * Elasticsearch from creating a stray index under the alias's name when the alias has just gone.
 */
export function bulkLines(target: string, id: string, seq: number, doc: object | null, throughAlias = true): Array<estypes.BulkOperationContainer | object> {
  if (doc === null) return [{ delete: { _index: target, _id: id } }];
  return [{ index: { _index: target, _id: id, version: seq, version_type: 'external_gte', ...(throughAlias ? { require_alias: true } : {}) } }, doc];
}

/** Whether a bulk item succeeded as far as the index is concerned (a newer version already there counts). */
export function itemAcknowledged(item: estypes.BulkResponseItem, deletion: boolean): boolean {
  if (item.status >= 200 && item.status < 300) return true;
  if (item.status === 409 && item.error?.type === 'version_conflict_engine_exception') return true;
  return deletion && item.status === 404 && !item.error;
}

export interface RebuildProps {
  search: SearchClient;
  prefix: string;
  index: SearchIndexName;
  /** Removes the half-built index of a rebuild that crashed; never use while another rebuild runs. */
  force?: boolean;
  /** Called after each bulk request of the build, before the swap. */
  onProgress?: (indexed: number) => void | Promise<void>;
}

/**
 * Builds a fresh index from MongoDB and swaps it in behind the read alias, deleting the old one. Returns the new
 * physical index name, the number of documents written and those Elasticsearch refused (a mapping bug: they
 * are reported, and stay out of search, rather than keeping every other document out). Throws, leaving the live
 * index untouched, when another rebuild is running or Elasticsearch fails.
 */
export async function rebuildIndex({ search, prefix, index, force = false, onProgress }: RebuildProps): Promise<{ name: string; count: number; refused: Array<{ id: string; error: string }> }> {
  const alias = readAlias(prefix, index);
  const next = nextAlias(prefix, index);
  const building = await indicesBehind(search, next);
  if (building.length > 0) {
    if (!force) throw new Error(`a rebuild of ${alias} is already running (${building.join(', ')}); after a crash, run again with --force`);
    await search.indices.delete({ index: building, ignore_unavailable: true });
  }
  const name = `${alias}_${SEARCH_INDICES[index].version}_${Date.now().toString(36)}`;
  await search.indices.create({
    index: name,
    settings: { number_of_shards: 1, number_of_replicas: 0, refresh_interval: '1s' },
    mappings: SEARCH_INDICES[index].mappings,
    aliases: { [next]: {} },
  });
  let count = 0;
  const refused: Array<{ id: string; error: string }> = [];
  try {
    let afterId = null;
    for (;;) {
      const batch = await readBatch(index, { dirtyOnly: false, afterId, limit: BUILD_BATCH });
      if (batch.count === 0) break;
      afterId = batch.lastId;
      const operations = batch.docs.filter((d) => d.doc !== null).flatMap((d) => bulkLines(name, d.id, d.seq, d.doc, false));
      if (operations.length > 0) {
        const res = await search.bulk({ operations });
        for (const item of res.items) {
          if (itemAcknowledged(item.index!, false)) count += 1;
          else refused.push({ id: item.index!._id!, error: `${item.index!.error?.type ?? item.index!.status}: ${item.index!.error?.reason ?? ''}` });
        }
        await onProgress?.(count);
      }
    }
    await search.indices.refresh({ index: name });
  } catch (err) {
    await search.indices.delete({ index: name, ignore_unavailable: true }).catch(() => undefined);
    throw err;
  }
  const old = await indicesBehind(search, alias);
  await search.indices.updateAliases({
    actions: [...old.map((o) => ({ remove: { index: o, alias } })), { add: { index: name, alias } }, { remove: { index: name, alias: next } }],
  });
  if (old.length > 0) await search.indices.delete({ index: old, ignore_unavailable: true });
  return { name, count, refused };
}

/**
 * Start-up: builds each index whose read alias is missing or points at an older mapping version. Returns the
 * indices built. A rebuild already running elsewhere is left to finish.
 */
export async function ensureSearchIndices(search: SearchClient, prefix: string): Promise<SearchIndexName[]> {
  const built: SearchIndexName[] = [];
  for (const index of SEARCH_INDEX_NAMES) {
    if (await isCurrent(search, prefix, index)) continue;
    if ((await indicesBehind(search, nextAlias(prefix, index))).length > 0) continue;
    await rebuildIndex({ search, prefix, index });
    built.push(index);
  }
  return built;
}
