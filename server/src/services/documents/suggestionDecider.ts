/**
 * The talent's answer to a skill suggested from one of their documents. Accepting adds the skill to the profile
 * (acquired at work; a certificate or evidence document is cited as evidence, a CV is not); dismissing only
 * records it. Each suggestion is answered once: the status moves from "pending" in one conditional update, and
 * goes back to "pending" if the profile refuses the skill (too many skills, skill gone from the taxonomy).
 */
import type { TalentKind } from '@kafaat/shared';
import { conflict, forbidden, notFound } from '../../errors';
import { Document, type DocumentDoc } from '../../models/Document';
import type { Actor } from '../../policies/actor';
import { documentPolicy } from '../../policies/document';
import { addProfileSkill } from '../profiles/profileSkillAdder';

export interface SuggestionDecisionProps {
  actor: Actor;
  /** The talent's kind, for a profile created by this first skill. */
  talentKind: TalentKind | null;
  documentId: string;
  skillId: string;
  decision: 'accept' | 'dismiss';
  /** Level of an accepted skill, 1–4. */
  level: number;
}

/** Document kinds that prove a skill, and so are cited as its evidence. */
const EVIDENCE_KINDS = new Set(['certificate', 'evidence']);

export async function decideSuggestion({ actor, talentKind, documentId, skillId, decision, level }: SuggestionDecisionProps): Promise<DocumentDoc> {
  const doc = await Document.findOne({ _id: documentId, ...documentPolicy.scope(actor) });
  if (!doc || !documentPolicy.can(actor, 'decide', doc)) throw notFound('Document');
  const i = doc.suggestions.findIndex((s) => s.skillId === skillId);
  const suggestion = doc.suggestions[i];
  if (!suggestion) throw notFound('Suggestion');
  if (decision === 'accept' && !talentKind) throw forbidden('Only talents can add skills to a profile.');

  const at = `suggestions.${i}`;
  const status = decision === 'accept' ? 'accepted' : 'dismissed';
  const claimed = await Document.updateOne(
    { _id: doc._id, [`${at}.skillId`]: skillId, [`${at}.status`]: 'pending' },
    { $set: { [`${at}.status`]: status } },
  );
  if (claimed.modifiedCount !== 1) {
    throw conflict('This suggestion was already answered.', [{ path: 'decision', code: 'already_decided', message: 'already answered' }]);
  }

  if (decision === 'accept') {
    try {
      await addProfileSkill({
        userId: actor.id,
        kind: talentKind!,
        skill: { skillId, level, years: 0, acquiredBy: ['work'], evidence: EVIDENCE_KINDS.has(doc.kind) ? [String(doc._id)] : [] },
      });
    } catch (err) {
      await Document.updateOne({ _id: doc._id, [`${at}.skillId`]: skillId }, { $set: { [`${at}.status`]: 'pending' } });
      throw err;
    }
  }
  return (await Document.findById(doc._id))!;
}
