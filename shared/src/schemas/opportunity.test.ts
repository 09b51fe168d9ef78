import { CreateOpportunitySchema, OpportunityConsistencySchema, UpdateOpportunitySchema, opportunityMayMove } from './opportunity';
import { ChecklistUpdateSchema, MissionConfirmationSchema, allowedMoves } from './application';

describe('UpdateOpportunitySchema', () => {
  it('keeps a patch to the fields given, so saving one field never resets the others', () => {
    expect(UpdateOpportunitySchema.parse({ seats: 3 })).toEqual({ seats: 3 });
  });

  it('refuses an empty patch', () => {
    expect(UpdateOpportunitySchema.safeParse({}).success).toBe(false);
  });
});

describe('CreateOpportunitySchema', () => {
  const base = { type: 'job', title: { fr: 'Poste' }, description: { en: 'Role' }, sector: 'it-data', location: { mode: 'remote' } };

  it('fills the defaults of a new opportunity', () => {
    expect(CreateOpportunitySchema.parse(base)).toMatchObject({ mustHaveSkills: [], niceToHaveSkills: [], languages: [], startDate: null, endDate: null, deadline: null, seats: 1, location: { country: 'MA', city: '' } });
  });

  it('reports a malformed date once, without also claiming it comes before the start', () => {
    const result = CreateOpportunitySchema.safeParse({ ...base, startDate: '2027-03-01', endDate: '01/02/2027' });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['endDate']);
  });
});

describe('OpportunityConsistencySchema', () => {
  it('checks a merged opportunity against its stored type', () => {
    const result = OpportunityConsistencySchema.safeParse({ type: 'job', startDate: null, endDate: null, mission: { hostInstitution: 'x' } });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['mission'], message: 'only missions have mission details' })]);
  });
});

describe('MissionConfirmationSchema and ChecklistUpdateSchema', () => {
  it('reports a malformed start date once', () => {
    const result = MissionConfirmationSchema.safeParse({ startDate: '29/03/2027', endDate: '2027-04-09' });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['startDate']);
  });

  it('sets only the checklist items given', () => {
    expect(ChecklistUpdateSchema.parse({ travel: true })).toEqual({ travel: true });
    expect(ChecklistUpdateSchema.safeParse({}).success).toBe(false);
  });
});

describe('lifecycle rules', () => {
  it('keeps in-progress and completed for missions, and confirmation for their applications', () => {
    expect(opportunityMayMove('job', 'published', 'in-progress')).toBe(false);
    expect(opportunityMayMove('mission', 'published', 'in-progress')).toBe(true);
    expect(allowedMoves('job', 'selected', 'owner')).toEqual(['interview', 'declined']);
    expect(allowedMoves('mission', 'selected', 'owner')).toEqual(['interview', 'confirmed', 'declined']);
  });
});
