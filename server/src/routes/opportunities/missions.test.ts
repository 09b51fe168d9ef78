import { startTestApp, type TestContext } from '../../testing/harness';
import type { Browser } from '../../testing/client';
import { buildApplication, buildOpportunity, buildOrganisation, buildTalentProfile, buildUser } from '../../testing/factories';
import { signIn } from '../../testing/session';
import { Application } from '../../models/Application';
import { AuditLog } from '../../models/AuditLog';
import { on } from '../../services/events';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

/** The test browser has no PUT helper: the same request with the CSRF token. */
const put = (b: Browser, url: string, body: object) => b.agent.put(url).set('X-CSRF-Token', b.csrf).send(body);

const MISSION = {
  type: 'mission',
  title: { fr: 'Formation en radiologie, CHU de Fès', en: 'Radiology training' },
  description: { fr: 'Former les techniciens du service.' },
  sector: 'health',
  location: { mode: 'onsite', city: 'Fès' },
  mission: { hostInstitution: 'CHU Hassan II', objectives: 'Former 12 techniciens; rédiger un protocole', durationDays: 12, budget: { travelMad: 6000, dailyAllowanceMad: 900 } },
};
const CONFIRMATION = { startDate: '2027-03-29', endDate: '2027-04-09', checklist: { travel: true, visaLetter: false, accommodation: false, allowance: false } };
const REPORT = { activities: ['Formation de 12 techniciens', 'Protocole de radioprotection'], peopleTrained: 12, followUp: 'Une session à distance en juin.' };
const EVALUATION = { ratings: { objectivesMet: 5, expertise: 5, communication: 4, overall: 5 }, comments: 'Excellent.', wouldHostAgain: true };

async function institution() {
  const org = await buildOrganisation({ kind: 'institution', status: 'verified' });
  const officer = await buildUser({ role: 'officer', organisationId: org._id, orgAdmin: true });
  return { org, officer, b: await signIn(ctx.app, officer) };
}

describe('a knowledge-transfer mission, end to end through the API', () => {
  it('goes from terms of reference to report and evaluation, with a calendar file on the way', async () => {
    const { officer, b: officerBrowser } = await institution();
    const expert = await buildUser({ role: 'talent', talentKind: 'diaspora' });
    await buildTalentProfile(expert, { headline: 'Radiologue, Toulouse', visibility: 'officers' });
    const expertBrowser = await signIn(ctx.app, expert);
    const events: string[] = [];
    const offs = (['application.invited', 'application.submitted', 'application.stageChanged', 'mission.confirmed', 'mission.checklistUpdated', 'mission.reported', 'mission.evaluated'] as const).map((name) =>
      on(name, () => void events.push(name)),
    );

    // The officer writes the mission, publishes it and invites the expert (whose profile officers may see).
    const mission = (await officerBrowser.post('/api/v1/opportunities', MISSION).expect(201)).body;
    await officerBrowser.post(`/api/v1/opportunities/${mission.id}/status`, { status: 'published' }).expect(200);
    const invitation = (await officerBrowser.post(`/api/v1/opportunities/${mission.id}/invitations`, { talentId: expert.id, message: 'Seriez-vous disponible fin mars ?' }).expect(201)).body;
    const appUrl = `/api/v1/applications/${invitation.id}`;

    // The expert sees the invitation among their applications and accepts it.
    const mine = await expertBrowser.get('/api/v1/me/applications').expect(200);
    expect(mine.body.items).toEqual([expect.objectContaining({ id: invitation.id, stage: 'invited', allowedMoves: ['applied', 'declined'] })]);
    await expertBrowser.post(`${appUrl}/stage`, { stage: 'applied' }).expect(200);

    // The officer selects them; the expert cannot confirm or complete anything themselves.
    const selected = await officerBrowser.post(`${appUrl}/stage`, { stage: 'selected' }).expect(200);
    expect(selected.body.allowedMoves).toEqual(['interview', 'confirmed', 'declined']);
    expect((await expertBrowser.post(`${appUrl}/stage`, { stage: 'confirmed' }).expect(403)).body.error.details).toEqual({ from: 'selected', allowed: ['withdrawn'] });
    await put(expertBrowser, `${appUrl}/mission/confirmation`, CONFIRMATION).expect(403);
    // No calendar before the dates are agreed.
    await expertBrowser.get(`${appUrl}/mission.ics`).expect(409);

    // Confirmation with dates and checklist; the checklist is ticked later.
    const confirmed = await put(officerBrowser, `${appUrl}/mission/confirmation`, CONFIRMATION).expect(200);
    expect(confirmed.body).toMatchObject({ stage: 'confirmed', mission: { confirmation: CONFIRMATION, report: null, evaluation: null }, allowedMoves: ['completed'] });
    const ticked = await officerBrowser.patch(`${appUrl}/mission/checklist`, { visaLetter: true, accommodation: true }).expect(200);
    expect(ticked.body.mission.confirmation.checklist).toEqual({ travel: true, visaLetter: true, accommodation: true, allowance: false });
    await expertBrowser.patch(`${appUrl}/mission/checklist`, { allowance: true }).expect(403);

    // Both sides download the calendar file: an all-day event, the end exclusive (the day after the last day).
    for (const b of [expertBrowser, officerBrowser]) {
      const ics = await b.get(`${appUrl}/mission.ics`).buffer(true).parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      }).expect(200);
      expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(ics.headers['content-disposition']).toBe(`attachment; filename="mission-${invitation.id}.ics"`);
      const body = ics.body as string;
      expect(body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
      expect(body.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
      expect(body).toContain('\r\nDTSTART;VALUE=DATE:20270329\r\n');
      expect(body).toContain('\r\nDTEND;VALUE=DATE:20270410\r\n');
      expect(body).toMatch(/\r\nUID:mission-[a-f0-9]{24}@[^\r\n]+\r\n/);
      expect(body).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
      expect(body).toContain('SUMMARY:Formation en radiologie\\, CHU de Fès');
      expect(body).toContain('DESCRIPTION:Former 12 techniciens\\; rédiger un protocole');
    }

    // The mission runs and ends; the application is completed.
    await officerBrowser.post(`/api/v1/opportunities/${mission.id}/status`, { status: 'in-progress' }).expect(200);
    await put(expertBrowser, `${appUrl}/mission/report`, REPORT).expect(409);
    await officerBrowser.post(`/api/v1/opportunities/${mission.id}/status`, { status: 'completed' }).expect(200);
    const completed = await officerBrowser.post(`${appUrl}/stage`, { stage: 'completed' }).expect(200);
    expect(completed.body.allowedMoves).toEqual([]);

    // The expert files the report, the officer the host's evaluation; each only their own.
    await put(officerBrowser, `${appUrl}/mission/report`, REPORT).expect(403);
    await put(expertBrowser, `${appUrl}/mission/evaluation`, EVALUATION).expect(403);
    const reported = await put(expertBrowser, `${appUrl}/mission/report`, REPORT).expect(200);
    expect(reported.body.mission.report).toMatchObject({ ...REPORT, deliverables: [], submittedAt: expect.any(String) });
    await put(officerBrowser, `${appUrl}/mission/evaluation`, EVALUATION).expect(200);

    // The expert sees the whole record, evaluation included; the history says who moved what.
    const record = (await expertBrowser.get(appUrl).expect(200)).body;
    expect(record.mission.evaluation).toMatchObject({ ...EVALUATION, submittedAt: expect.any(String) });
    expect(record.history.map((h: { stage: string; by: string }) => `${h.stage}/${h.by}`)).toEqual(['invited/owner', 'applied/talent', 'selected/owner', 'confirmed/owner', 'completed/owner']);
    expect(record.history[0]).toMatchObject({ byName: officer.displayName, note: 'Seriez-vous disponible fin mars ?' });
    for (const off of offs) off();
    expect(events).toEqual([
      'application.invited',
      'application.stageChanged',
      'application.stageChanged',
      'mission.confirmed',
      'mission.checklistUpdated',
      'application.stageChanged',
      'mission.reported',
      'mission.evaluated',
    ]);
    const actions = (await AuditLog.find({ targetId: invitation.id }).sort({ at: 1, _id: 1 }).lean()).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['application.invited', 'mission.confirmed', 'mission.checklist_updated', 'mission.reported', 'mission.evaluated']));
  });
});

describe('PUT /api/v1/applications/:id/mission/confirmation', () => {
  async function selectedExpert() {
    const { org, b } = await institution();
    const mission = await buildOpportunity({ organisationId: org._id, type: 'mission' });
    const expert = await buildUser({ role: 'talent' });
    const app = await buildApplication({ opportunity: mission, talentId: expert._id, stage: 'selected' });
    return { app, b, expert };
  }

  it('names the wrong date and stores nothing', async () => {
    const { app, b } = await selectedExpert();
    const res = await put(b, `/api/v1/applications/${app.id}/mission/confirmation`, { startDate: '2027-04-09', endDate: '2027-03-29' }).expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'endDate', location: 'body' })]);
    const bad = await put(b, `/api/v1/applications/${app.id}/mission/confirmation`, { startDate: '29/03/2027', endDate: '2027-04-09' }).expect(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ path: 'startDate', message: 'must be a date (YYYY-MM-DD)' })]);
    expect((await Application.findById(app._id).lean())!).toMatchObject({ stage: 'selected', mission: { confirmation: null } });
  });

  it('reschedules a confirmed mission: new dates, a higher calendar sequence, still confirmed', async () => {
    const { app, b } = await selectedExpert();
    await put(b, `/api/v1/applications/${app.id}/mission/confirmation`, CONFIRMATION).expect(200);
    const res = await put(b, `/api/v1/applications/${app.id}/mission/confirmation`, { ...CONFIRMATION, startDate: '2027-05-03', endDate: '2027-05-14' }).expect(200);
    expect(res.body).toMatchObject({ stage: 'confirmed', mission: { confirmation: { startDate: '2027-05-03', endDate: '2027-05-14' } } });
    expect(res.body.history.filter((h: { stage: string }) => h.stage === 'confirmed')).toHaveLength(1);
    const ics = await b.get(`/api/v1/applications/${app.id}/mission.ics`).buffer(true).parse((r, done) => {
      let text = '';
      r.setEncoding('utf8');
      r.on('data', (chunk: string) => (text += chunk));
      r.on('end', () => done(null, text));
    }).expect(200);
    expect(ics.body).toContain('\r\nSEQUENCE:1\r\n');
    expect(ics.body).toContain('\r\nDTEND;VALUE=DATE:20270515\r\n');
  });

  it('refuses confirming before selection, and confirming anything that is not a mission', async () => {
    const { org, b } = await institution();
    const mission = await buildOpportunity({ organisationId: org._id, type: 'mission' });
    const early = await buildApplication({ opportunity: mission, talentId: (await buildUser({ role: 'talent' }))._id, stage: 'shortlisted' });
    const res = await put(b, `/api/v1/applications/${early.id}/mission/confirmation`, CONFIRMATION).expect(409);
    expect(res.body.error).toMatchObject({ code: 'invalid_transition', details: { from: 'shortlisted', allowed: ['applied', 'interview', 'selected', 'declined'] } });
    const project = await buildOpportunity({ organisationId: org._id, type: 'project' });
    const other = await buildApplication({ opportunity: project, talentId: (await buildUser({ role: 'talent' }))._id, stage: 'selected' });
    await put(b, `/api/v1/applications/${other.id}/mission/confirmation`, CONFIRMATION).expect(409);
  });

  it('lets only one of two officers confirming at once win', async () => {
    const { app, b } = await selectedExpert();
    const results = await Promise.all([put(b, `/api/v1/applications/${app.id}/mission/confirmation`, CONFIRMATION), put(b, `/api/v1/applications/${app.id}/mission/confirmation`, CONFIRMATION)]);
    expect(results.map((r) => r.status)).toContain(200);
    const stored = await Application.findById(app._id).lean();
    expect(stored!.history.filter((h) => h.stage === 'confirmed')).toHaveLength(1);
  });

  it('hides the calendar of a mission from anyone but the expert and the host side', async () => {
    const { app } = await selectedExpert();
    const stranger = await signIn(ctx.app, await buildUser({ role: 'talent' }));
    await stranger.get(`/api/v1/applications/${app.id}/mission.ics`).expect(404);
  });
});
