/** Test factories: profiles as the API returns them (own and viewer forms), with what a test needs overridden. */
import type { OwnProfile, ProfilePatch, SkillSuggestion, ViewerProfile } from '@kafaat/shared';

/** A civil engineer in Toulouse with one skill and private answers filled in; saved, 70 % complete. */
export function buildOwnProfile(overrides: Partial<OwnProfile> = {}): OwnProfile {
  return {
    id: '64b7f0c2a1b2c3d4e5f60718',
    displayName: 'Amina El Idrissi',
    kind: 'diaspora',
    headline: 'Ingénieure en génie civil',
    summary: 'Douze ans de chantiers en France.',
    country: 'FR',
    city: 'Toulouse',
    languages: [{ code: 'ar', level: 'C2', native: true }],
    skills: [
      {
        skillId: 'engineering.civil-engineering',
        level: 3,
        years: 12,
        acquiredBy: ['diploma', 'work'],
        evidence: [],
        verification: { status: 'self-declared', verifiedAt: null },
      },
    ],
    occupations: [],
    experience: [{ title: 'Cheffe de projet', organisation: 'BTP Sud', start: '2014-09', end: null, description: '' }],
    education: [],
    sectors: ['engineering'],
    interests: ['missions'],
    mobility: { remote: true, shortMissions: true, maxMissionWeeks: 3, relocation: false },
    availability: [],
    visibility: 'verified-organisations',
    sensitive: { nationality: 'SN', residenceStatus: 'residence-permit', gender: 'woman', birthYear: 1988 },
    completeness: { score: 70, next: ['availability', 'cv', 'summary'] },
    saved: true,
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

/** GET /me/profile before the first save: defaults everywhere. */
export function buildNewProfile(): OwnProfile {
  return buildOwnProfile({
    headline: '',
    summary: '',
    country: null,
    city: '',
    languages: [],
    skills: [],
    experience: [],
    sectors: [],
    interests: [],
    mobility: { remote: false, shortMissions: false, maxMissionWeeks: null, relocation: false },
    sensitive: { nationality: null, residenceStatus: null, gender: null, birthYear: null },
    completeness: { score: 0, next: ['headline', 'skills', 'languages'] },
    saved: false,
    updatedAt: null,
  });
}

/** The viewer form of a profile, as GET /me/profile/preview and GET /talents/:id return it. */
export function viewerOf(profile: OwnProfile, sharedDocuments: ViewerProfile['sharedDocuments'] = []): ViewerProfile {
  const { sensitive: _sensitive, visibility: _visibility, completeness: _completeness, saved: _saved, ...rest } = profile;
  return { ...rest, sharedDocuments };
}

/** What PATCH /me/profile answers: the sections given replace the stored ones. */
export function applyPatch(profile: OwnProfile, patch: ProfilePatch): OwnProfile {
  const skills = patch.skills?.map((skill) => ({ ...skill, verification: { status: 'self-declared' as const, verifiedAt: null } }));
  return { ...profile, ...patch, skills: skills ?? profile.skills, saved: true, updatedAt: '2026-11-22T10:00:00.000Z' };
}

/** A suggestion of the skill picker. */
export function buildSkillSuggestion(overrides: Partial<SkillSuggestion> = {}): SkillSuggestion {
  return {
    id: 'construction.welding',
    label: 'Soudure',
    labels: { fr: 'Soudure', en: 'Welding', ar: 'اللحام' },
    sector: 'construction',
    score: 9.5,
    ...overrides,
  };
}
