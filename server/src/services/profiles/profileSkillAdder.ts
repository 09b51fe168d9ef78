/**
 * Adds one skill to a talent's profile when the talent confirms it (a CV suggestion accepted, for instance).
 * A single conditional update: the skill is added only if absent, so a double click cannot add it twice, and
 * the profile is created on the fly for a talent who has not saved one yet.
 */
import { Types } from 'mongoose';
import { ProfileSkillInputSchema, type ProfileSkillInput, type TalentKind } from '@kafaat/shared';
import { validationFailed } from '../../errors';
import { Profile } from '../../models/Profile';
import { Skill } from '../../models/Skill';
import { exclusive } from '../../models/compareAndSet';
import { withSearchMark } from '../../models/searchSync';
import { emit } from '../events';
import './profileEvents';

export interface ProfileSkillAdderProps {
  userId: string;
  /** The talent's kind, used if the profile does not exist yet. */
  kind: TalentKind;
  skill: ProfileSkillInput;
}

const MAX_SKILLS = 60;

/** Returns 'added', or 'exists' when the profile already lists the skill (nothing changed). */
export async function addProfileSkill({ userId, kind, skill }: ProfileSkillAdderProps): Promise<'added' | 'exists'> {
  const input = ProfileSkillInputSchema.parse(skill);
  if (!(await Skill.exists({ _id: input.skillId }))) {
    throw validationFailed([{ path: 'skillId', location: 'body', code: 'unknown_skill', message: 'this skill is not in the taxonomy' }]);
  }
  const _id = new Types.ObjectId(userId);
  // Only a profile this call creates is marked for search here; adding the skill marks it below.
  await exclusive(Profile, _id, () => Profile.updateOne({ _id }, { $setOnInsert: { kind, searchSync: { dirty: true, seq: 1 } } }, { upsert: true }));
  const entry = { ...input, evidence: input.evidence.map((id) => new Types.ObjectId(id)), verification: { status: 'self-declared', verifiedAt: null } };
  const res = await exclusive(Profile, _id, () =>
    Profile.updateOne(
      { _id, 'skills.skillId': { $ne: input.skillId }, [`skills.${MAX_SKILLS - 1}`]: { $exists: false } },
      withSearchMark({ $push: { skills: entry } }),
    ),
  );
  if (res.modifiedCount === 1) {
    await emit('profile.updated', { profileId: userId });
    return 'added';
  }
  const has = await Profile.exists({ _id, 'skills.skillId': input.skillId });
  if (has) return 'exists';
  throw validationFailed([{ path: 'skills', location: 'body', code: 'too_many', message: `a profile lists at most ${MAX_SKILLS} skills` }]);
}
