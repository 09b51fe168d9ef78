import { z } from 'zod';
import { foldText } from '../text/fold';
import { IscoSkillCodeSchema, SectorSchema, SkillIdSchema, TaxonomyLabelsSchema, TaxonomySynonymsSchema } from './taxonomy';

/**
 * Proposals to grow the skills taxonomy. Programme officers and admins propose a new skill or new synonyms of an
 * existing one; another admin approves or rejects it. An approved proposal becomes a numbered taxonomy revision
 * (a TaxonomyChange) that is applied on top of the files in shared/taxonomy, so it survives every reload.
 */

/** What a proposal asks for: a whole new skill, or more ways of writing an existing one. */
export const SKILL_PROPOSAL_TYPES = ['new-skill', 'synonyms'] as const;
export const SkillProposalTypeSchema = z.enum(SKILL_PROPOSAL_TYPES);
export type SkillProposalType = z.infer<typeof SkillProposalTypeSchema>;

/** Pending until an admin decides; an approved proposal is part of the taxonomy, a rejected one carries why. */
export const SKILL_PROPOSAL_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const SkillProposalStatusSchema = z.enum(SKILL_PROPOSAL_STATUSES);
export type SkillProposalStatus = z.infer<typeof SkillProposalStatusSchema>;

/** Limits of a proposal, shared by the form's hints and the checks. */
export const SKILL_PROPOSAL_LIMITS = {
  nameMax: 120,
  synonymsPerLanguage: 20,
  broaderMax: 5,
  relatedMax: 10,
  iscoMax: 10,
  reasonMin: 10,
  reasonMax: 1000,
  commentMin: 5,
  commentMax: 1000,
} as const;
const L = SKILL_PROPOSAL_LIMITS;

/** A skill name or synonym in French or English. */
const NameSchema = z.string().trim().min(1, 'is required').max(L.nameMax, `must be at most ${L.nameMax} characters`);
/** The same in Arabic: the taxonomy's Arabic names are written in Arabic script. */
const ArabicNameSchema = NameSchema.regex(/[\u0600-\u06FF]/, 'must be written in Arabic script');

/** A list that names nothing twice once case and accents are ignored; the repeat is reported at its position. */
function listOfDistinct<T extends z.ZodType<string>>(item: T, max: number, what: string) {
  return z
    .array(item)
    .max(max, `must list at most ${max} ${what}`)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((value, index) => {
        const key = foldText(value);
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index], message: 'is listed twice' });
        seen.add(key);
      });
    });
}

const synonymsOf = (item: z.ZodType<string>) => listOfDistinct(item, L.synonymsPerLanguage, 'synonyms').default([]);

/** The proposed name of a new skill in each interface language; none may be empty. */
export const ProposedLabelsSchema = z.strictObject({
  /** French name, as the interface will show it. */
  fr: NameSchema,
  /** English name; the new skill's id is made from it. */
  en: NameSchema,
  /** Modern Standard Arabic name, in Arabic script. */
  ar: ArabicNameSchema,
});

/** Alternative ways to write a skill, per language; each list may be empty or left out. */
export const ProposedSynonymsSchema = z.strictObject({
  /** French alternatives (CV and job-ad wording, spellings). */
  fr: synonymsOf(NameSchema),
  /** English alternatives. */
  en: synonymsOf(NameSchema),
  /** Arabic alternatives, in Arabic script. */
  ar: synonymsOf(ArabicNameSchema),
});

/** Why the taxonomy needs the change: what the reviewing admin reads first. */
const ReasonSchema = z
  .string()
  .trim()
  .min(L.reasonMin, `say in at least ${L.reasonMin} characters why the taxonomy needs this`)
  .max(L.reasonMax, `must be at most ${L.reasonMax} characters`);

/** POST /api/v1/skills/proposals with type "new-skill": a skill the taxonomy lacks. */
export const NewSkillProposalSchema = z
  .strictObject({
    type: z.literal('new-skill'),
    /** The sector the skill belongs to; its id will be `<sector>.<slug of the English name>`. */
    sector: SectorSchema,
    /** Its name in French, English and Arabic; none may already name another skill in the same language. */
    labels: ProposedLabelsSchema,
    /** Other ways of writing it; optional. */
    synonyms: ProposedSynonymsSchema.default({ fr: [], en: [], ar: [] }),
    /** More general skills of the same sector (ids); empty for a top-level skill. */
    broader: listOfDistinct(SkillIdSchema, L.broaderMax, 'broader skills').default([]),
    /** Close skills of the same sector that could stand in for it when matching (ids). */
    related: listOfDistinct(SkillIdSchema, L.relatedMax, 'related skills').default([]),
    /** ISCO-08 minor (3-digit) or unit (4-digit) groups where it is typically used. */
    isco: listOfDistinct(IscoSkillCodeSchema, L.iscoMax, 'ISCO codes').default([]),
    /** Why the taxonomy needs it. */
    reason: ReasonSchema,
  })
  .superRefine((proposal, ctx) => {
    for (const kind of ['broader', 'related'] as const) {
      proposal[kind].forEach((id, index) => {
        if (!id.startsWith(`${proposal.sector}.`)) ctx.addIssue({ code: 'custom', path: [kind, index], message: 'must be a skill of the same sector' });
        else if (kind === 'related' && proposal.broader.includes(id)) ctx.addIssue({ code: 'custom', path: [kind, index], message: 'is already a broader skill' });
      });
    }
    for (const lang of ['fr', 'en', 'ar'] as const) {
      const label = foldText(proposal.labels[lang]);
      proposal.synonyms[lang].forEach((synonym, index) => {
        if (foldText(synonym) === label) ctx.addIssue({ code: 'custom', path: ['synonyms', lang, index], message: "repeats the skill's name" });
      });
    }
  });

/** POST /api/v1/skills/proposals with type "synonyms": new ways of writing an existing skill. */
export const SynonymsProposalSchema = z.strictObject({
  type: z.literal('synonyms'),
  /** The existing skill the synonyms are for. */
  skillId: SkillIdSchema,
  /** The new synonyms, per language; at least one in one language, none the skill already has. */
  synonyms: ProposedSynonymsSchema.refine((s) => s.fr.length + s.en.length + s.ar.length > 0, {
    message: 'add at least one synonym in one language',
  }),
  /** Why the taxonomy needs them (e.g. the wording used in job ads of the sector). */
  reason: ReasonSchema,
});

/** POST /api/v1/skills/proposals: either kind of proposal, told apart by `type`. */
export const CreateSkillProposalSchema = z.discriminatedUnion('type', [NewSkillProposalSchema, SynonymsProposalSchema], {
  error: 'choose "new-skill" or "synonyms"',
});
export type CreateSkillProposalInput = z.input<typeof CreateSkillProposalSchema>;
export type CreateSkillProposal = z.output<typeof CreateSkillProposalSchema>;

/** POST /api/v1/skills/proposals/:id/approve: a comment is optional. */
export const ApproveSkillProposalSchema = z.strictObject({
  /** A note for the proposer (e.g. what was adjusted); optional. */
  comment: z.string().trim().max(L.commentMax, `must be at most ${L.commentMax} characters`).optional(),
});

/** POST /api/v1/skills/proposals/:id/reject: the proposer reads why. */
export const RejectSkillProposalSchema = z.strictObject({
  /** Why the proposal is rejected (e.g. "already covered by …"). */
  comment: z
    .string()
    .trim()
    .min(L.commentMin, `say why the proposal is rejected (at least ${L.commentMin} characters)`)
    .max(L.commentMax, `must be at most ${L.commentMax} characters`),
});

/** GET /api/v1/skills/proposals: proposers see their own, admins everyone's, newest first. */
export const SkillProposalListQuerySchema = z.strictObject({
  /** Only proposals in this state. */
  status: SkillProposalStatusSchema.optional(),
  /** "true": only the caller's own proposals (what admins use to see theirs). */
  mine: z.enum(['true', 'false'], { error: 'must be "true" or "false"' }).optional(),
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** GET /api/v1/skills/changes: the taxonomy's change log, newest revision first. */
export const TaxonomyChangeListQuerySchema = z.strictObject({
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** Someone named in a proposal or the change log; displayName is null once their account is deleted. */
export const PersonRefSchema = z.object({ id: z.string(), displayName: z.string().nullable() });

/** A proposal as its proposer and the admins see it. */
export const SkillProposalSchema = z.object({
  id: z.string(),
  type: SkillProposalTypeSchema,
  status: SkillProposalStatusSchema,
  /** new-skill: the proposed sector; synonyms: the skill's sector. */
  sector: SectorSchema,
  /** synonyms: the skill they are for; new-skill: the id it received on approval, null before. */
  skillId: SkillIdSchema.nullable(),
  /** new-skill: the proposed names; synonyms: the skill's names when the proposal was made. */
  labels: TaxonomyLabelsSchema,
  /** The proposed synonyms per language. */
  synonyms: TaxonomySynonymsSchema,
  /** new-skill only (empty otherwise): proposed broader and related skills and ISCO codes. */
  broader: z.array(SkillIdSchema),
  related: z.array(SkillIdSchema),
  isco: z.array(z.string()),
  reason: z.string(),
  proposedBy: PersonRefSchema,
  createdAt: z.string(),
  /** The admin who decided; null while pending. */
  reviewedBy: PersonRefSchema.nullable(),
  reviewedAt: z.string().nullable(),
  /** The reviewer's comment: why it was rejected, or a note on approval. */
  reviewComment: z.string().nullable(),
  /** The taxonomy revision the approval created; null unless approved. */
  revision: z.number().int().nullable(),
});
export type SkillProposal = z.infer<typeof SkillProposalSchema>;

/** One approved change of the taxonomy, numbered: what GET /api/v1/skills/changes lists. */
export const TaxonomyChangeSchema = z.object({
  /** 1, 2, 3…: the order changes are applied in, on top of the taxonomy files. */
  revision: z.number().int().positive(),
  type: SkillProposalTypeSchema,
  /** The skill created or given synonyms. */
  skillId: SkillIdSchema,
  proposalId: z.string(),
  /** new-skill: the new skill's names; null for synonyms. */
  labels: TaxonomyLabelsSchema.nullable(),
  /** The synonyms added, per language. */
  synonyms: TaxonomySynonymsSchema,
  broader: z.array(SkillIdSchema),
  related: z.array(SkillIdSchema),
  isco: z.array(z.string()),
  proposedBy: PersonRefSchema,
  approvedBy: PersonRefSchema,
  at: z.string(),
});
export type TaxonomyChange = z.infer<typeof TaxonomyChangeSchema>;
