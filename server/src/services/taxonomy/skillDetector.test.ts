import { buildSkillIndex, detectSkills, type DetectableSkill } from './skillDetector';
import { readTaxonomy } from './taxonomyReader';

const skill = (id: string, fr: string, en: string, ar: string, synonyms: Partial<DetectableSkill['synonyms']> = {}): DetectableSkill => ({
  id,
  labels: { fr, en, ar },
  synonyms: { fr: [], en: [], ar: [], ...synonyms },
});

const small = buildSkillIndex([
  skill('t.project-management', 'Gestion de projet', 'Project management', 'تدبير المشاريع', { fr: ['gestion de projets'], en: ['PM'] }),
  skill('t.it-projects', 'Gestion de projets informatiques', 'IT project management', 'إدارة المشاريع المعلوماتية'),
  skill('t.construction', 'Bâtiment', 'Building', 'البناء', { fr: ['BTP'] }),
  skill('t.r', 'Langage R', 'R language', 'لغة R', { en: ['R'] }),
]);
const ids = (found: Array<{ skillId: string }>) => found.map((s) => s.skillId);

describe('detectSkills', () => {
  it('lets the longest phrase win and consumes its words', () => {
    const found = detectSkills(small, 'Responsable de la gestion de projets informatiques.');
    expect(found).toEqual([{ skillId: 't.it-projects', matched: 'Gestion de projets informatiques', occurrences: 1 }]);
  });

  it('matches whole words only, whatever the case and accents', () => {
    expect(ids(detectSkills(small, 'GESTION DE PROJET, batiment'))).toEqual(['t.project-management', 't.construction']);
    expect(detectSkills(small, 'batiments et gestionnaire de projet')).toEqual([]);
  });

  it('matches acronyms only when written in capitals, and never one-letter phrases', () => {
    expect(ids(detectSkills(small, 'Disponible à 5 pm, secteur btp'))).toEqual([]);
    expect(ids(detectSkills(small, 'PM senior dans le BTP'))).toEqual(['t.project-management', 't.construction']);
    expect(ids(detectSkills(small, 'Statistiques avec R et Python'))).toEqual([]);
  });

  it('ranks by occurrences, then by first appearance, and honours exclusions and the limit', () => {
    const text = 'Bâtiment. Gestion de projet. Gestion de projet. Bâtiment. Gestion de projet. Langage R';
    const found = detectSkills(small, text);
    expect(found.map((s) => [s.skillId, s.occurrences])).toEqual([
      ['t.project-management', 3],
      ['t.construction', 2],
      ['t.r', 1],
    ]);
    expect(ids(detectSkills(small, text, { exclude: ['t.project-management'] }))).toEqual(['t.construction', 't.r']);
    expect(ids(detectSkills(small, text, { limit: 1 }))).toEqual(['t.project-management']);
  });

  it('finds Arabic phrases despite diacritics, letter variants and attached conjunctions or prepositions', () => {
    expect(ids(detectSkills(small, 'خبرة في تدبيرِ المشاريع'))).toEqual(['t.project-management']);
    expect(ids(detectSkills(small, 'عملت في البناء وتدبير المشاريع'))).toEqual(['t.construction', 't.project-management']);
    expect(ids(detectSkills(small, 'شهادة في للبناء'))).toEqual(['t.construction']);
  });
});

describe('detectSkills with the real taxonomy', () => {
  const index = buildSkillIndex(readTaxonomy().skills);

  it('reads a French CV', () => {
    const text = 'Ingénieur en génie civil, 8 ans d’expérience. Logiciels : AutoCAD, Robot. Gestion de projet et suivi de chantier. Génie civil.';
    const found = detectSkills(index, text);
    expect(found[0]).toMatchObject({ skillId: 'engineering.civil-engineering', occurrences: 2 });
    expect(ids(found)).toEqual(expect.arrayContaining(['engineering.cad-drafting', 'transversal.project-management']));
  });

  it('reads an English CV', () => {
    const found = detectSkills(index, 'Civil engineering graduate; CAD drafting with AutoCAD; project manager on two bridges.');
    expect(ids(found)).toEqual(expect.arrayContaining(['engineering.civil-engineering', 'engineering.cad-drafting', 'transversal.project-management']));
  });

  it('reads an Arabic CV', () => {
    const found = detectSkills(index, 'مهندس في الهندسة المدنية، خبرة في إدارة المشاريع واستعمال أوتوكاد');
    expect(ids(found)).toEqual(expect.arrayContaining(['engineering.civil-engineering', 'transversal.project-management', 'engineering.cad-drafting']));
  });

  it('suggests at most 25 skills, and nothing from text without skills', () => {
    const everything = readTaxonomy().skills.map((s) => s.labels.fr).join('. ');
    expect(detectSkills(index, everything)).toHaveLength(25);
    expect(detectSkills(index, 'Bonjour, je cherche un emploi.')).toEqual([]);
  });
});
