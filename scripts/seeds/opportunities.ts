/**
 * Demo opportunities of every type and status (opportunities/catalogue.ts), the pipelines of demo talents that
 * go with them (applied, shortlisted, invited… and, for missions, confirmed with logistics, completed with a
 * report and an evaluation), and two conversations: expert@ with the officer's institution about the confirmed
 * mission, migrant@ with the demo employer about the tiling job. Everything is validated with the API's
 * contracts first, then written with insertMany; opportunities are marked for the search indexer. Idempotent:
 * when the demo opportunities exist, nothing is written again.
 */
import {
  allowedMoves,
  CreateOpportunitySchema,
  MissionConfirmationSchema,
  MissionEvaluationSchema,
  MissionReportSchema,
  PRIVACY_NOTICE_VERSION,
  type ApplicationStage,
  type CreateOpportunity,
  type OpportunityType,
} from '@kafaat/shared';
import { Types } from 'mongoose';
import { User } from '../../server/src/models/User';
import { Organisation } from '../../server/src/models/Organisation';
import { Opportunity } from '../../server/src/models/Opportunity';
import { Application } from '../../server/src/models/Application';
import { Conversation } from '../../server/src/models/Conversation';
import { Message } from '../../server/src/models/Message';
import { Notification } from '../../server/src/models/Notification';
import { newSearchSync } from '../../server/src/models/searchSync';
import { hashPassword } from '../../server/src/auth/passwords';
import { readTaxonomy } from '../../server/src/services/taxonomy/taxonomyReader';
import { DEMO_PASSWORD } from './accounts';
import { DEMO_TALENT_COUNT } from './talents';
import { buildDemoTalents, type DemoTalent } from './talents/talentBuilder';
import { DEMO_OPPORTUNITIES, EXTRA_EMPLOYERS, type Candidate, type DemoOpportunity, type OwnerKey, type PipelineEntry } from './opportunities/catalogue';
import type { Seeder } from '../seed';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const PREVIEW_LENGTH = 140;
type Side = 'talent' | 'owner';

/** The stages an application went through to reach each stage, with the side that made each move. */
const PATHS: Record<ApplicationStage, Array<[ApplicationStage, Side]>> = {
  invited: [['invited', 'owner']],
  applied: [['applied', 'talent']],
  shortlisted: [['applied', 'talent'], ['shortlisted', 'owner']],
  interview: [['applied', 'talent'], ['shortlisted', 'owner'], ['interview', 'owner']],
  selected: [['applied', 'talent'], ['shortlisted', 'owner'], ['selected', 'owner']],
  declined: [['applied', 'talent'], ['declined', 'owner']],
  withdrawn: [['applied', 'talent'], ['withdrawn', 'talent']],
  confirmed: [['applied', 'talent'], ['shortlisted', 'owner'], ['selected', 'owner'], ['confirmed', 'owner']],
  completed: [['applied', 'talent'], ['shortlisted', 'owner'], ['selected', 'owner'], ['confirmed', 'owner'], ['completed', 'owner']],
};

/** Checks that a path only makes moves the pipeline allows (exported for the tests). */
export function pathIsAllowed(type: OpportunityType, path: Array<[ApplicationStage, Side]>): boolean {
  return path.every(([to, by], i) => i === 0 || allowedMoves(type, path[i - 1]![0], by).includes(to));
}

const MOTIVATIONS = [
  'Votre offre correspond exactement à mon parcours et je suis disponible aux dates indiquées.',
  "J'ai une expérience directe de ce type de travail et j'aimerais mettre mes compétences au service de votre équipe.",
  'I have hands-on experience with most of the skills you list and would be glad to discuss how I can contribute.',
  'Je souhaite contribuer à un projet utile au Maroc ; mon expérience récente me semble bien correspondre à vos besoins.',
  'أرغب في المشاركة في هذا المشروع، ولدي خبرة عملية في المهارات المطلوبة.',
];
const SPECIAL_MOTIVATIONS: Record<string, string> = {
  'migrant@kafaat.demo|fintech-tiler':
    "Carreleur depuis huit ans, au Mali puis à Casablanca : sols grand format, faïence de salles de bains et un peu de zellige. Je lis les plans de calepinage et je travaille proprement. Je peux faire un essai quand vous voulez.",
  'expert@kafaat.demo|mission-cadi-ayyad':
    "Je forme depuis sept ans les jeunes ingénieurs de mon bureau d'études à la maquette numérique (Revit, Robot). Transmettre cela aux élèves de l'ENSA Marrakech me tient à cœur ; je suis disponible trois semaines en mars 2027.",
  'expert@kafaat.demo|mission-amee':
    "J'ai dimensionné plus de 250 MWc de centrales photovoltaïques et réalisé des audits de bâtiments tertiaires en France. Je serais heureux d'appuyer les auditeurs de l'Agence en janvier.",
};

/** Validates the catalogue with the API's contract and the taxonomy; throws before anything is written. */
export function validDemoOpportunities(): Array<DemoOpportunity & { parsed: CreateOpportunity }> {
  const sectorOf = new Map(readTaxonomy().skills.map((s) => [s.id, s.sector]));
  return DEMO_OPPORTUNITIES.map((o) => {
    const parsed = CreateOpportunitySchema.safeParse(o.input);
    if (!parsed.success) throw new Error(`demo opportunity ${o.key} breaks the contract: ${JSON.stringify(parsed.error.issues)}`);
    const skills = [...parsed.data.mustHaveSkills, ...parsed.data.niceToHaveSkills].map((s) => s.skillId);
    const unknown = skills.filter((id) => !sectorOf.has(id));
    if (unknown.length) throw new Error(`demo opportunity ${o.key} asks for skills missing from the taxonomy: ${unknown.join(', ')}`);
    const mustSectors = new Set(parsed.data.mustHaveSkills.map((s) => sectorOf.get(s.skillId)));
    if (!mustSectors.has(parsed.data.sector) || mustSectors.size > 2) throw new Error(`demo opportunity ${o.key}: its must-have skills do not fit its sector`);
    for (const p of o.pipeline ?? []) {
      if (!pathIsAllowed(parsed.data.type, PATHS[p.stage])) throw new Error(`demo opportunity ${o.key}: no pipeline path to ${p.stage}`);
    }
    return { ...o, parsed: parsed.data };
  });
}

/** Picks demo talents for the `match` candidates: best skill fit first, each talent used as little as possible. */
function talentPicker(talents: DemoTalent[]) {
  const used = new Map<string, number>();
  return (opp: CreateOpportunity, kind: 'any' | 'diaspora' | 'migrant', taken: Set<string>): string | null => {
    const must = new Set(opp.mustHaveSkills.map((s) => s.skillId));
    const nice = new Set(opp.niceToHaveSkills.map((s) => s.skillId));
    let best: { email: string; score: number } | null = null;
    for (const t of talents) {
      if (taken.has(t.email) || t.content.visibility === 'hidden') continue;
      if (kind !== 'any' && t.kind !== kind) continue;
      if (opp.type === 'mission' && t.kind === 'migrant') continue;
      const ids = (t.content.skills ?? []).map((s) => s.skillId);
      const fit = ids.filter((id) => must.has(id)).length * 2 + ids.filter((id) => nice.has(id)).length;
      if (fit === 0) continue;
      const score = fit * 10 - (used.get(t.email) ?? 0) * 15;
      if (!best || score > best.score) best = { email: t.email, score };
    }
    if (best) used.set(best.email, (used.get(best.email) ?? 0) + 1);
    return best?.email ?? null;
  };
}

/** Creates the extra demo employers and their members (left alone when they exist); returns their sign-ins. */
async function ensureExtraEmployers(): Promise<Map<string, Types.ObjectId>> {
  const orgIds = new Map<string, Types.ObjectId>();
  for (const e of EXTRA_EMPLOYERS) {
    const doc = await Organisation.findOneAndUpdate({ name: e.org.name }, { $setOnInsert: { ...e.org, verifiedAt: new Date() } }, { upsert: true, returnDocument: 'after' });
    orgIds.set(e.key, doc._id);
  }
  const existing = new Set(await User.find({ email: { $in: EXTRA_EMPLOYERS.map((e) => e.member.email) } }).distinct('email'));
  const missing = EXTRA_EMPLOYERS.filter((e) => !existing.has(e.member.email));
  if (missing.length) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const now = new Date();
    await User.insertMany(
      missing.map((e) => ({
        email: e.member.email,
        passwordHash,
        displayName: e.member.name,
        role: 'employer',
        talentKind: null,
        locale: 'fr',
        emailVerifiedAt: now,
        organisationId: orgIds.get(e.key),
        orgAdmin: true,
        consent: { version: PRIVACY_NOTICE_VERSION, at: now },
      })),
      { ordered: false },
    );
  }
  return orgIds;
}

/** A message of a demo conversation: who writes, and how long after the previous one. */
type Line = { from: 'talent' | 'organisation'; afterHours: number; text: string };

const CONVERSATIONS: Array<{ opportunity: string; talent: string; lines: Line[] }> = [
  {
    opportunity: 'mission-cadi-ayyad',
    talent: 'expert@kafaat.demo',
    lines: [
      { from: 'organisation', afterHours: 2, text: "Bonjour M. Alaoui, votre mission à l'ENSA Marrakech est confirmée du 8 au 26 mars 2027. L'université prend en charge l'hébergement à la résidence des enseignants. Pouvez-vous nous indiquer votre aéroport de départ ?" },
      { from: 'talent', afterHours: 5, text: 'Bonjour M. Bennani, merci beaucoup ! Je partirai de Toulouse-Blagnac, idéalement le samedi 6 mars. Est-il possible d’avoir une salle informatique avec Revit installé pour les ateliers ?' },
      { from: 'organisation', afterHours: 20, text: 'C’est noté pour le 6 mars. Le département génie civil confirme 24 postes équipés de Revit et Robot. Les billets seront émis la semaine prochaine.' },
      { from: 'talent', afterHours: 3, text: 'Parfait. Je vous envoie le syllabus du module d’ici vendredi pour validation par le chef de département.' },
      { from: 'organisation', afterHours: 40, text: 'Billets émis : Toulouse → Marrakech le 6 mars à 10 h 40, retour le 27 mars. L’agence vous les a envoyés par courriel. Il reste l’avance sur indemnités, que nous versons dans la semaine. Bonne préparation !' },
    ],
  },
  {
    opportunity: 'fintech-tiler',
    talent: 'migrant@kafaat.demo',
    lines: [
      { from: 'talent', afterHours: 1, text: "Bonjour Madame, j'ai postulé pour le poste de carreleur. J'ai huit ans d'expérience, au Mali et à Casablanca, et je peux vous montrer des photos de mes chantiers." },
      { from: 'organisation', afterHours: 22, text: 'Bonjour M. Diarra, merci pour votre candidature. Pouvez-vous passer jeudi à 9 h au siège, boulevard d’Anfa, pour un essai de pose d’une heure avec notre chef de travaux ?' },
      { from: 'talent', afterHours: 2, text: 'Oui, je serai là jeudi à 9 h. Merci beaucoup.' },
    ],
  },
];

export const opportunitiesSeeder: Seeder = {
  name: 'opportunities',
  run: async () => {
    const catalogue = validDemoOpportunities();
    const extraOrgIds = await ensureExtraEmployers();
    const summary = [
      `Demo opportunities: ${catalogue.length} (jobs, projects, missions, pilots), with pipelines and two conversations;`,
      ...EXTRA_EMPLOYERS.map((e) => `  ${e.member.email.padEnd(24)} ${e.member.what}`),
    ];

    // Owners: the demo employer's and officer's organisations, and the extra employers; one member each acts for it.
    const memberEmails = { fintech: 'employer@kafaat.demo', ministry: 'officer@kafaat.demo', ...Object.fromEntries(EXTRA_EMPLOYERS.map((e) => [e.key, e.member.email])) } as Record<OwnerKey, string>;
    const members = await User.find({ email: { $in: Object.values(memberEmails) } }, { email: 1, organisationId: 1 }).lean();
    const owners = new Map<OwnerKey, { orgId: Types.ObjectId; memberId: Types.ObjectId }>();
    for (const [key, email] of Object.entries(memberEmails) as Array<[OwnerKey, string]>) {
      const m = members.find((u) => u.email === email);
      const orgId = (m?.organisationId as Types.ObjectId | null | undefined) ?? extraOrgIds.get(key);
      if (!m || !orgId) throw new Error(`the demo organisation member ${email} is missing: run the accounts seeder first`);
      owners.set(key, { orgId, memberId: m._id });
    }

    const orgIds = [...owners.values()].map((o) => o.orgId);
    const titleFilter = ({ title }: CreateOpportunity) => (title.fr ? { 'title.fr': title.fr } : title.en ? { 'title.en': title.en } : { 'title.ar': title.ar });
    const seeded = await Opportunity.exists({ organisationId: { $in: orgIds }, $or: catalogue.map((o) => titleFilter(o.parsed)) });
    if (seeded) return summary;

    // Talents: the demo accounts and the generated ones whose skills fit each opportunity.
    const pick = talentPicker(buildDemoTalents(DEMO_TALENT_COUNT));
    const chosen = catalogue.map((o) => {
      const taken = new Set<string>();
      return (o.pipeline ?? []).map((p) => {
        const email = 'email' in p.who ? p.who.email : pick(o.parsed, (p.who as Extract<Candidate, { match: unknown }>).match, taken);
        if (email) taken.add(email);
        return { entry: p, email };
      });
    });
    const emails = [...new Set(chosen.flat().flatMap((c) => (c.email ? [c.email] : [])))];
    const talents = await User.find({ email: { $in: emails }, role: 'talent' }, { email: 1, displayName: 1 }).lean();
    const talentByEmail = new Map(talents.map((t) => [t.email, t]));

    const now = Date.now();
    const opportunities: Array<Record<string, unknown>> = [];
    const applications: Array<Record<string, unknown>> = [];
    const idOf = new Map<string, Types.ObjectId>();
    const appAt = new Map<string, Date>();
    catalogue.forEach((o, i) => {
      const owner = owners.get(o.owner)!;
      const _id = new Types.ObjectId();
      idOf.set(o.key, _id);
      const createdAt = new Date(now - o.ageDays * DAY);
      const publishedAt = o.status === 'draft' ? null : new Date(createdAt.getTime() + DAY);
      const entries = chosen[i]!.filter((c) => c.email && talentByEmail.has(c.email));
      let lastChange = publishedAt ?? createdAt;
      entries.forEach(({ entry, email }, n) => {
        const app = applicationDocument(o, entry, talentByEmail.get(email!)!._id, owner, publishedAt!, n, entries.length, now);
        applications.push(app.doc);
        appAt.set(`${email}|${o.key}`, app.lastAt);
        if (app.lastAt > lastChange) lastChange = app.lastAt;
      });
      opportunities.push({
        _id,
        ...o.parsed,
        mission: o.parsed.mission ?? null,
        project: o.parsed.project ?? null,
        status: o.status,
        organisationId: owner.orgId,
        createdBy: owner.memberId,
        publishedAt,
        searchSync: newSearchSync(),
        createdAt,
        updatedAt: o.status === 'published' || o.status === 'draft' ? (publishedAt ?? createdAt) : lastChange,
      });
    });
    for (const a of applications) a.opportunityId = idOf.get(a.opportunityId as string);

    // Conversations, their messages, and the unread message notifications they leave.
    const conversations: Array<Record<string, unknown>> = [];
    const messages: Array<Record<string, unknown>> = [];
    const notifications: Array<Record<string, unknown>> = [];
    for (const c of CONVERSATIONS) {
      const opp = catalogue.find((o) => o.key === c.opportunity)!;
      const owner = owners.get(opp.owner)!;
      const talent = talentByEmail.get(c.talent);
      // After the talent's latest move (the application, or the mission's confirmation).
      const since = appAt.get(`${c.talent}|${c.opportunity}`);
      if (!talent || !since) continue;
      const convId = new Types.ObjectId();
      const total = c.lines.reduce((h, l) => h + l.afterHours, 0);
      // The exchange ends a few hours before the seed run, and starts after the application.
      let at = Math.max(since.getTime() + HOUR, now - (total + 3) * HOUR);
      const sent = c.lines.map((l) => {
        at += l.afterHours * HOUR;
        const senderId = l.from === 'talent' ? talent._id : owner.memberId;
        const doc = { _id: new Types.ObjectId(), conversationId: convId, senderId, senderSide: l.from, text: l.text, deleted: false, attachments: [], createdAt: new Date(Math.min(at, now - HOUR)) };
        messages.push(doc);
        return doc;
      });
      const last = sent[sent.length - 1]!;
      // Each side has read up to its own newest message: the other side's later messages stay unread.
      const lastOf = (side: string) => [...sent].reverse().find((m) => m.senderSide === side)?.createdAt;
      const readAt: Record<string, Date> = {};
      const talentRead = lastOf('talent');
      const orgRead = lastOf('organisation');
      if (talentRead) readAt[String(talent._id)] = talentRead;
      if (orgRead) readAt[String(owner.memberId)] = orgRead;
      conversations.push({
        _id: convId,
        opportunityId: idOf.get(c.opportunity),
        organisationId: owner.orgId,
        talentId: talent._id,
        startedBy: sent[0]!.senderId,
        lastActivityAt: last.createdAt,
        lastMessage: { preview: last.text.slice(0, PREVIEW_LENGTH), senderId: last.senderId, deleted: false, at: last.createdAt },
        readAt,
        createdAt: sent[0]!.createdAt,
        updatedAt: last.createdAt,
      });
      // One gathered notification per recipient of unread messages (the talent, or the organisation's member).
      for (const [recipientId, side, read] of [[talent._id, 'organisation', talentRead], [owner.memberId, 'talent', orgRead]] as const) {
        const unread = sent.filter((m) => m.senderSide === side && (!read || m.createdAt > read));
        if (!unread.length) continue;
        const newest = unread[unread.length - 1]!;
        const sender = side === 'talent' ? talent.displayName : (await User.findById(owner.memberId, { displayName: 1 }).lean())?.displayName;
        notifications.push({
          userId: recipientId,
          kind: 'message',
          inbox: true,
          link: `/conversations/${convId}`,
          actorId: newest.senderId,
          actorName: sender ?? null,
          opportunity: { id: idOf.get(c.opportunity), title: opp.parsed.title },
          preview: newest.text.slice(0, PREVIEW_LENGTH),
          conversationId: convId,
          count: unread.length,
          at: newest.createdAt,
          readAt: null,
          createdAt: newest.createdAt,
        });
      }
    }

    // Invited talents find the invitation in their inbox, as the live pipeline would have left it.
    const orgNames = new Map((await Organisation.find({ _id: { $in: orgIds } }, { name: 1 }).lean()).map((org) => [String(org._id), org.name]));
    for (const a of applications.filter((app) => app.stage === 'invited')) {
      const opp = opportunities.find((o) => o._id === a.opportunityId)!;
      const invitation = (a.history as Array<{ at: Date; byUserId: Types.ObjectId }>)[0]!;
      notifications.push({
        userId: a.talentId,
        kind: 'invitation',
        inbox: true,
        link: `/applications/${String(a._id)}`,
        actorId: invitation.byUserId,
        actorName: orgNames.get(String(a.organisationId)) ?? null,
        opportunity: { id: opp._id, title: opp.title },
        applicationId: a._id,
        at: invitation.at,
        readAt: null,
        createdAt: invitation.at,
      });
    }

    await Opportunity.insertMany(opportunities, { timestamps: false } as never);
    if (applications.length) await Application.insertMany(applications, { timestamps: false } as never);
    if (conversations.length) await Conversation.insertMany(conversations, { timestamps: false } as never);
    if (messages.length) await Message.insertMany(messages, { timestamps: false } as never);
    if (notifications.length) await Notification.insertMany(notifications, { timestamps: false } as never);
    return summary;
  },
};

/** One application with its history spread between the opportunity's publication and the seed run. */
function applicationDocument(
  o: DemoOpportunity & { parsed: CreateOpportunity },
  entry: PipelineEntry,
  talentId: Types.ObjectId,
  owner: { orgId: Types.ObjectId; memberId: Types.ObjectId },
  publishedAt: Date,
  n: number,
  count: number,
  now: number,
) {
  const path = PATHS[entry.stage];
  const span = now - 2 * HOUR - publishedAt.getTime();
  // Applications arrive during the first half of the opportunity's life; later moves share the rest.
  const first = publishedAt.getTime() + (span * 0.5 * (n + 1)) / (count + 1);
  const step = (now - 2 * HOUR - first) / (path.length + 2);
  const times = path.map((_, i) => new Date(Math.round(first + i * step)));
  const history = path.map(([stage, by], i) => ({
    stage,
    by,
    byUserId: by === 'talent' ? talentId : owner.memberId,
    at: times[i]!,
    note: i === path.length - 1 ? (entry.note ?? '') : '',
  }));
  const lastAt = times[times.length - 1]!;
  const email = 'email' in entry.who ? entry.who.email : '';
  const motivation = entry.stage === 'invited' ? '' : (SPECIAL_MOTIVATIONS[`${email}|${o.key}`] ?? MOTIVATIONS[(n + o.ageDays) % MOTIVATIONS.length]!);
  const at = (stage: ApplicationStage) => history.find((h) => h.stage === stage)?.at;
  let mission = null as null | Record<string, unknown>;
  if (o.parsed.type === 'mission') {
    mission = { confirmation: null, report: null, evaluation: null };
    const confirmedAt = at('confirmed');
    if (confirmedAt) {
      const done = o.status !== 'filled';
      const confirmation = MissionConfirmationSchema.parse({
        startDate: o.parsed.startDate,
        endDate: o.parsed.endDate,
        checklist: { travel: true, visaLetter: done, accommodation: true, allowance: done },
      });
      mission.confirmation = { ...confirmation, sequence: 0, confirmedAt };
    }
    const completedAt = at('completed');
    if (completedAt) {
      const later = (hours: number) => new Date(Math.min(completedAt.getTime() + hours * HOUR, now - HOUR));
      mission.report = {
        ...MissionReportSchema.parse({
          activities: [
            'Formation de 8 auditeurs à la méthode d’audit des bâtiments tertiaires (2 jours en salle, 3 jours sur site)',
            'Audits énergétiques de cinq bâtiments administratifs à Rabat et Salé avec les équipes de l’Agence',
            'Dimensionnement des installations photovoltaïques en toiture des cinq sites pilotes',
          ],
          deliverables: ['Cinq rapports d’audit', 'Notes de dimensionnement PV (412 kWc au total)', 'Guide méthodologique interne'],
          peopleTrained: 8,
          followUp: 'Je reste disponible à distance pour relire les deux prochains audits ; une seconde mission pourrait couvrir le suivi des consommations après installation.',
        }),
        submittedAt: later(30),
      };
      mission.evaluation = {
        ...MissionEvaluationSchema.parse({
          ratings: { objectivesMet: 5, expertise: 5, communication: 4, overall: 5 },
          comments: 'Expert très pédagogue ; les auditeurs appliquent déjà la méthode. Les livrables ont été remis avec quelques jours de retard, sans conséquence.',
          wouldHostAgain: true,
        }),
        submittedAt: later(60),
        submittedBy: owner.memberId,
      };
    }
  }
  return {
    firstAt: times[0]!,
    lastAt,
    doc: {
      _id: new Types.ObjectId(),
      // Replaced by the opportunity's id once all are built.
      opportunityId: o.key,
      organisationId: owner.orgId,
      opportunityType: o.parsed.type,
      talentId,
      stage: entry.stage,
      motivation,
      documentIds: [],
      history,
      mission,
      createdAt: times[0]!,
      updatedAt: lastAt,
    },
  };
}
