/**
 * Who may do what with uploaded documents. Talents upload; the owner alone lists, edits, deletes and decides on
 * skill suggestions. Someone else may download a document only if the owner shared it AND may see the owner's
 * profile (profile policy), or if it reached them as an attachment (with an application to their opportunity, or
 * in a conversation they take part in); to anyone else the document does not exist (404, not 403).
 */
import type { Actor } from './actor';
import { profilePolicy, type ProfileTarget } from './profile';

export type DocumentAction = 'update' | 'delete' | 'decide' | 'download';

/** What the rules need to know about the document acted on (a Document fits). */
export interface DocumentTarget {
  ownerId: unknown;
  shared: boolean;
}

const isOwner = (actor: Actor, doc: DocumentTarget) => actor.id === String(doc.ownerId);

export const documentPolicy = {
  /** Only talents keep documents (CVs, certificates, evidence of their skills). */
  canUpload: (actor: Actor | null): boolean => actor?.role === 'talent',

  /**
   * `ownerProfile` and `attachedForActor` are needed for downloads by others (see services/documents/
   * attachmentAccess.ts); without them nobody else sees anything.
   */
  can(actor: Actor | null, action: DocumentAction, doc: DocumentTarget, ownerProfile?: ProfileTarget | null, attachedForActor = false): boolean {
    if (!actor) return false;
    if (isOwner(actor, doc)) return true;
    if (action !== 'download') return false;
    return attachedForActor || (doc.shared && !!ownerProfile && profilePolicy.can(actor, 'view', ownerProfile));
  },

  /** The documents an actor may list and manage: their own, as a filter ANDed into the query. */
  scope: (actor: Actor): { ownerId: string } => ({ ownerId: actor.id }),
};
