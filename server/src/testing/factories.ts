/** Factories that put ready-made accounts and organisations straight into the test database. */
import { PRIVACY_NOTICE_VERSION, type Role, type TalentKind } from '@kafaat/shared';
import { User } from '../models/User';
import { Organisation } from '../models/Organisation';
import { hashPassword } from '../auth/passwords';

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
