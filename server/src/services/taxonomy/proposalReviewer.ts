/**
 * An admin approves or rejects someone else's pending proposal. Approval checks the proposal again against the
 * taxonomy as it is now (another change may have come first), gives a new skill its id, then records and applies
 * the change as the next taxonomy revision. A rejection carries the comment the proposer reads.
 *
 * Without transactions, the decision is claimed first with one conditional update (pending → approved), so two
 * admins deciding at once cannot both succeed; if recording the revision then fails, the claim is undone. Once
 * recorded, the revision stands: a failure to apply it is repaired by the next taxonomy load.
 */
import { Types } from 'mongoose';
import { conflict, forbidden, notFound } from '../../errors';
import { Skill } from '../../models/Skill';
import { SkillProposal, type SkillProposalDoc } from '../../models/SkillProposal';
import { TaxonomyChange } from '../../models/TaxonomyChange';
import type { Actor } from '../../policies/actor';
import { skillProposalPolicy } from '../../policies/skillProposal';
import type { ServiceContext } from '../context';
import { applyChange, recordChange, type ApprovedChange } from './changeApplier';
import { checkProposal, type ProposalContent } from './proposalChecks';
import { uniqueSkillId } from './taxonomyOverlay';

export interface ReviewProps {
  actor: Actor;
  proposalId: string;
  /** Optional on approval, required (by the route's schema) on rejection. */
  comment?: string;
}

/** The pending proposal an admin may decide on; 403 before anything is read for non-admins. */
async function findReviewable(actor: Actor, proposalId: string): Promise<SkillProposalDoc> {
  if (!skillProposalPolicy.can(actor, 'review')) throw forbidden('Only admins can decide on taxonomy proposals.');
  const proposal = Types.ObjectId.isValid(proposalId) ? await SkillProposal.findById(proposalId) : null;
  if (!proposal) throw notFound('Proposal');
  if (!skillProposalPolicy.can(actor, 'review', proposal)) throw forbidden('Nobody can decide on their own proposal: another admin must review it.');
  if (proposal.status !== 'pending') throw conflict(`This proposal is already ${proposal.status}.`);
  return proposal;
}

/** Claims the decision: only one of two simultaneous reviews gets the proposal back. */
async function claim(proposal: SkillProposalDoc, actor: Actor, set: Record<string, unknown>): Promise<SkillProposalDoc> {
  const decided = await SkillProposal.findOneAndUpdate(
    { _id: proposal._id, status: 'pending' },
    { $set: { reviewedBy: actor.id, reviewedAt: new Date(), ...set } },
    { returnDocument: 'after' },
  );
  if (!decided) throw conflict('Someone else decided on this proposal a moment ago.');
  return decided;
}

function contentOf(proposal: SkillProposalDoc): ProposalContent {
  const list = (values: string[] | undefined | null) => [...(values ?? [])];
  return {
    type: proposal.type,
    sector: proposal.sector,
    skillId: proposal.skillId,
    labels: proposal.labels ? { fr: proposal.labels.fr, en: proposal.labels.en, ar: proposal.labels.ar } : null,
    synonyms: { fr: list(proposal.synonyms?.fr), en: list(proposal.synonyms?.en), ar: list(proposal.synonyms?.ar) },
    broader: list(proposal.broader),
    related: list(proposal.related),
    isco: list(proposal.isco),
  };
}

/** An id is taken by a skill of the collection or by an earlier new-skill revision (even one the files dropped). */
const idTaken = async (id: string) => !!(await Skill.exists({ _id: id })) || !!(await TaxonomyChange.exists({ skillId: id, type: 'new-skill' }));

export async function approveProposal(ctx: ServiceContext, { actor, proposalId, comment }: ReviewProps): Promise<SkillProposalDoc> {
  const proposal = await findReviewable(actor, proposalId);
  const content = contentOf(proposal);
  const { issues } = await checkProposal(content);
  if (issues.length > 0) {
    throw conflict('The taxonomy changed since this proposal was made, so it cannot be applied as it is. Reject it with an explanation.', issues);
  }
  const skillId = content.type === 'new-skill' ? await uniqueSkillId(content.sector, content.labels!.en, idTaken) : content.skillId!;
  const approved = await claim(proposal, actor, { status: 'approved', reviewComment: comment || null, skillId });

  const change: ApprovedChange = {
    ...content,
    labels: content.type === 'new-skill' ? content.labels! : null,
    skillId,
    proposalId: proposal._id,
    proposedBy: proposal.proposedBy,
    approvedBy: actor.id,
  };
  let revision: number;
  try {
    revision = await recordChange(change);
  } catch (err) {
    // Nothing was recorded: give the proposal back to the queue.
    await SkillProposal.updateOne(
      { _id: proposal._id },
      { $set: { status: 'pending', reviewedBy: null, reviewedAt: null, reviewComment: null, skillId: proposal.skillId } },
    );
    throw err;
  }
  await SkillProposal.updateOne({ _id: proposal._id }, { $set: { revision } });
  approved.revision = revision;
  await applyChange(ctx, change, revision);
  return approved;
}

export async function rejectProposal({ actor, proposalId, comment }: ReviewProps): Promise<SkillProposalDoc> {
  const proposal = await findReviewable(actor, proposalId);
  return claim(proposal, actor, { status: 'rejected', reviewComment: comment ?? null });
}
