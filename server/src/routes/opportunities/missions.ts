/**
 * A mission after selection: the host side confirms dates and logistics and ticks the checklist, both sides
 * download the calendar file, the expert files a report and the host side an evaluation once it is completed.
 */
import {
  ApplicationIdParamsSchema,
  ApplicationSchema,
  ChecklistUpdateSchema,
  MissionConfirmationSchema,
  MissionEvaluationSchema,
  MissionReportSchema,
} from '@kafaat/shared';
import { defineRoute } from '../define';
import { signedInActor } from '../signedIn';
import { conflict } from '../../errors';
import { requireUser } from '../../middlewares/authenticate';
import { Opportunity } from '../../models/Opportunity';
import { missionCalendar } from '../../presenters/missionCalendar';
import { audit } from '../../services/audit/auditLogger';
import type { ServiceContext } from '../../services/context';
import { presentApplicationFor } from '../../services/applications/applicationReader';
import { findApplicationFor } from '../../services/applications/authorisedApplication';
import { updateChecklist } from '../../services/applications/checklistUpdater';
import { confirmMission } from '../../services/applications/missionConfirmer';
import { fileMissionEvaluation } from '../../services/applications/missionEvaluator';
import { fileMissionReport } from '../../services/applications/missionReporter';

const tags = ['missions'];
const before = [requireUser];

export function missionRoutes(ctx: ServiceContext) {
  return [
    defineRoute({
      method: 'put',
      path: '/applications/:id/mission/confirmation',
      summary: 'Confirm a mission with its selected expert: dates and checklist (selected → confirmed; again to reschedule)',
      tags,
      before,
      request: { params: ApplicationIdParamsSchema, body: MissionConfirmationSchema },
      responses: { 200: { description: 'The confirmed application', schema: ApplicationSchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const { app, rescheduled } = await confirmMission({ actor, applicationId: req.input.params.id, confirmation: req.input.body });
        await audit(req, { action: 'mission.confirmed', targetType: 'application', targetId: app._id, meta: { rescheduled } });
        res.json(await presentApplicationFor(actor, app));
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/applications/:id/mission/checklist',
      summary: 'Tick or untick logistics of a confirmed mission (the host side)',
      tags,
      before,
      request: { params: ApplicationIdParamsSchema, body: ChecklistUpdateSchema },
      responses: { 200: { description: 'The application with its checklist', schema: ApplicationSchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const { app, items } = await updateChecklist({ actor, applicationId: req.input.params.id, changes: req.input.body });
        await audit(req, { action: 'mission.checklist_updated', targetType: 'application', targetId: app._id, meta: { items: items.join(',') } });
        res.json(await presentApplicationFor(actor, app));
      },
    }),
    defineRoute({
      method: 'put',
      path: '/applications/:id/mission/report',
      summary: 'File or revise the mission report (the expert, once completed)',
      tags,
      before,
      request: { params: ApplicationIdParamsSchema, body: MissionReportSchema },
      responses: { 200: { description: 'The application with the report', schema: ApplicationSchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const app = await fileMissionReport({ actor, applicationId: req.input.params.id, report: req.input.body });
        await audit(req, { action: 'mission.reported', targetType: 'application', targetId: app._id });
        res.json(await presentApplicationFor(actor, app));
      },
    }),
    defineRoute({
      method: 'put',
      path: '/applications/:id/mission/evaluation',
      summary: "File or revise the host's evaluation (the host side, once completed)",
      tags,
      before,
      request: { params: ApplicationIdParamsSchema, body: MissionEvaluationSchema },
      responses: { 200: { description: 'The application with the evaluation', schema: ApplicationSchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const app = await fileMissionEvaluation({ actor, applicationId: req.input.params.id, evaluation: req.input.body });
        await audit(req, { action: 'mission.evaluated', targetType: 'application', targetId: app._id, meta: { overall: req.input.body.ratings.overall } });
        res.json(await presentApplicationFor(actor, app));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/applications/:id/mission.ics',
      summary: 'The confirmed mission as an iCalendar file (the expert and the host side)',
      tags,
      before,
      request: { params: ApplicationIdParamsSchema },
      responses: { 200: { description: 'text/calendar (RFC 5545): one all-day event' } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const { app } = await findApplicationFor(actor, req.input.params.id);
        const confirmation = app.mission?.confirmation;
        if (!confirmation?.startDate || !confirmation.endDate) throw conflict('This mission has no dates yet: it gets a calendar file once confirmed.');
        const opp = await Opportunity.findById(app.opportunityId, { title: 1, mission: 1, location: 1 }).lean();
        const locale = req.user!.locale ?? 'fr';
        const title = opp?.title?.[locale] || opp?.title?.fr || opp?.title?.en || opp?.title?.ar || '';
        const place = [opp?.mission?.hostInstitution, opp?.location?.city].filter(Boolean).join(', ');
        const ics = missionCalendar({
          applicationId: String(app._id),
          startDate: confirmation.startDate,
          endDate: confirmation.endDate,
          sequence: confirmation.sequence ?? 0,
          summary: title,
          location: place,
          description: opp?.mission?.objectives ?? '',
          now: new Date(),
          domain: new URL(ctx.link('/')).hostname,
        });
        res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
        res.setHeader('Content-Disposition', `attachment; filename="mission-${String(app._id)}.ics"`);
        res.setHeader('Cache-Control', 'private, no-store');
        res.send(ics);
      },
    }),
  ];
}
