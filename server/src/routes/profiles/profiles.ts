/**
 * Talents' profiles: the talent reads and saves their own (step by step) and previews what others see;
 * verified employers and programme staff read the profiles the talents let them see. A profile the actor may
 * not see answers 404, exactly like one that does not exist, so its existence does not leak.
 */
import type { Request } from 'express';
import { OwnProfileSchema, ProfilePatchSchema, TalentIdParamsSchema, ViewerProfileSchema } from '@kafaat/shared';
import { defineRoute } from '../define';
import { signedInActor } from '../signedIn';
import { LIMITS } from '../../auth/rateLimiter';
import { forbidden, notFound } from '../../errors';
import { requireUser } from '../../middlewares/authenticate';
import { rateLimit } from '../../middlewares/rateLimit';
import { Profile } from '../../models/Profile';
import { SearchIndexer } from '../../search/indexer';
import { User } from '../../models/User';
import { profilePolicy } from '../../policies/profile';
import { presentViewerProfile, type StoredProfile } from '../../presenters/profile';
import { audit } from '../../services/audit/auditLogger';
import type { ServiceContext } from '../../services/context';
import { ownProfileOf } from '../../services/profiles/ownProfile';
import { updateProfile } from '../../services/profiles/profileUpdater';
import { sharedDocumentsOf } from '../../services/profiles/talentDocuments';
import '../../services/profiles/profileExport';

const tags = ['profiles'];
const readProfile = (id: unknown) => Profile.findById(id).lean<StoredProfile>();

/**
 * The signed-in talent and their stored profile (null before the first save). Only those who may edit a
 * profile have one to read here: talents.
 */
async function ownProfile(req: Request) {
  const actor = await signedInActor(req);
  const user = req.user!;
  const doc = await readProfile(user._id);
  if (!profilePolicy.can(actor, 'update', { _id: user._id, visibility: doc?.visibility ?? 'verified-organisations' })) {
    throw forbidden('Only talents have a profile.');
  }
  return { actor, user, doc };
}

/**
 * Who may see the profile changed: it leaves (or enters) the searches and match lists of others before the talent
 * is told it is saved, instead of at the indexer's next round. When Elasticsearch fails the save stands, marked,
 * and the indexer writes it once the cluster answers.
 */
async function searchableNow(ctx: ServiceContext, profileId: string): Promise<void> {
  try {
    await new SearchIndexer({ search: ctx.search, prefix: ctx.config.ES_INDEX_PREFIX }).indexNow('profiles', [profileId]);
  } catch (err) {
    ctx.logger.warn({ err }, 'indexing a visibility change at once failed; the search indexer retries it');
  }
}

export function profileRoutes(ctx: ServiceContext) {
  return [
    defineRoute({
      method: 'get',
      path: '/me/profile',
      summary: "The talent's own profile, everything included, with its completeness (empty before the first save)",
      tags,
      before: [requireUser],
      responses: { 200: { description: 'The profile; saved is false until the first save', schema: OwnProfileSchema }, 403: { description: 'Not a talent' } },
      handler: async (req, res) => {
        const { user, doc } = await ownProfile(req);
        res.json(await ownProfileOf(user, doc));
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/me/profile',
      summary: 'Save sections of the profile; each section given replaces the stored one, the others are kept',
      tags,
      before: [requireUser, rateLimit('profile-save', LIMITS.profileSavesPerTalent, (req) => String(req.user!._id))],
      request: { body: ProfilePatchSchema },
      responses: {
        200: { description: 'The profile as saved', schema: OwnProfileSchema },
        400: { description: 'Invalid section, unknown skill, or evidence that is not one of the talent’s documents' },
        403: { description: 'Not a talent' },
        429: { description: 'Too many saves' },
      },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const user = req.user!;
        const { profile, sections } = await updateProfile({ actor, kind: user.talentKind ?? 'diaspora', patch: req.input.body });
        if (req.input.body.visibility !== undefined) await searchableNow(ctx, actor.id);
        await audit(req, { action: 'profile.updated', targetType: 'profile', targetId: profile._id, meta: { sections: sections.join(',') } });
        res.json(await ownProfileOf(user, profile));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/me/profile/preview',
      summary: 'The own profile as employers and officers see it',
      tags,
      before: [requireUser],
      responses: { 200: { description: 'The profile without sensitive fields', schema: ViewerProfileSchema }, 403: { description: 'Not a talent' } },
      handler: async (req, res) => {
        const { user, doc } = await ownProfile(req);
        res.json(presentViewerProfile(doc, user, await sharedDocumentsOf(user._id)));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/talents/:id',
      summary: "A talent's profile (verified employers and programme staff, as the talent's visibility allows)",
      tags,
      before: [requireUser],
      request: { params: TalentIdParamsSchema },
      responses: {
        200: { description: 'The profile without sensitive fields', schema: ViewerProfileSchema },
        404: { description: 'No such profile, or one the actor may not see' },
      },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const doc = await readProfile(req.input.params.id);
        if (!doc || !profilePolicy.can(actor, 'view', doc)) throw notFound('Profile');
        const owner = await User.findById(doc._id, { displayName: 1, talentKind: 1 }).lean();
        if (!owner) throw notFound('Profile');
        res.json(presentViewerProfile(doc, owner, await sharedDocumentsOf(doc._id)));
      },
    }),
  ];
}
