import { buildSkillGraph } from './matching/skillGraph';
import { NO_QUERY_SKILLS, skillsNamedIn } from './querySkills';
import { buildSkillIndex } from '../services/taxonomy/skillDetector';
import type { TaxonomySnapshot } from '../services/taxonomy/taxonomySnapshot';

jest.mock('../services/taxonomy/skillDetector', () => {
  const actual = jest.requireActual('../services/taxonomy/skillDetector');
  return { ...actual, buildSkillIndex: jest.fn(actual.buildSkillIndex) };
});

const skill = (id: string, fr: string, en: string, ar: string, broader: string[] = [], related: string[] = [], synonyms: { fr?: string[]; en?: string[]; ar?: string[] } = {}) => ({
  _id: id,
  labels: { fr, en, ar },
  synonyms: { fr: synonyms.fr ?? [], en: synonyms.en ?? [], ar: synonyms.ar ?? [] },
  broader,
  related,
});

function snapshotOf(skills: Array<ReturnType<typeof skill>>): TaxonomySnapshot {
  return { key: 'test', names: new Map(skills.map((s) => [s._id, s])), graph: buildSkillGraph(skills, 'test') };
}

const taxonomy = snapshotOf([
  skill('h.medicine', 'Médecine', 'Medicine', 'الطب'),
  skill('h.nursing', 'Soins infirmiers', 'Nursing', 'التمريض', [], [], { fr: ['infirmière'], en: ['nurse'], ar: ['ممرضة'] }),
  skill('h.icu', 'Soins infirmiers en réanimation', 'Intensive care nursing', 'التمريض في العناية المركزة', ['h.nursing'], ['h.cardiology']),
  skill('h.cardiology', 'Cardiologie', 'Cardiology', 'أمراض القلب', ['h.medicine'], [], { fr: ['cardiologue'] }),
  skill('e.pv', 'Photovoltaïque', 'Solar PV', 'الطاقة الشمسية الكهروضوئية', [], [], { fr: ['PV'] }),
  skill('i.pv-invest', 'Investissement solaire', 'Solar investment', 'الاستثمار الشمسي', [], [], { fr: ['photovoltaïque'] }),
]);

describe('skillsNamedIn', () => {
  it('finds a skill named in any of its languages, with the skills that may stand in for it', () => {
    for (const text of ['Cardiologue', 'cardiology', 'أمراض القلب']) {
      expect(skillsNamedIn(taxonomy, text)).toEqual({
        // The ICU nurse (related) may stand in for the cardiologist; a doctor with general medicine only may not.
        required: [['h.cardiology', 'h.icu']],
        exact: ['h.cardiology'],
        close: { narrower: [], related: ['h.icu'], broader: ['h.medicine'] },
      });
    }
    expect(skillsNamedIn(taxonomy, 'ممرضة').required).toEqual([['h.nursing', 'h.icu']]);
  });

  it('asks for every name the text holds, any skill of a name answering it', () => {
    expect(skillsNamedIn(taxonomy, 'infirmière photovoltaïque')).toEqual({
      required: [['h.nursing', 'h.icu'], ['e.pv', 'i.pv-invest']],
      exact: ['h.nursing', 'e.pv', 'i.pv-invest'],
      close: { narrower: ['h.icu'], related: [], broader: [] },
    });
  });

  it('names nothing for words the taxonomy does not know, or an acronym written in lower case', () => {
    expect(skillsNamedIn(taxonomy, 'chauffeur routier')).toBe(NO_QUERY_SKILLS);
    expect(skillsNamedIn(taxonomy, 'pv')).toBe(NO_QUERY_SKILLS);
    expect(skillsNamedIn(taxonomy, 'PV').exact).toEqual(['e.pv']);
  });

  it('builds the detector once per taxonomy snapshot, so a search builds nothing and a new version is seen at once', () => {
    const build = jest.mocked(buildSkillIndex);
    build.mockClear();
    const before = snapshotOf([skill('t.a', 'Soudage', 'Welding', 'اللحام')]);
    expect(skillsNamedIn(before, 'soudeur')).toBe(NO_QUERY_SKILLS);
    skillsNamedIn(before, 'soudage');
    expect(build).toHaveBeenCalledTimes(1);
    const after = snapshotOf([skill('t.a', 'Soudage', 'Welding', 'اللحام', [], [], { fr: ['soudeur'] })]);
    expect(skillsNamedIn(after, 'soudeur').exact).toEqual(['t.a']);
    // The first snapshot keeps its own index.
    expect(skillsNamedIn(before, 'soudeur')).toBe(NO_QUERY_SKILLS);
    expect(build).toHaveBeenCalledTimes(2);
  });
});
