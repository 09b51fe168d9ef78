/**
 * Reads what the search documents are built from, in batches: profiles with their talents' display names and
 * skills' names, opportunities with their organisations' names and skills' names (one query per collection per
 * batch). Shared by the indexer (dirty documents) and the reindex (everything).
 */
import type { Model, Types } from 'mongoose';
import { findByIds } from '../models/byIds';
import { Opportunity } from '../models/Opportunity';
import { Organisation } from '../models/Organisation';
import { Profile } from '../models/Profile';
import { Skill } from '../models/Skill';
import { User } from '../models/User';
import { toOpportunityDoc, type OpportunityIndexDoc, type OpportunitySource } from './mappings/opportunities';
import { toProfileDoc, type ProfileIndexDoc, type ProfileSource, type SkillNames } from './mappings/profiles';

export type SearchIndexName = 'profiles' | 'opportunities';

/** One document to write (`doc`), or to remove when its owner is gone (`doc: null`); `seq` is its version. */
export interface SourcedDoc<D> {
  id: string;
  seq: number;
  doc: D | null;
}

type WithSync = { _id: Types.ObjectId; searchSync?: { seq?: number | null } | null };

/** The taxonomy skills named in a batch, by id. */
async function skillNames(ids: Iterable<string>): Promise<Map<string, SkillNames>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const skills = await Skill.find({ _id: { $in: unique } }, { labels: 1, synonyms: 1 }).lean<SkillNames[]>();
  return new Map(skills.map((s) => [String(s._id), s]));
}

/** Profiles as documents; a profile whose account is gone (an erasure under way) is a removal. */
export async function profileDocs(profiles: Array<ProfileSource & WithSync>): Promise<Array<SourcedDoc<ProfileIndexDoc>>> {
  const users = await findByIds<{ _id: Types.ObjectId; displayName: string }>(User, profiles.map((p) => p._id), { displayName: 1 });
  const names = new Map(users.map((u) => [String(u._id), u.displayName]));
  const skills = await skillNames(profiles.flatMap((p) => (p.skills ?? []).map((s) => s.skillId)));
  return profiles.map((p) => {
    const id = String(p._id);
    const displayName = names.get(id);
    return { id, seq: p.searchSync?.seq ?? 0, doc: displayName === undefined ? null : toProfileDoc(p, { displayName }, skills) };
  });
}

/** Opportunities as documents; one whose organisation is gone is indexed under an empty name. */
export async function opportunityDocs(opportunities: Array<OpportunitySource & WithSync>): Promise<Array<SourcedDoc<OpportunityIndexDoc>>> {
  const orgs = await Organisation.find({ _id: { $in: [...new Set(opportunities.map((o) => String(o.organisationId)))] } }, { name: 1 }).lean();
  const names = new Map(orgs.map((o) => [String(o._id), o.name]));
  const skills = await skillNames(opportunities.flatMap((o) => [...(o.mustHaveSkills ?? []), ...(o.niceToHaveSkills ?? [])].map((s) => s.skillId)));
  return opportunities.map((o) => ({
    id: String(o._id),
    seq: o.searchSync?.seq ?? 0,
    doc: toOpportunityDoc(o, { _id: o.organisationId, name: names.get(String(o.organisationId)) ?? '' }, skills),
  }));
}

/** The fields a document is built from: never the sensitive answers, which therefore cannot reach the index. */
const PROFILE_FIELDS = { sensitive: 0, experience: 0, education: 0 } as const;

/** Reads a batch of one collection in _id order after `afterId`, optionally only dirty ones, as documents. */
export async function readBatch(index: SearchIndexName, opts: { dirtyOnly: boolean; afterId?: Types.ObjectId | null; limit: number }) {
  const filter: Record<string, unknown> = {};
  if (opts.dirtyOnly) filter['searchSync.dirty'] = true;
  if (opts.afterId) filter._id = { $gt: opts.afterId };
  if (index === 'profiles') {
    const rows = await Profile.find(filter, PROFILE_FIELDS).sort({ _id: 1 }).limit(opts.limit).lean<Array<ProfileSource & WithSync>>();
    return { lastId: rows.at(-1)?._id ?? null, count: rows.length, docs: await profileDocs(rows) as Array<SourcedDoc<ProfileIndexDoc | OpportunityIndexDoc>> };
  }
  const rows = await Opportunity.find(filter).sort({ _id: 1 }).limit(opts.limit).lean<Array<OpportunitySource & WithSync>>();
  return { lastId: rows.at(-1)?._id ?? null, count: rows.length, docs: await opportunityDocs(rows) as Array<SourcedDoc<ProfileIndexDoc | OpportunityIndexDoc>> };
}

/**
 * The documents of these ids that are marked for search (ids the write events named), as documents; with
 * `markedOnly: false`, marked or not (another round may have just cleared the mark of a write it sent).
 */
export async function readMarked(index: SearchIndexName, ids: string[], { markedOnly = true } = {}) {
  const rows = (await findByIds<WithSync & { searchSync?: { dirty?: boolean } | null }>(modelOf(index), ids, index === 'profiles' ? PROFILE_FIELDS : undefined)).filter(
    (row) => !markedOnly || row.searchSync?.dirty === true,
  );
  return index === 'profiles'
    ? ((await profileDocs(rows as unknown as Array<ProfileSource & WithSync>)) as Array<SourcedDoc<ProfileIndexDoc | OpportunityIndexDoc>>)
    : ((await opportunityDocs(rows as unknown as Array<OpportunitySource & WithSync>)) as Array<SourcedDoc<ProfileIndexDoc | OpportunityIndexDoc>>);
}

/** The model holding the documents of an index. */
export const modelOf = (index: SearchIndexName): Model<any> => (index === 'profiles' ? Profile : Opportunity);
