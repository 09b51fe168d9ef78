/**
 * A programme officer or an admin proposes a new skill or new synonyms of an existing one. The proposal is
 * checked against the taxonomy as it stands (every problem reported on its field) and stored as pending; the
 * taxonomy itself changes only when another admin approves it.
 */
import type { CreateSkillProposal } from '@kafaat/shared';
import { forbidden, validationFailed } from '../../errors';
import { SkillProposal, type SkillProposalDoc } from '../../models/SkillProposal';
import type { Actor } from '../../policies/actor';
import { skillProposalPolicy } from '../../policies/skillProposal';
import { checkProposal } from './proposalChecks';

export interface SkillProposalProps {
  actor: Actor;
  /** The validated request body. */
  proposal: CreateSkillProposal;
}

export async function proposeSkillChange({ actor, proposal }: SkillProposalProps): Promise<SkillProposalDoc> {
  if (!skillProposalPolicy.can(actor, 'propose')) throw forbidden('Only programme officers and admins can propose changes to the skills taxonomy.');
  const content =
    proposal.type === 'new-skill'
      ? { ...proposal, skillId: null }
      : { ...proposal, sector: '', labels: null, broader: [], related: [], isco: [] };
  const { issues, target } = await checkProposal(content);
  if (issues.length > 0) throw validationFailed(issues.map((i) => ({ ...i, location: 'body' as const })));

  return SkillProposal.create({
    type: proposal.type,
    sector: target?.sector ?? content.sector,
    skillId: content.skillId,
    // A synonyms proposal keeps the skill's names of the day, so the reviewer sees what it was about.
    labels: target ? { fr: target.labels.fr, en: target.labels.en, ar: target.labels.ar } : content.labels,
    synonyms: proposal.synonyms,
    broader: content.broader,
    related: content.related,
    isco: content.isco,
    reason: proposal.reason,
    proposedBy: actor.id,
  });
}
