/** Factories that put ready-made accounts and organisations straight into the test database. */
import { PRIVACY_NOTICE_VERSION, type Role, type TalentKind } from '@kafaat/shared';
import { User } from '../models/User';
import { Organisation } from '../models/Organisation';
import { hashPassword } from '../auth/passwords';
import { ProfileContentSchema, type ProfilePatch } from '@kafaat/shared';
import { Profile } from '../models/Profile';

export const TEST_PASSWORD = 'correct horse battery';
let seq = 0;

export async function buildOrganisation(fields: { kind?: 'employer' | 'institution'; status?: 'pending' | 'verified' | 'rejected'; name?: string } = {}) {
  seq += 1;
  return Organisation.create({
    name: fields.name ?? `Org ${seq}`,
    kind: fields.kind ?? 'employer',
    institutionType: fields.kind === 'institution' ? 'ngo' : null,
    country: 'MA',
    status: fields.status ?? 'verified',
  });
}

export async function buildUser(
  fields: { role?: Role; talentKind?: TalentKind; verified?: boolean; organisationId?: import('mongoose').Types.ObjectId | null; orgAdmin?: boolean; email?: string; consentVersion?: string } = {},
) {
  seq += 1;
  const role = fields.role ?? 'talent';
  return User.create({
    email: fields.email ?? `user${seq}-${Date.now()}@example.org`,
    passwordHash: await hashPassword(TEST_PASSWORD),
    displayName: `${role} ${seq}`,
    role,
    talentKind: role === 'talent' ? (fields.talentKind ?? 'diaspora') : null,
    emailVerifiedAt: fields.verified === false ? null : new Date(),
    organisationId: fields.organisationId ?? null,
    orgAdmin: fields.orgAdmin ?? false,
    consent: { version: fields.consentVersion ?? PRIVACY_NOTICE_VERSION, at: new Date() },
  });
}

/** A saved profile of a talent; `overrides` are sections as the editor sends them (skills self-declared). */
export async function buildTalentProfile(user: { _id: import('mongoose').Types.ObjectId; talentKind?: TalentKind | null }, overrides: ProfilePatch = {}) {
  const content = ProfileContentSchema.parse({ kind: user.talentKind ?? 'diaspora', ...overrides });
  const skills = content.skills.map((skill) => ({ ...skill, verification: { status: 'self-declared', verifiedAt: null } }));
  return Profile.create({ _id: user._id, ...content, skills });
}

// Opportunities and applications (kept together with their factories below).
import { Types } from 'mongoose';
import { CreateOpportunitySchema, type ApplicationStage, type CreateOpportunity, type OpportunityStatus, type OpportunityType } from '@kafaat/shared';
import { Application } from '../models/Application';
import { Opportunity } from '../models/Opportunity';

/**
 * An opportunity of an organisation, published unless `status` says otherwise (factories may publish for a
 * pending organisation: the rule is the API's, tested there). `overrides` are fields as the owner writes them.
 */
export async function buildOpportunity(
  fields: {
    organisationId: Types.ObjectId | string;
    createdBy?: Types.ObjectId | string;
    type?: OpportunityType;
    status?: OpportunityStatus;
  },
  overrides: Partial<CreateOpportunity> = {},
) {
  seq += 1;
  const type = fields.type ?? 'job';
  const content = CreateOpportunitySchema.parse({
    type,
    title: { fr: `Opportunité ${seq}`, en: `Opportunity ${seq}` },
    description: { fr: 'Description' },
    sector: 'health',
    location: { mode: 'onsite', city: 'Fès' },
    ...(type === 'mission' ? { mission: { hostInstitution: 'CHU Hassan II', objectives: 'Former les équipes', durationDays: 10, budget: { travelMad: 6000, dailyAllowanceMad: 900 } } } : {}),
    ...(type === 'project' ? { project: { purpose: 'development', seeking: ['expertise'] } } : {}),
    ...overrides,
  });
  const status = fields.status ?? 'published';
  const doc = await Opportunity.create({
    ...content,
    mission: content.mission ?? null,
    project: content.project ?? null,
    status,
    organisationId: fields.organisationId,
    createdBy: fields.createdBy ?? new Types.ObjectId(),
    publishedAt: status === 'draft' ? null : new Date(),
  });
  return doc;
}

/** A talent's application to an opportunity, in `stage` (missions confirmed or completed get dates). */
export async function buildApplication(fields: {
  opportunity: { _id: Types.ObjectId; organisationId: Types.ObjectId; type: OpportunityType };
  talentId: Types.ObjectId | string;
  stage?: ApplicationStage;
  byUserId?: Types.ObjectId | string;
}) {
  const stage = fields.stage ?? 'applied';
  const talentSide = stage === 'applied' || stage === 'withdrawn';
  const isMission = fields.opportunity.type === 'mission';
  const confirmed = isMission && (stage === 'confirmed' || stage === 'completed');
  return Application.create({
    opportunityId: fields.opportunity._id,
    organisationId: fields.opportunity.organisationId,
    opportunityType: fields.opportunity.type,
    talentId: fields.talentId,
    stage,
    motivation: talentSide ? 'Je suis intéressé.' : '',
    history: [{ stage, by: talentSide ? 'talent' : 'owner', byUserId: talentSide ? fields.talentId : (fields.byUserId ?? fields.talentId), at: new Date(), note: '' }],
    mission: isMission
      ? {
          confirmation: confirmed ? { startDate: '2027-03-01', endDate: '2027-03-10', checklist: { travel: false, visaLetter: false, accommodation: false, allowance: false }, sequence: 0, confirmedAt: new Date() } : null,
          report: null,
          evaluation: null,
        }
      : null,
  });
}
