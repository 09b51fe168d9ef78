/**
 * "Download my data": everything Kafaat holds about a person, as one JSON document. Each kind of data is a
 * section produced by a function in a registry, so a feature that stores personal data (profiles, documents,
 * applications, messages) registers its own section next to its code and the export cannot forget it.
 */
import { PRIVACY_NOTICE_VERSION } from '@kafaat/shared';
import type { Types } from 'mongoose';
import { forbidden } from '../../errors';
import { AuditLog } from '../../models/AuditLog';
import { Organisation } from '../../models/Organisation';
import { Session } from '../../models/Session';
import type { UserDoc } from '../../models/User';
import type { Actor } from '../../policies/actor';
import { userPolicy } from '../../policies/user';
import { presentAccountForExport, presentAuditEntryForExport } from '../../presenters/accountExport';
import { presentSession } from '../../presenters/session';
import type { ServiceContext } from '../context';

/** What a section is given: the person whose data is exported, and the session asking (to mark it current). */
export interface ExportSubject {
  ctx: ServiceContext;
  user: UserDoc;
  currentSessionId: string | undefined;
}

export type ExportSection = (subject: ExportSubject) => Promise<unknown>;

const sections = new Map<string, ExportSection>();
/** Sections announced before their feature exists; registering one of these names replaces the placeholder. */
const placeholders = new Set<string>();

/** Adds a section to every export, under `name`. Names are unique, except that a feature replaces its placeholder. */
export function registerExportSection(name: string, section: ExportSection): void {
  if (sections.has(name) && !placeholders.has(name)) throw new Error(`export section "${name}" is already registered`);
  placeholders.delete(name);
  sections.set(name, section);
}

registerExportSection('account', async ({ user }) => presentAccountForExport(user));

registerExportSection('organisation', async ({ user }) => {
  const org = user.organisationId ? await Organisation.findById(user.organisationId).lean() : null;
  return org ? { id: String(org._id), name: org.name, kind: org.kind, status: org.status, isAdmin: !!user.orgAdmin } : null;
});

registerExportSection('consent', async ({ user }) => ({
  currentNoticeVersion: PRIVACY_NOTICE_VERSION,
  history: [...(user.consentHistory ?? []), ...(user.consent ? [user.consent] : [])].map((c) => ({ version: c.version, at: c.at.toISOString() })),
}));

registerExportSection('sessions', async ({ user, currentSessionId }) => {
  const rows = await Session.find({ userId: user._id, expiresAt: { $gt: new Date() } }, { data: 0 }).sort({ lastSeenAt: -1 }).lean();
  return rows.map((row) => presentSession(row, currentSessionId));
});

registerExportSection('auditEntries', async ({ user }) => {
  const rows = await AuditLog.find({ $or: [{ actorId: user._id }, { targetId: user._id }] }).sort({ at: 1, _id: 1 }).lean();
  return rows.map((row) => presentAuditEntryForExport(row, user._id as Types.ObjectId));
});

// Features that do not exist yet; each one registers its real section (same name) when it is built.
for (const name of ['profile', 'documents', 'applications', 'messages']) {
  registerExportSection(name, async () => []);
  placeholders.add(name);
}

export interface AccountExportProps extends ExportSubject {
  actor: Actor | null;
}

/** Builds the export: `exportedAt`, then one key per registered section, in registration order. */
export async function exportAccount({ actor, ...subject }: AccountExportProps): Promise<Record<string, unknown>> {
  if (!userPolicy.can(actor, 'export', subject.user)) throw forbidden();
  const result: Record<string, unknown> = { exportedAt: new Date().toISOString() };
  for (const [name, section] of sections) result[name] = await section(subject);
  return result;
}
