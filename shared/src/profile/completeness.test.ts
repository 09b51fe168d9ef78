import { COMPLETENESS_STEPS, ProfileContentSchema, type ProfileContent } from '../schemas/profile';
import { COMPLETENESS_WEIGHTS, profileCompleteness } from './completeness';

const empty = (): ProfileContent => ProfileContentSchema.parse({ kind: 'diaspora' });
const skill = (skillId: string) => ({ skillId, level: 3, years: 4, acquiredBy: ['work' as const], evidence: [] });

const full = (): ProfileContent =>
  ProfileContentSchema.parse({
    kind: 'migrant',
    headline: 'Infirmière en soins intensifs',
    summary: 'Dix ans en réanimation à Dakar puis à Casablanca.',
    country: 'MA',
    city: 'Casablanca',
    languages: [{ code: 'fr', level: 'C2', native: true }],
    skills: [skill('health.intensive-care-nursing'), skill('health.wound-dressing'), skill('health.wound-care')],
    occupations: ['222'],
    experience: [{ title: 'Infirmière', start: '2015-01' }],
    education: [{ title: "Diplôme d'État infirmier", recognition: 'in-progress' }],
    sectors: ['health'],
    interests: ['employment'],
    mobility: { remote: false, shortMissions: true, maxMissionWeeks: 4 },
  });

describe('profileCompleteness', () => {
  it('weights add up to 100, with skills and headline weighing most', () => {
    const weights = Object.values(COMPLETENESS_WEIGHTS);
    expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
    expect(COMPLETENESS_WEIGHTS.skills).toBe(Math.max(...weights));
    expect(COMPLETENESS_WEIGHTS.headline).toBe(Math.max(...weights));
  });

  it('gives a new profile 0 and suggests the headline, skills and languages first', () => {
    expect(profileCompleteness(empty(), { hasCv: false })).toEqual({ score: 0, next: ['headline', 'skills', 'languages'] });
  });

  it('gives a profile with everything and a CV 100 and suggests nothing', () => {
    expect(profileCompleteness(full(), { hasCv: true })).toEqual({ score: 100, next: [] });
  });

  it('asks for the CV once it is the only thing missing', () => {
    expect(profileCompleteness(full(), { hasCv: false })).toEqual({ score: 98, next: ['cv'] });
  });

  it('rises with each skill up to three, and keeps suggesting skills until then', () => {
    const content = empty();
    content.headline = 'Comptable';
    const scores = [0, 1, 2, 3, 4].map((n) => {
      content.skills = ['a', 'b', 'c', 'd'].slice(0, n).map((s) => skill(`finance-accounting.${s}`));
      return profileCompleteness(content, { hasCv: false });
    });
    expect(scores.map((s) => s.score)).toEqual([20, 27, 33, 40, 40]);
    expect(scores[2]!.next).toEqual(['skills', 'languages', 'summary']);
    expect(scores[3]!.next).toEqual(['languages', 'summary', 'location']);
  });

  it('does not count a headline of spaces', () => {
    const content = empty();
    content.headline = '   ';
    expect(profileCompleteness(content, { hasCv: false }).next[0]).toBe('headline');
  });

  it('counts availability as given once the talent says how they can work', () => {
    const content = full();
    content.mobility = { remote: false, shortMissions: false, maxMissionWeeks: null, relocation: false };
    expect(profileCompleteness(content, { hasCv: true }).next).toEqual(['availability']);
    content.mobility.remote = true;
    expect(profileCompleteness(content, { hasCv: true }).next).toEqual([]);
    content.mobility.remote = false;
    content.availability = [{ from: '2026-07-01', to: '2026-08-31', note: '' }];
    expect(profileCompleteness(content, { hasCv: true }).next).toEqual([]);
  });

  it('suggests steps in the order of COMPLETENESS_STEPS', () => {
    const content = full();
    content.summary = '';
    content.occupations = [];
    content.sectors = [];
    expect(profileCompleteness(content, { hasCv: false }).next).toEqual(['summary', 'sectors', 'cv']);
    expect(COMPLETENESS_STEPS.indexOf('summary')).toBeLessThan(COMPLETENESS_STEPS.indexOf('sectors'));
  });
});
