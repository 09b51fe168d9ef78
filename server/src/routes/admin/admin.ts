/** Admin-only tools: the audit log, and changing someone's role (never one's own). */
import { z } from 'zod';
import { AuditEntrySchema, AuditQuerySchema, IdParamsSchema, RoleChangeSchema, RoleSchema, pageOf } from '@kafaat/shared';
import { defineRoute } from '../define';
import { afterDateCursor, encodeDateCursor, pageFrom } from '../cursor';
import { signedInActor } from '../signedIn';
import { forbidden } from '../../errors';
import { requireUser } from '../../middlewares/authenticate';
import { AuditLog } from '../../models/AuditLog';
import { auditPolicy } from '../../policies/audit';
import { presentAuditEntry } from '../../presenters/auditEntry';
import { audit } from '../../services/audit/auditLogger';
import { changeRole } from '../../services/accounts/roleChanger';
import type { ServiceContext } from '../../services/context';

const tags = ['admin'];

/** The audit query's filters as a MongoDB filter (every part ANDed; the cursor continues after the last entry). */
function auditFilter(query: z.output<typeof AuditQuerySchema>): Record<string, unknown> {
  const parts: Array<Record<string, unknown>> = [];
  if (query.action) parts.push({ action: query.action });
  if (query.actorId) parts.push({ actorId: query.actorId });
  if (query.targetId) parts.push({ targetId: query.targetId });
  if (query.from) parts.push({ at: { $gte: new Date(query.from) } });
  if (query.to) parts.push({ at: { $lte: new Date(query.to) } });
  if (query.cursor !== undefined) parts.push(afterDateCursor('at', query.cursor));
  return parts.length > 0 ? { $and: parts } : {};
}

export function adminRoutes(_ctx: ServiceContext) {
  return [
    defineRoute({
      method: 'get',
      path: '/admin/audit',
      summary: 'The audit log, newest first, filtered by action, actor, target and period (admins)',
      tags,
      before: [requireUser],
      request: { query: AuditQuerySchema },
      responses: { 200: { description: 'A page of audit entries', schema: pageOf(AuditEntrySchema) } },
      handler: async (req, res) => {
        if (!auditPolicy.can(await signedInActor(req), 'read')) throw forbidden();
        const { limit } = req.input.query;
        const docs = await AuditLog.find(auditFilter(req.input.query)).sort({ at: -1, _id: -1 }).limit(limit + 1).lean();
        const { page, nextCursor } = pageFrom(docs, limit, (last) => encodeDateCursor(last.at, last._id));
        res.json({ items: page.map(presentAuditEntry), nextCursor });
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/admin/users/:id/role',
      summary: "Change someone's role (admins; never their own)",
      tags,
      before: [requireUser],
      request: { params: IdParamsSchema, body: RoleChangeSchema },
      responses: { 200: { description: 'The new role', schema: z.object({ id: z.string(), role: RoleSchema }) } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const { id } = req.input.params;
        const { from, to } = await changeRole({ actor, userId: id, role: req.input.body.role });
        if (from !== to) await audit(req, { action: 'user.role_changed', targetType: 'user', targetId: id, meta: { from, to } });
        res.json({ id, role: to });
      },
    }),
  ];
}
