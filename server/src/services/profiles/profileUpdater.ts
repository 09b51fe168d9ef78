/**
 * The talent saves sections of their profile (the editor saves each step as they go). Each section given
 * replaces the stored one; the others are kept. Skills must exist in the taxonomy and their evidence must be
 * the talent's own documents; a skill's verification is never taken from the input: a skill already listed
 * keeps it, a new one is self-declared. The profile is created by the first save.
 */
import { Types } from 'mongoose';
import { ProfileContentSchema, type FieldIssue, type ProfilePatch, type ProfileSkillInput, type TalentKind } from '@kafaat/shared';
import { conflict, forbidden, validationFailed } from '../../errors';
import { Profile } from '../../models/Profile';
import { exclusive } from '../../models/compareAndSet';
import { withSearchMark } from '../../models/searchSync';
import { Skill } from '../../models/Skill';
import type { Actor } from '../../policies/actor';
import { profilePolicy } from '../../policies/profile';
import type { StoredProfile } from '../../presenters/profile';
import { readIscoMinorGroups } from '../taxonomy/taxonomyReader';
import { ownedDocumentIds } from './talentDocuments';
import { emit } from '../events';
import './profileEvents';

export interface ProfileUpdateProps {
  actor: Actor;
  /** The talent's kind, stored when this save creates the profile (unless the patch gives one). */
  kind: TalentKind;
  patch: ProfilePatch;
}

/** A pilot may verify a skill between our read and our write: the write is retried on the fresh profile. */
const ATTEMPTS = 3;

/** Returns the saved profile and the names of the sections written (for the audit log). */
export async function updateProfile({ actor, kind, patch }: ProfileUpdateProps): Promise<{ profile: StoredProfile; sections: string[] }> {
  const _id = new Types.ObjectId(actor.id);
  let existing = await readForUpdate(_id);
  if (!profilePolicy.can(actor, 'update', { _id, visibility: existing?.visibility ?? 'verified-organisations' })) throw forbidden();
  const sections = Object.keys(patch).filter((key) => patch[key as keyof ProfilePatch] !== undefined);
  if (patch.skills) await checkSkills(actor.id, patch.skills);
  if (patch.occupations) checkOccupations(patch.occupations);

  for (let attempt = 1; ; attempt += 1) {
    const set: Record<string, unknown> = {};
    for (const section of sections) set[section] = patch[section as keyof ProfilePatch];
    if (patch.skills) set.skills = withVerification(patch.skills, existing);
    // The stored profile must not have changed since it was read, so the verifications kept are the current ones.
    const filter = existing ? { _id, updatedAt: existing.updatedAt ?? null } : { _id };
    // Marked for the search indexer in the same write (models/searchSync.ts).
    const update = withSearchMark({ $set: set, $setOnInsert: emptySectionsBut(set, kind) });
    if (await writeOnce(filter, update, !existing)) {
      await emit('profile.updated', { profileId: actor.id });
      return { profile: (await Profile.findById(_id).lean<StoredProfile>())!, sections };
    }
    if (attempt === ATTEMPTS) throw conflict('Your profile was changed at the same time. Please save again.');
    existing = await readForUpdate(_id);
  }
}

/** A new profile is stored whole: the sections not given are stored empty (mongoose skips empty arrays and nulls). */
function emptySectionsBut(set: Record<string, unknown>, kind: TalentKind): Record<string, unknown> {
  return Object.fromEntries(Object.entries(ProfileContentSchema.parse({ kind })).filter(([section]) => !(section in set)));
}

const readForUpdate = (_id: Types.ObjectId) =>
  Profile.findById(_id, { visibility: 1, skills: 1, updatedAt: 1 }).lean<Pick<StoredProfile, 'visibility' | 'skills' | 'updatedAt'>>();

/** One conditional write; false when the profile changed or was created meanwhile (the caller reads again). */
async function writeOnce(filter: Record<string, unknown>, update: Record<string, unknown>, upsert: boolean): Promise<boolean> {
  try {
    const res = await exclusive(Profile, filter._id as Types.ObjectId, () => Profile.updateOne(filter, update, { upsert }));
    return res.matchedCount === 1 || res.upsertedCount === 1;
  } catch (err) {
    if ((err as { code?: number }).code === 11000) return false;
    throw err;
  }
}

/** Occupations must be ISCO-08 minor groups listed in the taxonomy (GET /api/v1/occupations). */
function checkOccupations(codes: string[]): void {
  const known = readIscoMinorGroups();
  const issues: FieldIssue[] = codes.flatMap((code, i) =>
    known.has(code) ? [] : [{ path: `occupations.${i}`, location: 'body' as const, code: 'unknown_occupation', message: 'this is not an ISCO-08 minor group of the list' }],
  );
  if (issues.length > 0) throw validationFailed(issues);
}

/** Unknown skills and documents that are not the talent's, reported at the field that names them. */
async function checkSkills(ownerId: string, skills: ProfileSkillInput[]): Promise<void> {
  const ids = skills.map((s) => s.skillId);
  const known = new Set((await Skill.find({ _id: { $in: ids } }, { _id: 1 }).lean()).map((s) => String(s._id)));
  const owned = await ownedDocumentIds(ownerId, [...new Set(skills.flatMap((s) => s.evidence))]);
  const issues: FieldIssue[] = [];
  skills.forEach((skill, i) => {
    if (!known.has(skill.skillId)) issues.push({ path: `skills.${i}.skillId`, location: 'body', code: 'unknown_skill', message: 'this skill is not in the taxonomy' });
    skill.evidence.forEach((docId, j) => {
      if (!owned.has(docId)) issues.push({ path: `skills.${i}.evidence.${j}`, location: 'body', code: 'unknown_document', message: 'this document is not one of yours' });
    });
  });
  if (issues.length > 0) throw validationFailed(issues);
}

/** The skills as stored: evidence as ids, verification kept for skills already listed, self-declared otherwise. */
function withVerification(skills: ProfileSkillInput[], existing: Pick<StoredProfile, 'skills'> | null) {
  const stored = new Map((existing?.skills ?? []).map((s) => [s.skillId, s.verification]));
  return skills.map((skill) => ({
    ...skill,
    evidence: skill.evidence.map((id) => new Types.ObjectId(id)),
    verification: stored.get(skill.skillId) ?? { status: 'self-declared', verifiedAt: null },
  }));
}
