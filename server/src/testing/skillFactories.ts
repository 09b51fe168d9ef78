/** Factories for the skills taxonomy: a skill straight into the Skill collection, a pending proposal. */
import type { Types } from 'mongoose';
import { Skill } from '../models/Skill';
import { SkillProposal } from '../models/SkillProposal';

let seq = 0;

/** A skill of the given sector (engineering by default) with unique names in the three languages. */
export async function buildSkill(fields: { id?: string; sector?: string } = {}) {
  seq += 1;
  const sector = fields.sector ?? 'engineering';
  const id = fields.id ?? `${sector}.test-skill-${seq}-${Date.now()}`;
  await Skill.replaceOne(
    { _id: id },
    {
      _id: id,
      sector,
      labels: { fr: `Compétence d’essai ${seq}`, en: `Test skill ${seq}`, ar: `مهارة تجريبية ${seq}` },
      synonyms: { fr: [], en: [], ar: [] },
      broader: [],
      related: [],
      isco: [],
      taxonomyVersion: 'test',
    },
    { upsert: true },
  );
  return id;
}

/** A pending new-skill proposal by `proposedBy`, with names no skill has. */
export async function buildSkillProposal(proposedBy: Types.ObjectId | string) {
  seq += 1;
  const n = `${seq}-${Date.now()}`;
  return SkillProposal.create({
    type: 'new-skill',
    sector: 'engineering',
    labels: { fr: `Proposition ${n}`, en: `Proposal ${n}`, ar: `اقتراح ${n}` },
    synonyms: { fr: [], en: [], ar: [] },
    reason: 'Employers of the sector keep asking for it.',
    proposedBy,
  });
}
