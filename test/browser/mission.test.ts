/**
 * Objective 19 end to end, in two browsers at once: a programme officer publishes a knowledge-transfer mission,
 * invites a diaspora expert, the expert accepts, they write to each other (each message appears live on the other
 * side), and the mission ends with the expert's report and the host's evaluation.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestContext } from '../../server/src/testing/harness';
import { buildOrganisation, buildTalentProfile, buildUser, TEST_PASSWORD } from '../../server/src/testing/factories';
import { signInWithPassword } from '../support/accounts';
import { launchChromium } from '../support/browser';
import { REPO_ROOT, startServerProcess, type ServerProcess } from '../support/serverProcess';

const SCREENSHOTS = path.join(REPO_ROOT, 'test-results');

describe('a knowledge-transfer mission from publication to evaluation', () => {
  let ctx: TestContext;
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    ctx = await startTestApp();
    server = await startServerProcess({
      NODE_ENV: 'production',
      CLIENT_DIST: path.join(REPO_ROOT, 'client/dist'),
      MONGODB_DB: ctx.config.MONGODB_DB,
      ES_INDEX_PREFIX: ctx.config.ES_INDEX_PREFIX,
      SESSION_SECRET: randomBytes(32).toString('hex'),
    });
    browser = await launchChromium();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await ctx?.close();
  });

  async function signedInPage(email: string, viewport: { width: number; height: number }): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ viewport, locale: 'fr-FR' });
    await signInWithPassword(context.request, server.url, email, TEST_PASSWORD);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    return { page, problems };
  }

  it('is published, accepted, discussed live, confirmed, completed, reported on and evaluated', async () => {
    const institution = await buildOrganisation({ kind: 'institution', status: 'verified', name: 'Agence de coopération' });
    const officerUser = await buildUser({ role: 'officer', organisationId: institution._id, orgAdmin: true });
    const expertUser = await buildUser({ role: 'talent', talentKind: 'diaspora' });
    await buildTalentProfile(expertUser, { headline: 'Ingénieure en énergie solaire, Toulouse' });

    const officer = await signedInPage(officerUser.email, { width: 1280, height: 900 });
    const expert = await signedInPage(expertUser.email, { width: 360, height: 740 });

    // The officer writes the mission from the host's terms of reference and publishes it.
    const o = officer.page;
    await o.goto(`${server.url}/opportunities/new`, { waitUntil: 'networkidle' });
    await o.getByLabel(/^Mission d’expertise/).check();
    await o.getByRole('textbox', { name: /^Titre \(Français\)/ }).fill('Audit d’une centrale solaire à Ouarzazate');
    await o.getByRole('textbox', { name: /^Description \(Français\)/ }).fill('Trois semaines auprès de l’équipe technique pour auditer la centrale et former deux ingénieurs.');
    await o.getByRole('combobox', { name: /^Secteur/ }).selectOption('engineering');
    await o.getByRole('textbox', { name: /^Institution d’accueil/ }).fill('Office régional de l’énergie');
    await o.getByRole('textbox', { name: /^Objectifs/ }).fill('Audit de performance et plan de maintenance.');
    await o.getByRole('spinbutton', { name: /^Durée \(jours ouvrés\)/ }).fill('15');
    await o.getByRole('spinbutton', { name: /^Budget voyage \(MAD\)/ }).fill('9000');
    await o.getByRole('spinbutton', { name: /^Indemnité journalière \(MAD\)/ }).fill('800');
    await o.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await o.getByText('Brouillon enregistré', { exact: false }).waitFor();
    await o.getByRole('button', { name: 'Publier' }).click();
    await o.getByText('L’opportunité est publiée', { exact: false }).waitFor();

    // … and invites the expert from the board.
    await o.getByRole('link', { name: 'Candidats et invitations' }).click();
    await o.getByRole('textbox', { name: /^Identifiant du talent/ }).fill(String(expertUser._id));
    await o.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await o.getByText('Invitation envoyée', { exact: false }).waitFor();

    // The expert, on a phone, accepts.
    const e = expert.page;
    await e.goto(`${server.url}/applications`, { waitUntil: 'networkidle' });
    await e.getByRole('button', { name: 'Accepter l’invitation' }).click();
    await e.getByText('Invitation acceptée', { exact: false }).waitFor();
    await e.getByRole('link', { name: 'Voir la mission' }).first().click();
    const applicationUrl = e.url().replace(/[#?].*$/, '');

    // The expert writes first; the conversation opens on both sides and each message arrives live on the other.
    await e.getByRole('button', { name: /Écrire un message/ }).click();
    await e.getByRole('textbox', { name: /Votre (premier )?message/ }).fill('Bonjour, je suis disponible à partir du 29 mars.');
    await e.getByRole('button', { name: 'Envoyer' }).click();
    await e.waitForURL(/\/messages\/[a-f0-9]{24}/);
    const conversationUrl = e.url();

    await o.goto(conversationUrl, { waitUntil: 'networkidle' });
    const officerThread = o.getByRole('region', { name: 'Messages de la conversation' });
    await officerThread.getByText('Bonjour, je suis disponible à partir du 29 mars.').waitFor();
    await o.getByRole('textbox', { name: /^Votre message/ }).fill('Parfait, je prépare la lettre pour le visa.');
    await o.getByRole('button', { name: 'Envoyer' }).click();
    // No reload on the expert's side: the reply comes through socket.io.
    await e.getByRole('region', { name: 'Messages de la conversation' }).getByText('Parfait, je prépare la lettre pour le visa.').waitFor({ timeout: 15_000 });
    await e.screenshot({ path: path.join(SCREENSHOTS, 'mission-chat-expert.png'), fullPage: true });

    // The officer selects, confirms with dates and logistics, then completes the mission.
    await o.goto(applicationUrl, { waitUntil: 'networkidle' });
    const moveTo = o.getByRole('combobox', { name: /^Déplacer vers/ }).first();
    await moveTo.selectOption({ label: 'Sélectionnée' });
    await o.getByRole('button', { name: /^Déplacer/ }).first().click();
    await o.getByText(/passé\(e\) à l’étape « Sélectionnée »/).waitFor();
    const confirmation = o.getByRole('region', { name: 'Confirmation et logistique' });
    await confirmation.getByLabel('Premier jour de la mission').fill('2027-03-29');
    await confirmation.getByLabel('Dernier jour de la mission').fill('2027-04-09');
    await confirmation.getByLabel('Voyage réservé').check();
    await confirmation.getByRole('button', { name: 'Confirmer la mission' }).click();
    await o.getByRole('link', { name: 'Ajouter à mon agenda' }).waitFor();
    const ics = await o.request.get(`${server.url}/api/v1/applications/${applicationUrl.split('/').pop()}/mission.ics`);
    expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await ics.text()).toContain('DTSTART;VALUE=DATE:20270329');

    await o.getByRole('combobox', { name: /^Déplacer vers/ }).first().selectOption({ label: 'Terminée' });
    await o.getByRole('button', { name: /^Déplacer/ }).first().click();
    await o.getByText(/passé\(e\) à l’étape « Terminée »/).waitFor();

    // The expert files the report; the officer files the host's evaluation.
    await e.goto(applicationUrl, { waitUntil: 'networkidle' });
    const report = e.getByRole('region', { name: 'Rapport de mission' });
    await report.getByLabel('Activité 1').fill('Audit des onduleurs et des trackers');
    await report.getByLabel('Personnes formées').fill('2');
    await report.getByRole('button', { name: 'Envoyer le rapport' }).click();
    await e.getByText('Rapport enregistré', { exact: false }).waitFor();

    await o.reload({ waitUntil: 'networkidle' });
    const evaluation = o.getByRole('region', { name: 'Évaluation par l’institution d’accueil' });
    for (const group of ['Objectifs atteints', 'Expertise apportée', 'Communication et échanges', 'Appréciation générale']) {
      await evaluation.getByRole('group', { name: new RegExp(`^${group}`) }).getByRole('radio', { name: /^5 · Excellent/ }).check();
    }
    await evaluation.getByRole('group', { name: /Accueilleriez-vous de nouveau cet expert/ }).getByRole('radio', { name: /^Oui/ }).check();
    await evaluation.getByRole('button', { name: 'Envoyer l’évaluation' }).click();
    await o.getByText('Évaluation enregistrée', { exact: false }).waitFor();
    await o.screenshot({ path: path.join(SCREENSHOTS, 'mission-evaluated-officer.png'), fullPage: true });

    const stored = await (await e.request.get(`${server.url}/api/v1/applications/${applicationUrl.split('/').pop()}`)).json();
    expect(stored.stage).toBe('completed');
    expect(stored.mission.report.activities).toEqual(['Audit des onduleurs et des trackers']);
    expect(stored.mission.evaluation.ratings).toEqual({ objectivesMet: 5, expertise: 5, communication: 5, overall: 5 });
    expect([...officer.problems, ...expert.problems]).toEqual([]);
  }, 180_000);
});
