import { effectiveVersion, mergeSynonyms, slugOf, uniqueSkillId, withChanges, type OverlayChange } from './taxonomyOverlay';
import type { Taxonomy } from './taxonomyReader';

const skill = (id: string, extra: Partial<Taxonomy['skills'][number]> = {}): Taxonomy['skills'][number] => ({
  id,
  sector: id.split('.')[0]!,
  labels: { fr: `${id} fr`, en: `${id} en`, ar: `مهارة ${id}` },
  synonyms: { fr: [], en: [], ar: [] },
  broader: [],
  related: [],
  isco: [],
  ...extra,
});
const files: Taxonomy = { version: 'abc123', skills: [skill('engineering.a'), skill('engineering.b', { synonyms: { fr: ['Génie'], en: [], ar: [] } })] };
const newSkill = (revision: number, id: string, extra: Partial<OverlayChange> = {}): OverlayChange => ({
  revision,
  type: 'new-skill',
  skillId: id,
  sector: 'engineering',
  labels: { fr: 'Nouvelle', en: 'New', ar: 'جديدة' },
  synonyms: { fr: ['neuve'], en: [], ar: [] },
  broader: ['engineering.a'],
  related: [],
  isco: ['2151'],
  ...extra,
});

describe('the approved changes on top of the files', () => {
  it('leaves the files and their version alone when nothing was approved', () => {
    expect(withChanges(files, [])).toBe(files);
    expect(effectiveVersion('abc123', 0)).toBe('abc123');
  });

  it('adds new skills and synonyms in revision order and names the version after the last revision', () => {
    const result = withChanges(files, [
      { revision: 2, type: 'synonyms', skillId: 'engineering.n', sector: 'engineering', synonyms: { fr: ['NEUVE', 'récente'] } },
      newSkill(1, 'engineering.n'),
      { revision: 3, type: 'synonyms', skillId: 'engineering.b', sector: 'engineering', synonyms: { fr: ['genie', 'Mécanique'], en: ['engineering'] } },
    ]);
    expect(result.version).toBe('abc123-r3');
    expect(result.skills.find((s) => s.id === 'engineering.n')).toMatchObject({ broader: ['engineering.a'], synonyms: { fr: ['neuve', 'récente'] }, isco: ['2151'] });
    expect(result.skills.find((s) => s.id === 'engineering.b')!.synonyms).toEqual({ fr: ['Génie', 'Mécanique'], en: ['engineering'], ar: [] });
    expect(files.skills[1]!.synonyms.fr).toEqual(['Génie']);
  });

  it('lets the files win over a new skill they now hold, and skips synonyms of a skill they dropped', () => {
    const result = withChanges(files, [
      newSkill(1, 'engineering.a', { labels: { fr: 'Autre', en: 'Other', ar: 'أخرى' } }),
      { revision: 2, type: 'synonyms', skillId: 'engineering.gone', sector: 'engineering', synonyms: { fr: ['x'] } },
    ]);
    expect(result.skills.map((s) => s.id)).toEqual(['engineering.a', 'engineering.b']);
    expect(result.skills[0]!.labels.en).toBe('engineering.a en');
  });

  it('drops references to skills the files no longer hold', () => {
    const result = withChanges(files, [newSkill(1, 'engineering.n', { broader: ['engineering.gone'], related: ['engineering.b', 'engineering.old'] })]);
    expect(result.skills.find((s) => s.id === 'engineering.n')).toMatchObject({ broader: [], related: ['engineering.b'] });
  });
});

describe('synonym merging', () => {
  it('adds only synonyms that differ once case and accents are ignored', () => {
    expect(mergeSynonyms({ fr: ['Électricité'], en: [], ar: ['الهندسة'] }, { fr: ['electricite', 'Courant fort'], ar: ['الهَندسة'] })).toEqual({
      fr: ['Électricité', 'Courant fort'],
      en: [],
      ar: ['الهندسة'],
    });
  });
});

describe('new skill ids', () => {
  it.each([
    ['Civil engineering', 'civil-engineering'],
    ['C++ / Qt programming', 'c-qt-programming'],
    ['  Éco-conception (ACV)  ', 'eco-conception-acv'],
    ['!!!', 'skill'],
  ])('slugs "%s" as %s', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });

  it('appends -2, -3… until the id is free', async () => {
    const taken = new Set(['law.mediation', 'law.mediation-2']);
    expect(await uniqueSkillId('law', 'Mediation', async (id) => taken.has(id))).toBe('law.mediation-3');
    expect(await uniqueSkillId('law', 'Arbitration', async (id) => taken.has(id))).toBe('law.arbitration');
  });
});
