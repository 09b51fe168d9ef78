/**
 * The demo opportunities: jobs and projects of three verified employers (the demo employer's Atlas Fintech and
 * two more created here), missions, pilots and a project of the demo officer's institution for host
 * institutions across Morocco. Written mostly in French, some in English or Arabic, some in two languages.
 * Calendar dates are in 2027 and every deadline falls after DEMO_DATE, so the published ones stay open; the
 * completed mission took place in September 2026 and the one in progress started in November 2026.
 * Each entry says who is in its pipeline and at which stage (see ../opportunities.ts).
 */
import type { ApplicationStage, OpportunityStatus } from '@kafaat/shared';
import type { z } from 'zod';
import type { CreateOpportunitySchema } from '@kafaat/shared';

/** Deadlines of the demo opportunities fall after this day. */
export const DEMO_DATE = '2027-01-01';

/** Employer organisations created by this seeder, verified, with one member each (demo password). */
export const EXTRA_EMPLOYERS = [
  {
    key: 'batiment',
    org: { name: 'Anfa Bâtiment', kind: 'employer', institutionType: null, country: 'MA', city: 'Casablanca', status: 'verified', website: null, description: 'Entreprise générale de bâtiment : logements, équipements publics et réhabilitation, 420 salariés.' },
    member: { email: 'recrutement.anfa@kafaat.demo', name: 'Hicham Lahlou', what: 'employer, Anfa Bâtiment (construction)' },
  },
  {
    key: 'hotels',
    org: { name: 'Noor Hôtels & Resorts', kind: 'employer', institutionType: null, country: 'MA', city: 'Marrakech', status: 'verified', website: null, description: 'Groupe hôtelier marocain : cinq établissements à Marrakech, Agadir et Essaouira.' },
    member: { email: 'rh.noor@kafaat.demo', name: 'Samira Kettani', what: 'employer, Noor Hôtels & Resorts (tourism)' },
  },
] as const;

/** Who owns an opportunity: the demo employer's organisation, the officer's institution, or an extra employer. */
export type OwnerKey = 'fintech' | 'ministry' | (typeof EXTRA_EMPLOYERS)[number]['key'];

/** Someone in the pipeline: a demo account by email, or the next demo talent whose skills fit best. */
export type Candidate = { email: string } | { match: 'any' | 'diaspora' | 'migrant' };

export interface PipelineEntry {
  who: Candidate;
  stage: ApplicationStage;
  /** Note of the last move (why declined, the invitation's message). */
  note?: string;
}

export interface DemoOpportunity {
  key: string;
  owner: OwnerKey;
  status: OpportunityStatus;
  /** Days between its creation and the seed run. */
  ageDays: number;
  input: z.input<typeof CreateOpportunitySchema>;
  pipeline?: PipelineEntry[];
}

const fr = (fr: string) => ({ fr });
const en = (en: string) => ({ en });
const s = (skillId: string, minLevel = 2) => ({ skillId, minLevel });
const any = { match: 'any' } as const;
const diaspora = { match: 'diaspora' } as const;
const migrant = { match: 'migrant' } as const;

export const DEMO_OPPORTUNITIES: DemoOpportunity[] = [
  // ——— Atlas Fintech (employer@kafaat.demo): jobs and projects ———
  {
    key: 'fintech-tiler',
    owner: 'fintech',
    status: 'published',
    ageDays: 21,
    input: {
      type: 'job',
      title: { fr: 'Carreleur·se qualifié·e — aménagement de notre nouveau siège à Casablanca', ar: 'مبلط(ة) مؤهل(ة) — تهيئة مقرنا الجديد بالدار البيضاء' },
      description: {
        fr: "Atlas Fintech aménage ses nouveaux bureaux (2 400 m² sur trois niveaux, quartier Casa-Anfa). Nous recrutons en CDD de six mois, en régie directe aux côtés de notre chef de travaux, deux carreleurs ou carreleuses pour la pose des sols grand format (grès cérame 120×60), des faïences des sanitaires et d'un mur en zellige à l'accueil. Vous lisez un plan de calepinage, préparez les supports et travaillez proprement en site occupé. Outillage et EPI fournis, salaire selon expérience, transport pris en charge. Les compétences acquises sur le tas sont bienvenues : un essai sur place remplace le diplôme.",
        ar: 'تقوم أطلس فينتك بتهيئة مكاتبها الجديدة. نبحث عن مبلطين لعقد محدد المدة لستة أشهر: تبليط الأرضيات بالبلاط الكبير، تغليف الحمامات، وجدار زليج في الاستقبال. التجربة الميدانية مقبولة ويعوض الاختبار العملي الشهادة.',
      },
      sector: 'construction',
      mustHaveSkills: [s('construction.tiling', 3), s('construction.floor-tiling', 3), s('construction.wall-tiling', 2)],
      niceToHaveSkills: [s('construction.zellige'), s('construction.blueprint-reading'), s('construction.screed-laying')],
      languages: [{ code: 'fr', minLevel: 'A2' }],
      location: { mode: 'onsite', country: 'MA', city: 'Casablanca' },
      startDate: '2027-02-01',
      endDate: '2027-07-31',
      deadline: '2027-01-20',
      seats: 2,
    },
    pipeline: [
      { who: { email: 'migrant@kafaat.demo' }, stage: 'applied' },
      { who: migrant, stage: 'shortlisted' },
      { who: migrant, stage: 'applied' },
      { who: migrant, stage: 'invited', note: 'Votre profil correspond à notre chantier : seriez-vous disponible en février ?' },
    ],
  },
  {
    key: 'fintech-backend',
    owner: 'fintech',
    status: 'published',
    ageDays: 30,
    input: {
      type: 'job',
      title: { fr: 'Développeur·se backend Node.js / TypeScript', en: 'Backend developer, Node.js / TypeScript' },
      description: {
        fr: "Rejoignez l'équipe paiements d'Atlas Fintech (18 ingénieurs) pour construire les API de notre service de transfert d'argent de l'Europe vers le Maroc. Vous concevez des services Node.js/TypeScript, écrivez les tests, participez aux revues de code et à l'astreinte. Stack : Node.js, PostgreSQL, Kubernetes, Kafka. CDI, hybride (deux jours sur site à Casablanca), possibilité de relocalisation accompagnée pour les profils de la diaspora.",
        en: 'Join the 18-engineer payments team at Atlas Fintech and build the APIs of our Europe-to-Morocco money transfer service. You design Node.js/TypeScript services, write tests, review code and share on-call duty. Permanent contract, hybrid (two days a week in Casablanca); relocation support for diaspora candidates.',
      },
      sector: 'it-data',
      mustHaveSkills: [s('it-data.nodejs', 3), s('it-data.javascript-typescript', 3), s('it-data.api-design', 2), s('it-data.sql', 2)],
      niceToHaveSkills: [s('it-data.kubernetes'), s('it-data.ci-cd'), s('it-data.software-testing'), s('finance-accounting.banking', 1)],
      languages: [{ code: 'fr', minLevel: 'B2' }, { code: 'en', minLevel: 'B2' }],
      location: { mode: 'hybrid', country: 'MA', city: 'Casablanca' },
      startDate: '2027-03-01',
      deadline: '2027-02-15',
      seats: 2,
    },
    pipeline: [
      { who: diaspora, stage: 'interview' },
      { who: any, stage: 'shortlisted' },
      { who: any, stage: 'applied' },
      { who: any, stage: 'applied' },
      { who: any, stage: 'declined', note: 'Profil plus orienté frontend que ce que le poste demande.' },
      { who: diaspora, stage: 'invited', note: 'Nous aimerions vous présenter ce poste, relocalisation accompagnée.' },
    ],
  },
  {
    key: 'fintech-data',
    owner: 'fintech',
    status: 'published',
    ageDays: 12,
    input: {
      type: 'job',
      title: en('Credit risk data analyst'),
      description: en(
        'Atlas Fintech is launching micro-loans for small merchants. As our first credit risk data analyst you build the scoring datasets, monitor portfolio quality and design the risk dashboards the credit committee uses every week. You work with the data engineering team and report to the Chief Risk Officer. Fully remote from anywhere in Morocco or Europe, with a week in Casablanca every quarter.',
      ),
      sector: 'finance-accounting',
      mustHaveSkills: [s('finance-accounting.credit-analysis', 3), s('it-data.data-analysis', 3), s('it-data.sql', 2)],
      niceToHaveSkills: [s('it-data.python'), s('it-data.machine-learning'), s('finance-accounting.microfinance'), s('finance-accounting.dashboards-kpi')],
      languages: [{ code: 'en', minLevel: 'B2' }, { code: 'fr', minLevel: 'B1' }],
      location: { mode: 'remote', country: 'MA', city: '' },
      startDate: '2027-03-15',
      deadline: '2027-02-28',
      seats: 1,
    },
    pipeline: [
      { who: any, stage: 'applied' },
      { who: any, stage: 'applied' },
    ],
  },
  {
    key: 'fintech-compliance',
    owner: 'fintech',
    status: 'draft',
    ageDays: 3,
    input: {
      type: 'job',
      title: fr('Chargé·e de conformité LCB-FT'),
      description: fr(
        "Brouillon — à valider par la direction. Au sein de la direction conformité, vous analysez les alertes de lutte contre le blanchiment et le financement du terrorisme, tenez à jour la cartographie des risques et préparez les déclarations à l'UTRF. Expérience bancaire ou en établissement de paiement souhaitée.",
      ),
      sector: 'finance-accounting',
      mustHaveSkills: [s('finance-accounting.compliance-aml', 3), s('finance-accounting.risk-management', 2)],
      niceToHaveSkills: [s('law.banking-finance-law'), s('finance-accounting.foreign-exchange')],
      languages: [{ code: 'fr', minLevel: 'C1' }, { code: 'ar', minLevel: 'B1' }],
      location: { mode: 'onsite', country: 'MA', city: 'Casablanca' },
      startDate: '2027-04-01',
      deadline: '2027-03-15',
    },
  },
  {
    key: 'fintech-security',
    owner: 'fintech',
    status: 'closed',
    ageDays: 75,
    input: {
      type: 'job',
      title: { fr: 'Responsable de la sécurité des systèmes d’information (RSSI)', en: 'Chief Information Security Officer' },
      description: {
        fr: "Recrutement clôturé. Vous pilotiez la politique de sécurité, la conformité PCI-DSS et la loi 09-08, les tests d'intrusion et la réponse aux incidents. Merci aux nombreux candidats.",
        en: 'Recruitment closed. The role covered the security policy, PCI-DSS and data protection compliance, penetration tests and incident response.',
      },
      sector: 'it-data',
      mustHaveSkills: [s('it-data.cybersecurity', 4), s('it-data.security-operations', 3)],
      niceToHaveSkills: [s('it-data.penetration-testing'), s('it-data.personal-data-protection')],
      languages: [{ code: 'fr', minLevel: 'C1' }, { code: 'en', minLevel: 'B2' }],
      location: { mode: 'onsite', country: 'MA', city: 'Casablanca' },
      startDate: '2027-01-15',
      deadline: '2027-01-05',
    },
  },
  {
    key: 'fintech-remittance-project',
    owner: 'fintech',
    status: 'published',
    ageDays: 40,
    input: {
      type: 'project',
      title: { fr: 'Fonds de co-investissement « Transferts productifs » pour la diaspora', en: 'Productive remittances co-investment fund for the diaspora' },
      description: {
        fr: "Atlas Fintech structure un véhicule permettant aux Marocains du monde d'orienter une part de leurs transferts vers des PME de leur région d'origine, avec un ticket minimum de 20 000 MAD. Nous cherchons des investisseurs de la diaspora pour le premier closing et des experts en structuration de fonds et réglementation des changes.",
        en: 'Atlas Fintech is setting up a vehicle that lets Moroccans abroad channel part of their remittances into small businesses of their home region. We are looking for diaspora investors for the first closing and for experts in fund structuring and exchange regulations.',
      },
      sector: 'entrepreneurship-investment',
      mustHaveSkills: [s('entrepreneurship-investment.diaspora-investment', 2), s('entrepreneurship-investment.investment-structuring', 3)],
      niceToHaveSkills: [s('entrepreneurship-investment.exchange-regulations'), s('entrepreneurship-investment.impact-investing'), s('finance-accounting.financial-modelling')],
      languages: [{ code: 'fr', minLevel: 'B2' }],
      location: { mode: 'remote', country: 'MA', city: '' },
      startDate: '2027-03-01',
      endDate: '2027-12-31',
      deadline: '2027-02-28',
      seats: 10,
      project: { purpose: 'investment', seeking: ['expertise', 'investment'] },
    },
    pipeline: [
      { who: diaspora, stage: 'shortlisted' },
      { who: diaspora, stage: 'applied' },
    ],
  },
  {
    key: 'fintech-scoring-project',
    owner: 'fintech',
    status: 'published',
    ageDays: 18,
    input: {
      type: 'project',
      title: en('Research partnership: alternative credit scoring for informal merchants'),
      description: en(
        'A twelve-month research project with two Moroccan universities on credit scoring from mobile payment data for merchants without a bank history. We seek diaspora researchers and data scientists to co-supervise two PhD students and review the models for fairness.',
      ),
      sector: 'it-data',
      mustHaveSkills: [s('it-data.machine-learning', 3), s('it-data.statistical-analysis', 3)],
      niceToHaveSkills: [s('education-research.doctoral-supervision'), s('finance-accounting.credit-analysis'), s('education-research.scientific-research')],
      languages: [{ code: 'en', minLevel: 'B2' }],
      location: { mode: 'remote', country: 'MA', city: '' },
      startDate: '2027-04-01',
      endDate: '2028-03-31',
      deadline: '2027-03-15',
      seats: 3,
      project: { purpose: 'research', seeking: ['expertise'] },
    },
  },

  // ——— Anfa Bâtiment ———
  {
    key: 'batiment-foreman',
    owner: 'batiment',
    status: 'published',
    ageDays: 15,
    input: {
      type: 'job',
      title: fr('Chef de chantier gros œuvre — résidence de 120 logements à Bouskoura'),
      description: fr(
        "Vous encadrez une équipe de 35 compagnons sur la construction d'une résidence R+4 : planning hebdomadaire, réception des ferraillages, coulage des dalles, sécurité du chantier et relation avec le bureau de contrôle. Cinq ans d'expérience en gros œuvre exigés ; l'expérience acquise en Europe est un atout. CDI, véhicule de service.",
      ),
      sector: 'construction',
      mustHaveSkills: [s('construction.site-foreman', 3), s('construction.concrete-work', 3), s('construction.site-safety', 3)],
      niceToHaveSkills: [s('construction.formwork'), s('construction.blueprint-reading'), s('engineering.works-supervision')],
      languages: [{ code: 'fr', minLevel: 'B1' }, { code: 'ary', minLevel: 'B2' }],
      location: { mode: 'onsite', country: 'MA', city: 'Bouskoura' },
      startDate: '2027-02-15',
      deadline: '2027-01-31',
    },
    pipeline: [
      { who: any, stage: 'shortlisted' },
      { who: any, stage: 'applied' },
    ],
  },
  {
    key: 'batiment-electrician',
    owner: 'batiment',
    status: 'published',
    ageDays: 9,
    input: {
      type: 'job',
      title: { fr: 'Électricien·ne bâtiment (courants forts et faibles)', ar: 'كهربائي(ة) بناء (تيار قوي وضعيف)' },
      description: {
        fr: "Pose de chemins de câbles, tirage, raccordement des tableaux divisionnaires et des réseaux VDI dans des logements et un groupe scolaire. Habilitation électrique ou expérience équivalente. Plusieurs postes, CDD de chantier renouvelable.",
        ar: 'تركيب مسارات الكابلات وتوصيل اللوحات الكهربائية وشبكات التيار الضعيف في مساكن ومجموعة مدرسية. عدة مناصب بعقود ورش قابلة للتجديد.',
      },
      sector: 'construction',
      mustHaveSkills: [s('construction.residential-wiring', 3), s('construction.distribution-board', 2)],
      niceToHaveSkills: [s('construction.low-current-systems'), s('construction.electrical-safety-clearance'), s('construction.electrical-troubleshooting')],
      languages: [{ code: 'ary', minLevel: 'B1' }],
      location: { mode: 'onsite', country: 'MA', city: 'Casablanca' },
      startDate: '2027-02-01',
      deadline: '2027-01-25',
      seats: 4,
    },
    pipeline: [
      { who: migrant, stage: 'applied' },
      { who: any, stage: 'applied' },
    ],
  },
  {
    key: 'batiment-plumber',
    owner: 'batiment',
    status: 'published',
    ageDays: 6,
    input: {
      type: 'job',
      title: fr('Plombier·ère sanitaire — réhabilitation de logements à Derb Sultan'),
      description: fr(
        'Remplacement des colonnes, pose des équipements sanitaires et des chauffe-eau solaires dans 60 logements réhabilités. Travail en site occupé, respect des habitants. Les savoir-faire appris sur le tas sont les bienvenus.',
      ),
      sector: 'construction',
      mustHaveSkills: [s('construction.plumbing', 3), s('construction.sanitary-installation', 2)],
      niceToHaveSkills: [s('construction.solar-water-heater-installation'), s('construction.leak-repair')],
      languages: [{ code: 'fr', minLevel: 'A2' }],
      location: { mode: 'onsite', country: 'MA', city: 'Casablanca' },
      startDate: '2027-02-15',
      endDate: '2027-06-30',
      deadline: '2027-02-05',
      seats: 3,
    },
  },
  {
    key: 'batiment-lowcarbon-project',
    owner: 'batiment',
    status: 'published',
    ageDays: 25,
    input: {
      type: 'project',
      title: fr('Projet pilote : résidence basse consommation en terre crue stabilisée à Marrakech'),
      description: fr(
        "Nous développons un prototype de 12 logements en blocs de terre comprimée avec isolation biosourcée et eau chaude solaire. Nous recherchons des ingénieurs et architectes de la diaspora ayant l'expérience de la réglementation thermique et de la construction en terre pour relire la conception et suivre les essais.",
      ),
      sector: 'construction',
      mustHaveSkills: [s('construction.earth-construction', 2), s('construction.thermal-insulation', 2)],
      niceToHaveSkills: [s('engineering.building-energy-regulation'), s('engineering.energy-efficiency'), s('engineering.structural-engineering')],
      languages: [{ code: 'fr', minLevel: 'B2' }],
      location: { mode: 'hybrid', country: 'MA', city: 'Marrakech' },
      startDate: '2027-03-01',
      endDate: '2027-11-30',
      deadline: '2027-02-15',
      seats: 2,
      project: { purpose: 'development', seeking: ['expertise'] },
    },
    pipeline: [{ who: diaspora, stage: 'applied' }],
  },

  // ——— Noor Hôtels & Resorts ———
  {
    key: 'hotels-chef',
    owner: 'hotels',
    status: 'published',
    ageDays: 11,
    input: {
      type: 'job',
      title: { fr: 'Chef·fe de cuisine — restaurant gastronomique marocain', en: 'Head chef — Moroccan fine dining restaurant' },
      description: {
        fr: "Pour la réouverture de notre riad-hôtel de la Médina de Marrakech, vous dirigez une brigade de douze personnes, revisitez la carte autour des produits du terroir et maîtrisez les coûts matière. Expérience de chef ou sous-chef en Europe appréciée.",
        en: 'For the reopening of our riad hotel in the Marrakech medina, you lead a team of twelve, rework the menu around local produce and keep food costs under control. Head or sous-chef experience in Europe is a plus.',
      },
      sector: 'tourism-hospitality',
      mustHaveSkills: [s('tourism-hospitality.moroccan-cuisine', 4), s('tourism-hospitality.kitchen-management', 3)],
      niceToHaveSkills: [s('tourism-hospitality.food-cost-control'), s('tourism-hospitality.menu-design'), s('tourism-hospitality.kitchen-hygiene')],
      languages: [{ code: 'fr', minLevel: 'B1' }, { code: 'ary', minLevel: 'B2' }],
      location: { mode: 'onsite', country: 'MA', city: 'Marrakech' },
      startDate: '2027-03-01',
      deadline: '2027-02-10',
    },
    pipeline: [
      { who: any, stage: 'applied' },
      { who: any, stage: 'interview' },
    ],
  },
  {
    key: 'hotels-reception',
    owner: 'hotels',
    status: 'published',
    ageDays: 7,
    input: {
      type: 'job',
      title: fr('Réceptionniste polyglotte — hôtel 5* à Agadir'),
      description: fr(
        "Accueil de la clientèle internationale, check-in/check-out, gestion des réservations sur Opera, conciergerie. Vous parlez au moins deux langues étrangères en plus du français ; l'allemand ou l'espagnol est un vrai atout. Logement possible pour les six premiers mois.",
      ),
      sector: 'tourism-hospitality',
      mustHaveSkills: [s('tourism-hospitality.front-office', 2), s('tourism-hospitality.guest-service', 3)],
      niceToHaveSkills: [s('tourism-hospitality.reservations'), s('tourism-hospitality.concierge')],
      languages: [{ code: 'fr', minLevel: 'B2' }, { code: 'en', minLevel: 'B2' }, { code: 'de', minLevel: 'B1' }],
      location: { mode: 'onsite', country: 'MA', city: 'Agadir' },
      startDate: '2027-03-15',
      deadline: '2027-02-20',
      seats: 3,
    },
  },
  {
    key: 'hotels-housekeeping',
    owner: 'hotels',
    status: 'draft',
    ageDays: 2,
    input: {
      type: 'job',
      title: fr('Gouvernant·e général·e'),
      description: fr('Brouillon. Encadrement des équipes d’étages (40 personnes), plannings, contrôle qualité des chambres, gestion de la lingerie.'),
      sector: 'tourism-hospitality',
      mustHaveSkills: [s('tourism-hospitality.housekeeping', 3)],
      niceToHaveSkills: [s('tourism-hospitality.laundry-operations'), s('transversal.supervision')],
      languages: [{ code: 'fr', minLevel: 'B1' }],
      location: { mode: 'onsite', country: 'MA', city: 'Essaouira' },
      deadline: '2027-03-01',
    },
  },

  // ——— Officer's institution: knowledge-transfer missions for host institutions ———
  {
    key: 'mission-chu',
    owner: 'ministry',
    status: 'published',
    ageDays: 14,
    input: {
      type: 'mission',
      title: { fr: 'Mission d’expertise : organisation des urgences et triage au CHU Ibn Rochd', ar: 'مهمة خبرة: تنظيم المستعجلات والفرز بالمركز الاستشفائي الجامعي ابن رشد' },
      description: {
        fr: "Le service des urgences du CHU Ibn Rochd accueille plus de 400 patients par jour. La direction souhaite l'appui d'un·e médecin urgentiste ou cadre de santé de la diaspora pour revoir le circuit patient, mettre en place un triage infirmier structuré et former les équipes.",
        ar: 'يستقبل قسم المستعجلات أكثر من 400 مريض يوميا. تبحث الإدارة عن طبيب(ة) مستعجلات أو إطار صحي من مغاربة العالم لمراجعة مسار المريض ووضع نظام فرز وتكوين الفرق.',
      },
      sector: 'health',
      mustHaveSkills: [s('health.emergency-medicine', 3), s('health.patient-triage', 3)],
      niceToHaveSkills: [s('health.hospital-management'), s('transversal.training-delivery'), s('health.infection-prevention')],
      languages: [{ code: 'fr', minLevel: 'C1' }, { code: 'ary', minLevel: 'B1' }],
      location: { mode: 'onsite', country: 'MA', city: 'Casablanca' },
      startDate: '2027-04-05',
      endDate: '2027-04-23',
      deadline: '2027-02-28',
      seats: 2,
      mission: {
        hostInstitution: 'CHU Ibn Rochd, Casablanca',
        objectives: "Diagnostiquer le circuit patient des urgences adultes, mettre en place une échelle de triage adaptée et former 30 infirmiers et médecins à son usage.",
        deliverables: ['Diagnostic du circuit patient', 'Protocole de triage validé par la commission médicale', 'Deux sessions de formation des équipes'],
        durationDays: 15,
        budget: { travelMad: 6000, dailyAllowanceMad: 1200 },
      },
    },
    pipeline: [
      { who: diaspora, stage: 'shortlisted' },
      { who: diaspora, stage: 'applied' },
      { who: diaspora, stage: 'applied' },
    ],
  },
  {
    key: 'mission-ormva',
    owner: 'ministry',
    status: 'published',
    ageDays: 10,
    input: {
      type: 'mission',
      title: fr('Appui à la reconversion au goutte-à-goutte et à la fertigation dans le Souss-Massa'),
      description: fr(
        "Face à la baisse des nappes, l'Office accompagne 1 200 exploitations vers l'irrigation localisée. La mission consiste à former les conseillers agricoles au pilotage de la fertigation et à l'entretien des réseaux, et à proposer un dispositif de suivi de la consommation d'eau.",
      ),
      sector: 'agriculture-agrifood',
      mustHaveSkills: [s('agriculture-agrifood.drip-irrigation', 3), s('agriculture-agrifood.fertigation', 3)],
      niceToHaveSkills: [s('agriculture-agrifood.agricultural-extension'), s('agriculture-agrifood.precision-agriculture'), s('transversal.training-of-trainers')],
      languages: [{ code: 'fr', minLevel: 'B2' }, { code: 'shi', minLevel: 'A2' }],
      location: { mode: 'onsite', country: 'MA', city: 'Agadir' },
      startDate: '2027-05-10',
      endDate: '2027-05-28',
      deadline: '2027-03-20',
      mission: {
        hostInstitution: 'Office régional de mise en valeur agricole du Souss-Massa',
        objectives: 'Former 25 conseillers agricoles au pilotage de la fertigation et outiller le suivi de la consommation d’eau des exploitations reconverties.',
        deliverables: ['Module de formation des conseillers', 'Fiche de suivi hydrique par exploitation'],
        durationDays: 14,
        budget: { travelMad: 5000, dailyAllowanceMad: 1000 },
      },
    },
    pipeline: [
      { who: diaspora, stage: 'applied' },
      { who: diaspora, stage: 'applied' },
    ],
  },
  {
    key: 'mission-cadi-ayyad',
    owner: 'ministry',
    status: 'filled',
    ageDays: 45,
    input: {
      type: 'mission',
      title: { fr: 'Enseigner le BIM et le calcul des structures à l’Université Cadi Ayyad', en: 'Teaching BIM and structural design at Cadi Ayyad University' },
      description: {
        fr: "L'École nationale des sciences appliquées de Marrakech (Université Cadi Ayyad) ouvre un module de maquette numérique (BIM) en génie civil. Un·e ingénieur·e de la diaspora animera trois semaines de cours et d'ateliers avec les élèves de 4e année et formera quatre enseignants qui reprendront le module.",
        en: 'The National School of Applied Sciences of Marrakech (Cadi Ayyad University) is opening a BIM module in civil engineering. A diaspora engineer will teach three weeks of lectures and workshops to fourth-year students and train four lecturers to take the module over.',
      },
      sector: 'engineering',
      mustHaveSkills: [s('engineering.bim-modelling', 3), s('engineering.civil-engineering', 3)],
      niceToHaveSkills: [s('engineering.structural-analysis-software'), s('education-research.higher-education-teaching'), s('transversal.knowledge-transfer-missions')],
      languages: [{ code: 'fr', minLevel: 'C1' }],
      location: { mode: 'onsite', country: 'MA', city: 'Marrakech' },
      startDate: '2027-03-08',
      endDate: '2027-03-26',
      deadline: '2027-01-15',
      mission: {
        hostInstitution: 'Université Cadi Ayyad, Marrakech',
        objectives: 'Lancer le module BIM du cycle ingénieur génie civil et rendre l’équipe enseignante autonome pour les promotions suivantes.',
        deliverables: ['Syllabus et supports du module BIM', 'Projet fil rouge sur maquette numérique', 'Formation de quatre enseignants'],
        durationDays: 15,
        budget: { travelMad: 4500, dailyAllowanceMad: 1100 },
      },
    },
    pipeline: [
      { who: { email: 'expert@kafaat.demo' }, stage: 'confirmed' },
      { who: diaspora, stage: 'declined', note: 'La mission est pourvue ; nous gardons votre profil pour la prochaine session.' },
    ],
  },
  {
    key: 'mission-amee',
    owner: 'ministry',
    status: 'completed',
    ageDays: 110,
    input: {
      type: 'mission',
      title: { fr: 'Audits énergétiques et solaire photovoltaïque des bâtiments publics', ar: 'الافتحاص الطاقي والطاقة الشمسية الكهروضوئية للمباني العمومية' },
      description: {
        fr: "L'Agence accompagne des administrations régionales dans la réduction de leur facture énergétique. La mission a consisté à encadrer les auditeurs de l'Agence sur cinq bâtiments pilotes et à dimensionner des installations photovoltaïques en toiture.",
        ar: 'رافقت الوكالة إدارات جهوية لتقليص فاتورتها الطاقية، وشملت المهمة تأطير مدققي الوكالة في خمس بنايات نموذجية وتصميم منشآت كهروضوئية على الأسطح.',
      },
      sector: 'engineering',
      mustHaveSkills: [s('engineering.energy-audit', 3), s('engineering.solar-pv-design', 3)],
      niceToHaveSkills: [s('engineering.energy-efficiency'), s('engineering.grid-integration'), s('engineering.building-energy-regulation')],
      languages: [{ code: 'fr', minLevel: 'B2' }, { code: 'ar', minLevel: 'B1' }],
      location: { mode: 'onsite', country: 'MA', city: 'Rabat' },
      startDate: '2026-09-14',
      endDate: '2026-09-25',
      deadline: '2026-08-31',
      mission: {
        hostInstitution: "Agence marocaine pour l'efficacité énergétique",
        objectives: 'Former les auditeurs de l’Agence à la méthode d’audit des bâtiments tertiaires et produire les dimensionnements PV de cinq sites pilotes.',
        deliverables: ['Cinq rapports d’audit', 'Notes de dimensionnement PV', 'Guide méthodologique interne'],
        durationDays: 10,
        budget: { travelMad: 4500, dailyAllowanceMad: 1100 },
      },
    },
    pipeline: [
      { who: { email: 'expert@kafaat.demo' }, stage: 'completed' },
      { who: diaspora, stage: 'declined', note: 'Un seul expert retenu pour cette session.' },
    ],
  },
  {
    key: 'mission-cri',
    owner: 'ministry',
    status: 'in-progress',
    ageDays: 60,
    input: {
      type: 'mission',
      title: fr('Digitaliser l’accompagnement des investisseurs au Centre régional d’investissement Marrakech-Safi'),
      description: fr(
        "Le Centre souhaite un guichet numérique pour les porteurs de projets, dont les Marocains du monde. L'expert·e accompagne l'équipe dans la cartographie des démarches, la rédaction du cahier des charges et le pilotage du prestataire.",
      ),
      sector: 'public-administration',
      mustHaveSkills: [s('public-administration.e-government', 3), s('public-administration.procedure-simplification', 2)],
      niceToHaveSkills: [s('it-data.it-project-management'), s('entrepreneurship-investment.investment-promotion'), s('it-data.ui-ux-design')],
      languages: [{ code: 'fr', minLevel: 'C1' }, { code: 'ar', minLevel: 'B1' }],
      location: { mode: 'hybrid', country: 'MA', city: 'Marrakech' },
      startDate: '2026-11-16',
      endDate: '2027-01-29',
      deadline: '2026-10-31',
      mission: {
        hostInstitution: 'Centre régional d’investissement Marrakech-Safi',
        objectives: 'Cartographier les démarches des investisseurs et livrer le cahier des charges du guichet numérique.',
        deliverables: ['Cartographie des démarches', 'Cahier des charges', 'Plan de conduite du changement'],
        durationDays: 20,
        budget: { travelMad: 5000, dailyAllowanceMad: 1000 },
      },
    },
    pipeline: [
      { who: diaspora, stage: 'confirmed' },
      { who: diaspora, stage: 'withdrawn' },
    ],
  },
  {
    key: 'mission-tiznit-draft',
    owner: 'ministry',
    status: 'draft',
    ageDays: 4,
    input: {
      type: 'mission',
      title: { ar: 'مهمة: إطلاق خدمة التطبيب عن بعد بالمستشفى الإقليمي بتيزنيت', fr: 'Mission : lancer la télémédecine à l’hôpital provincial de Tiznit' },
      description: {
        ar: 'مسودة. يرغب المستشفى في ربط المراكز الصحية القروية بأطباء مختصين عبر التطبيب عن بعد.',
        fr: 'Brouillon. L’hôpital souhaite relier les centres de santé ruraux à ses spécialistes par téléconsultation.',
      },
      sector: 'health',
      mustHaveSkills: [s('health.telemedicine', 3)],
      niceToHaveSkills: [s('health.hospital-management'), s('it-data.network-administration')],
      languages: [{ code: 'ar', minLevel: 'B2' }, { code: 'fr', minLevel: 'B2' }],
      location: { mode: 'onsite', country: 'MA', city: 'Tiznit' },
      startDate: '2027-06-07',
      endDate: '2027-06-18',
      deadline: '2027-04-30',
      mission: {
        hostInstitution: 'Hôpital provincial de Tiznit',
        objectives: 'Définir l’organisation de la téléconsultation et former les équipes des centres de santé.',
        durationDays: 10,
        budget: { travelMad: 5000, dailyAllowanceMad: 1000 },
      },
    },
  },

  // ——— Officer's institution: skills-validation pilots and a project ———
  {
    key: 'pilot-construction',
    owner: 'ministry',
    status: 'published',
    ageDays: 20,
    input: {
      type: 'pilot',
      title: { fr: 'Pilote de validation des compétences : carrelage et maçonnerie', ar: 'تجربة المصادقة على الكفاءات: التبليط والبناء' },
      description: {
        fr: "Vous avez appris le carrelage ou la maçonnerie sur les chantiers, au Maroc ou dans votre pays ? Ce pilote, mené avec l'Institut de formation aux métiers du BTP, évalue vos compétences en situation réelle (une demi-journée d'épreuve pratique) et délivre une attestation reconnue par les employeurs partenaires. Gratuit, ouvert aux personnes migrantes résidant au Maroc.",
        ar: 'هل تعلمت التبليط أو البناء في الأوراش؟ تقيّم هذه التجربة كفاءاتك في وضعية عمل حقيقية وتمنحك شهادة يعترف بها المشغلون الشركاء. مجانية ومفتوحة للمهاجرين المقيمين بالمغرب.',
      },
      sector: 'construction',
      mustHaveSkills: [s('construction.tiling', 2), s('construction.masonry', 2)],
      niceToHaveSkills: [s('construction.plastering'), s('construction.zellige')],
      languages: [{ code: 'fr', minLevel: 'A2' }],
      location: { mode: 'onsite', country: 'MA', city: 'Casablanca' },
      startDate: '2027-03-01',
      endDate: '2027-03-31',
      deadline: '2027-02-15',
      seats: 40,
    },
    pipeline: [
      { who: migrant, stage: 'applied' },
      { who: migrant, stage: 'applied' },
      { who: migrant, stage: 'shortlisted' },
    ],
  },
  {
    key: 'pilot-care',
    owner: 'ministry',
    status: 'published',
    ageDays: 8,
    input: {
      type: 'pilot',
      title: { fr: 'Pilote de validation : aide-soignant·e et aide à domicile', en: 'Skills validation pilot: care assistants and home carers' },
      description: {
        fr: "Pour les personnes ayant une expérience d'aide aux personnes âgées ou malades sans diplôme reconnu au Maroc : entretien, mise en situation et attestation de compétences, avec une orientation vers les cliniques et associations partenaires.",
        en: 'For people with experience caring for elderly or sick people but no diploma recognised in Morocco: interview, practical assessment and a skills certificate, with referral to partner clinics and associations.',
      },
      sector: 'health',
      mustHaveSkills: [s('health.patient-care-assistance', 2)],
      niceToHaveSkills: [s('health.elderly-care'), s('health.first-aid'), s('health.home-care-nursing')],
      languages: [{ code: 'fr', minLevel: 'A2' }],
      location: { mode: 'onsite', country: 'MA', city: 'Rabat' },
      startDate: '2027-04-01',
      endDate: '2027-04-30',
      deadline: '2027-03-15',
      seats: 25,
    },
  },
  {
    key: 'pilot-hospitality-draft',
    owner: 'ministry',
    status: 'draft',
    ageDays: 1,
    input: {
      type: 'pilot',
      title: fr('Pilote de validation : métiers de la cuisine et du service'),
      description: fr('Brouillon, en attente de la liste des hôtels partenaires. Épreuve pratique en cuisine d’application et attestation.'),
      sector: 'tourism-hospitality',
      mustHaveSkills: [s('tourism-hospitality.cooking', 2)],
      niceToHaveSkills: [s('tourism-hospitality.restaurant-service'), s('tourism-hospitality.kitchen-hygiene')],
      location: { mode: 'onsite', country: 'MA', city: 'Marrakech' },
      deadline: '2027-05-15',
      seats: 30,
    },
  },
  {
    key: 'ministry-seed-project',
    owner: 'ministry',
    status: 'published',
    ageDays: 35,
    input: {
      type: 'project',
      title: fr('Programme d’amorçage : entreprises innovantes créées par des Marocains du monde dans l’Oriental'),
      description: fr(
        "Le programme cofinance jusqu'à 500 000 MAD par projet d'entreprise innovante porté ou soutenu par la diaspora dans la région de l'Oriental (énergie, agro-industrie, numérique). Nous cherchons des mentors et des investisseurs providentiels pour accompagner la première cohorte de 15 projets.",
      ),
      sector: 'entrepreneurship-investment',
      mustHaveSkills: [s('entrepreneurship-investment.startup-mentoring', 3)],
      niceToHaveSkills: [s('entrepreneurship-investment.business-angels'), s('entrepreneurship-investment.renewable-energy-investment'), s('entrepreneurship-investment.agri-investment')],
      languages: [{ code: 'fr', minLevel: 'B2' }],
      location: { mode: 'hybrid', country: 'MA', city: 'Oujda' },
      startDate: '2027-04-01',
      endDate: '2027-12-15',
      deadline: '2027-03-10',
      seats: 15,
      project: { purpose: 'investment', seeking: ['expertise', 'investment'] },
    },
    pipeline: [{ who: diaspora, stage: 'applied' }],
  },
];
