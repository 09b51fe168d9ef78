/**
 * Talents' profiles as the API returns them: everything to the talent, and to anyone else (and the talent's
 * preview) a view built by picking the fields others may see, so a field added later stays private by default.
 */
import type { Types } from 'mongoose';
import { ProfileContentSchema, type Completeness, type OwnProfile, type ProfileContent, type ProfileSkill, type TalentKind, type ViewerProfile } from '@kafaat/shared';
import type { ProfileFields } from '../models/Profile';
import type { SharedDocument } from '../services/profiles/talentDocuments';

export type StoredProfile = ProfileFields & { _id: Types.ObjectId; updatedAt?: Date | null };
export interface ProfileOwner {
  _id: Types.ObjectId;
  displayName: string;
  talentKind?: TalentKind | null;
}
/** The content with each skill's verification, as both views return it. */
export type PresentedContent = Omit<ProfileContent, 'skills'> & { skills: ProfileSkill[] };

const skillOf = (s: StoredProfile['skills'][number]): ProfileSkill => ({
  skillId: s.skillId,
  level: s.level,
  years: s.years ?? 0,
  acquiredBy: s.acquiredBy as ProfileSkill['acquiredBy'],
  evidence: (s.evidence ?? []).map(String),
  verification: { status: s.verification?.status ?? 'self-declared', verifiedAt: s.verification?.verifiedAt?.toISOString() ?? null },
});

/**
 * The stored profile as content, or the empty profile of a talent who has not saved one yet. Sections a stored
 * profile lacks (one created by adding a single skill) read as their defaults.
 */
export function profileContentOf(doc: StoredProfile | null, owner: ProfileOwner): PresentedContent {
  const empty = { ...ProfileContentSchema.parse({ kind: doc?.kind ?? owner.talentKind ?? 'diaspora' }), skills: [] };
  if (!doc) return empty;
  // searchSync is bookkeeping of the search indexer, not content.
  const { _id, updatedAt, createdAt, __v, skills, searchSync, ...rest } = doc as StoredProfile & { createdAt?: Date; __v?: number };
  // Everything else was validated by ProfilePatchSchema before it was stored, section by section.
  const stored = rest as unknown as Partial<Omit<ProfileContent, 'skills'>>;
  return {
    ...empty,
    ...stored,
    mobility: { ...empty.mobility, ...stored.mobility },
    sensitive: { ...empty.sensitive, ...stored.sensitive },
    skills: (skills ?? []).map(skillOf),
  };
}

const identity = (doc: StoredProfile | null, owner: ProfileOwner) => ({
  id: String(owner._id),
  displayName: owner.displayName,
  updatedAt: doc?.updatedAt ? doc.updatedAt.toISOString() : null,
});

/** The talent's own profile, sensitive answers and visibility included. */
export function presentOwnProfile(doc: StoredProfile | null, owner: ProfileOwner, completeness: Completeness): OwnProfile {
  return { ...profileContentOf(doc, owner), ...identity(doc, owner), completeness, saved: !!doc };
}

/** What an employer or officer sees; skill evidence only points at documents the talent shares. */
export function presentViewerProfile(doc: StoredProfile | null, owner: ProfileOwner, sharedDocuments: SharedDocument[]): ViewerProfile {
  const c = profileContentOf(doc, owner);
  const shared = new Set(sharedDocuments.map((d) => d.id));
  return {
    ...identity(doc, owner),
    kind: c.kind,
    headline: c.headline,
    summary: c.summary,
    country: c.country,
    city: c.city,
    languages: c.languages,
    skills: c.skills.map((s) => ({ ...s, evidence: s.evidence.filter((id) => shared.has(id)) })),
    occupations: c.occupations,
    experience: c.experience,
    education: c.education,
    sectors: c.sectors,
    interests: c.interests,
    mobility: c.mobility,
    availability: c.availability,
    sharedDocuments,
  };
}
