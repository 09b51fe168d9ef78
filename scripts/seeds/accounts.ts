/** Demo accounts for every role, with their organisations; their sign-ins are printed by `npm start`. */
import { PRIVACY_NOTICE_VERSION, type Role, type TalentKind } from '@kafaat/shared';
import { User } from '../../server/src/models/User';
import { Organisation } from '../../server/src/models/Organisation';
import { hashPassword } from '../../server/src/auth/passwords';
import type { Seeder } from '../seed';

export const DEMO_PASSWORD = 'kafaat-demo-2026';

const ORGS = [
  { key: 'ministry', name: 'Ministère délégué chargé des Marocains résidant à l’étranger', kind: 'institution', institutionType: 'ministry', country: 'MA', city: 'Rabat', status: 'verified' },
  { key: 'training', name: 'Institut de formation aux métiers du BTP', kind: 'institution', institutionType: 'training_centre', country: 'MA', city: 'Casablanca', status: 'verified' },
  { key: 'fintech', name: 'Atlas Fintech', kind: 'employer', institutionType: null, country: 'MA', city: 'Casablanca', status: 'verified' },
  { key: 'agro', name: 'Souss Agro Export', kind: 'employer', institutionType: null, country: 'MA', city: 'Agadir', status: 'pending' },
] as const;

const PEOPLE: Array<{ email: string; name: string; role: Role; org?: (typeof ORGS)[number]['key']; orgAdmin?: boolean; talentKind?: TalentKind; what: string }> = [
  { email: 'admin@kafaat.demo', name: 'Salma Admin', role: 'admin', what: 'admin (taxonomy, verifications, audit log)' },
  { email: 'officer@kafaat.demo', name: 'Youssef Bennani', role: 'officer', org: 'ministry', orgAdmin: true, what: 'programme officer, ministry' },
  { email: 'assessor@kafaat.demo', name: 'Nadia El Amrani', role: 'assessor', org: 'training', what: 'assessor, training institute' },
  { email: 'employer@kafaat.demo', name: 'Leila Berrada', role: 'employer', org: 'fintech', orgAdmin: true, what: 'employer, verified organisation' },
  { email: 'pending@kafaat.demo', name: 'Omar Tazi', role: 'employer', org: 'agro', orgAdmin: true, what: 'employer, organisation awaiting verification' },
  { email: 'expert@kafaat.demo', name: 'Karim Alaoui', role: 'talent', talentKind: 'diaspora', what: 'diaspora engineer in Toulouse' },
  { email: 'migrant@kafaat.demo', name: 'Moussa Diarra', role: 'talent', talentKind: 'migrant', what: 'tiler in Casablanca, skills validation' },
];

export const accountsSeeder: Seeder = {
  name: 'accounts',
  run: async () => {
    const orgIds = new Map<string, unknown>();
    for (const { key, ...org } of ORGS) {
      const doc = await Organisation.findOneAndUpdate({ name: org.name }, { $setOnInsert: { ...org, verifiedAt: org.status === 'verified' ? new Date() : null } }, { upsert: true, returnDocument: 'after' });
      orgIds.set(key, doc._id);
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const p of PEOPLE) {
      await User.updateOne(
        { email: p.email },
        {
          $setOnInsert: {
            email: p.email,
            passwordHash,
            displayName: p.name,
            role: p.role,
            talentKind: p.talentKind ?? null,
            locale: 'fr',
            emailVerifiedAt: new Date(),
            organisationId: p.org ? orgIds.get(p.org) : null,
            orgAdmin: !!p.orgAdmin,
            consent: { version: PRIVACY_NOTICE_VERSION, at: new Date() },
          },
        },
        { upsert: true },
      );
    }
    return [`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`, ...PEOPLE.map((p) => `  ${p.email.padEnd(24)} ${p.what}`)];
  },
};
