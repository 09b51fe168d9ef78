/**
 * Hand-written profiles for the two talent accounts people sign in with during a demo (see accounts.ts): the
 * engineer in Toulouse and the tiler from Mali in Casablanca of PRODUCT.md, so their journeys start from a
 * complete, coherent profile.
 */
import type { ProfileInput } from './talentBuilder';

export const DEMO_PROFILES: Array<{ email: string; content: ProfileInput }> = [
  {
    email: 'expert@kafaat.demo',
    content: {
      kind: 'diaspora',
      headline: 'Ingénieur génie civil et énergies renouvelables — 16 ans, ouvrages d’art et centrales solaires',
      summary:
        "Ingénieur en génie civil basé à Toulouse depuis 2013. Après trois ans sur les chantiers d'autoroutes au Maroc, j'ai rejoint un bureau d'études toulousain où je conçois des ouvrages d'art, puis les structures et le raccordement de centrales photovoltaïques au sol (plus de 250 MWc). J'ai encadré une équipe de six ingénieurs et je forme régulièrement des jeunes diplômés à la modélisation BIM. Je souhaite consacrer trois semaines par an à des missions d'expertise auprès d'institutions marocaines (universités, agences régionales, offices de l'énergie), accompagner de jeunes ingénieurs en mentorat, et j'étudie un investissement dans un projet solaire dans la région de l'Oriental.",
      country: 'FR',
      city: 'Toulouse',
      languages: [
        { code: 'ary', level: 'C2', native: true },
        { code: 'fr', level: 'C2', native: false },
        { code: 'ar', level: 'B2', native: false },
        { code: 'en', level: 'C1', native: false },
        { code: 'es', level: 'B1', native: false },
      ],
      skills: [
        { skillId: 'engineering.civil-engineering', level: 4, years: 16, acquiredBy: ['diploma', 'work'], evidence: [] },
        { skillId: 'engineering.structural-engineering', level: 4, years: 15, acquiredBy: ['diploma', 'work'], evidence: [] },
        { skillId: 'engineering.bridge-engineering', level: 4, years: 12, acquiredBy: ['work'], evidence: [] },
        { skillId: 'engineering.reinforced-concrete-design', level: 4, years: 14, acquiredBy: ['diploma', 'work'], evidence: [] },
        { skillId: 'engineering.works-supervision', level: 3, years: 6, acquiredBy: ['work'], evidence: [] },
        { skillId: 'engineering.bim-modelling', level: 3, years: 7, acquiredBy: ['work'], evidence: [] },
        { skillId: 'engineering.renewable-energy', level: 3, years: 6, acquiredBy: ['diploma', 'work'], evidence: [] },
        { skillId: 'engineering.solar-pv-design', level: 3, years: 6, acquiredBy: ['diploma', 'work'], evidence: [] },
        { skillId: 'engineering.grid-integration', level: 2, years: 4, acquiredBy: ['work'], evidence: [] },
        { skillId: 'engineering.engineering-project-management', level: 3, years: 8, acquiredBy: ['work'], evidence: [] },
        { skillId: 'transversal.knowledge-transfer-missions', level: 2, years: 2, acquiredBy: ['work'], evidence: [] },
        { skillId: 'transversal.mentoring', level: 3, years: 5, acquiredBy: ['informal'], evidence: [] },
      ],
      occupations: ['214', '215'],
      experience: [
        {
          title: 'Ingénieur structures et énergies renouvelables',
          organisation: 'Garonne Ingénierie',
          country: 'FR',
          city: 'Toulouse',
          start: '2019-03',
          end: null,
          description: 'Conception des structures porteuses et du raccordement de centrales photovoltaïques au sol (plus de 250 MWc) ; encadrement de six ingénieurs ; référent BIM.',
        },
        {
          title: "Ingénieur d'études ouvrages d'art",
          organisation: 'Bureau d’études Midi Structures',
          country: 'FR',
          city: 'Toulouse',
          start: '2013-09',
          end: '2019-02',
          description: "Études d'exécution de ponts routiers et de passerelles en béton armé et précontraint ; suivi de chantier.",
        },
        {
          title: 'Ingénieur travaux',
          organisation: 'Atlas Ouvrages',
          country: 'MA',
          city: 'Casablanca',
          start: '2010-07',
          end: '2013-08',
          description: "Suivi des ouvrages d'art d'une section d'autoroute ; contrôle qualité du béton et coordination des sous-traitants.",
        },
      ],
      education: [
        { title: 'Mastère spécialisé en énergies renouvelables', institution: 'INSA Toulouse', country: 'FR', year: 2018, recognition: 'in-progress' },
        { title: "Diplôme d'ingénieur d'État en génie civil", institution: 'École Hassania des Travaux Publics', country: 'MA', year: 2010, recognition: 'recognised' },
      ],
      sectors: ['engineering', 'transversal'],
      interests: ['missions', 'mentoring', 'investment'],
      mobility: { remote: true, shortMissions: true, maxMissionWeeks: 3, relocation: false },
      availability: [
        { from: '2027-04-12', to: '2027-04-30', note: 'Trois semaines : mission sur site possible' },
        { from: '2027-07-05', to: '2027-07-23', note: 'Congés d’été' },
        { from: '2027-10-25', to: '2027-11-05', note: 'À distance ou sur site' },
      ],
      visibility: 'verified-organisations',
      sensitive: { nationality: 'MA', residenceStatus: 'residence-permit', gender: 'man', birthYear: 1986 },
    },
  },
  {
    email: 'migrant@kafaat.demo',
    content: {
      kind: 'migrant',
      headline: 'Carreleur — 10 ans d’expérience sur chantiers résidentiels',
      summary:
        "Carreleur originaire du Mali, installé à Casablanca depuis 2019. J'ai appris le métier à Bamako auprès de mon oncle, puis sur les chantiers de Casablanca : sols, faïence, escaliers, chapes, et depuis deux ans un peu de zellige. Je sais lire un plan et calculer les quantités. Je n'ai pas de diplôme reconnu : je veux faire valider mes compétences et trouver un emploi stable dans le bâtiment.",
      country: 'MA',
      city: 'Casablanca',
      languages: [
        { code: 'bm', level: 'C2', native: true },
        { code: 'fr', level: 'B2', native: false },
        { code: 'ary', level: 'A2', native: false },
      ],
      skills: [
        { skillId: 'construction.tiling', level: 3, years: 10, acquiredBy: ['work', 'informal'], evidence: [] },
        { skillId: 'construction.floor-tiling', level: 3, years: 10, acquiredBy: ['work', 'informal'], evidence: [] },
        { skillId: 'construction.wall-tiling', level: 3, years: 8, acquiredBy: ['work'], evidence: [] },
        { skillId: 'construction.screed-laying', level: 2, years: 6, acquiredBy: ['work'], evidence: [] },
        { skillId: 'construction.marble-stone-laying', level: 2, years: 3, acquiredBy: ['work'], evidence: [] },
        { skillId: 'construction.zellige', level: 1, years: 2, acquiredBy: ['work'], evidence: [] },
        { skillId: 'construction.blueprint-reading', level: 2, years: 5, acquiredBy: ['work'], evidence: [] },
        { skillId: 'construction.materials-estimating', level: 2, years: 5, acquiredBy: ['work'], evidence: [] },
        { skillId: 'construction.masonry', level: 1, years: 3, acquiredBy: ['informal'], evidence: [] },
      ],
      occupations: ['712'],
      experience: [
        {
          title: 'Carreleur',
          organisation: 'Travail à la tâche pour des entreprises du bâtiment',
          country: 'MA',
          city: 'Casablanca',
          start: '2019-05',
          end: null,
          description: 'Pose de sols et de faïence dans des immeubles et villas (Bouskoura, Dar Bouazza, Hay Hassani), escaliers en marbre, chapes ; zellige depuis 2024.',
        },
        {
          title: 'Aide-carreleur puis carreleur',
          organisation: 'Entreprise familiale',
          country: 'ML',
          city: 'Bamako',
          start: '2016-02',
          end: '2018-12',
          description: "Apprentissage auprès de mon oncle : préparation des supports, découpe, pose et joints.",
        },
      ],
      education: [
        { title: "Apprentissage auprès d'un maître carreleur", institution: '', country: 'ML', year: 2018, recognition: 'no-equivalence' },
        { title: "Diplôme d'études fondamentales (DEF)", institution: 'Second cycle de Bamako', country: 'ML', year: 2013, recognition: 'not-recognised' },
      ],
      sectors: ['construction'],
      interests: ['employment', 'skills-validation'],
      mobility: { remote: false, shortMissions: false, maxMissionWeeks: null, relocation: false },
      availability: [{ from: '2026-12-01', to: '2027-06-30', note: 'Disponible tout de suite, à la journée ou en contrat' }],
      visibility: 'verified-organisations',
      sensitive: { nationality: 'ML', residenceStatus: 'pending-regularisation', gender: 'man', birthYear: 1997 },
    },
  },
];
