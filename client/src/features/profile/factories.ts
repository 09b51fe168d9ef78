/** Test factories: profiles as the API returns them (own and viewer forms), with what a test needs overridden. */
import type { IscoGroup, OccupationList, OwnProfile, ProfilePatch, SkillSuggestion, ViewerProfile } from '@kafaat/shared';

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

const isco = (code: string, level: IscoGroup['level'], parent: string | null, fr: string, en: string, ar: string): IscoGroup => ({
  code,
  level,
  parent,
  labels: { fr, en, ar },
});

/**
 * GET /occupations with two major groups, listed out of code order (the picker sorts them): building trades (7)
 * and science and engineering professionals (2), each with its sub-major and two minor groups.
 */
export function buildOccupationList(): OccupationList {
  return {
    version: 'ISCO-08',
    groups: [
      isco('7', 'major', null, "Métiers qualifiés de l'industrie et de l'artisanat", 'Craft and related trades workers', 'الحرفيون والعاملون في المهن المرتبطة بها'),
      isco('71', 'sub-major', '7', 'Métiers qualifiés du bâtiment et assimilés, sauf électriciens', 'Building and related trades workers, excluding electricians', 'عمال البناء والمهن المرتبطة به، باستثناء الكهربائيين'),
      isco('712', 'minor', '71', 'Métiers qualifiés du bâtiment (finitions) et assimilés', 'Building finishers and related trades workers', 'عمال التشطيبات والمهن المرتبطة بها'),
      isco('711', 'minor', '71', 'Métiers qualifiés du bâtiment (gros œuvre) et assimilés', 'Building frame and related trades workers', 'عمال الهياكل الإنشائية (الأشغال الكبرى) والمهن المرتبطة بها'),
      isco('2', 'major', null, 'Professions intellectuelles et scientifiques', 'Professionals', 'الاختصاصيون في المهن الفكرية والعلمية'),
      isco('21', 'sub-major', '2', 'Spécialistes des sciences techniques', 'Science and engineering professionals', 'اختصاصيو العلوم والهندسة'),
      isco('214', 'minor', '21', 'Spécialistes, sciences techniques (sauf électrotechnique)', 'Engineering professionals (excluding electrotechnology)', 'اختصاصيو الهندسة (باستثناء الهندسة الكهروتقنية)'),
      isco('211', 'minor', '21', 'Spécialistes des sciences physiques et des sciences de la terre', 'Physical and earth science professionals', 'اختصاصيو العلوم الفيزيائية وعلوم الأرض'),
    ],
  };
}
