/**
 * What a proposal must satisfy against the taxonomy as it stands: the skills it names exist, a new skill's names
 * are not already another skill's in the same language (case, accents and Arabic letter variants ignored), new
 * synonyms are really new, ISCO codes exist. Run when a proposal is made and again when it is approved, since
 * another approval may have come in between. Read-only; the callers decide which error to raise.
 */
import { foldText, type FieldIssue, type TaxonomyLabels, type TaxonomySynonyms } from '@kafaat/shared';
import { Skill } from '../../models/Skill';
import { readIscoMinorGroups } from './taxonomyReader';

/** A proposal's content, as received or as stored. */
export interface ProposalContent {
  type: 'new-skill' | 'synonyms';
  sector: string;
  skillId?: string | null;
  labels?: TaxonomyLabels | null;
  synonyms: TaxonomySynonyms;
  broader: string[];
  related: string[];
  isco: string[];
}

/** The skill a synonyms proposal is for, as stored. */
export interface TargetSkill {
  _id: string;
  sector: string;
  labels: TaxonomyLabels;
  synonyms: TaxonomySynonyms;
}

const LANGS = ['fr', 'en', 'ar'] as const;
const issue = (path: string, code: string, message: string): FieldIssue => ({ path, code, message });

async function checkSynonyms(content: ProposalContent): Promise<{ issues: FieldIssue[]; target: TargetSkill | null }> {
  const target = await Skill.findById(content.skillId, { sector: 1, labels: 1, synonyms: 1 }).lean<TargetSkill>();
  if (!target) return { issues: [issue('skillId', 'unknown_skill', 'no skill of the taxonomy has this id')], target: null };
  const issues: FieldIssue[] = [];
  for (const lang of LANGS) {
    const known = new Set([target.labels[lang], ...(target.synonyms?.[lang] ?? [])].map(foldText));
    content.synonyms[lang].forEach((synonym, index) => {
      if (known.has(foldText(synonym))) issues.push(issue(`synonyms.${lang}.${index}`, 'already_known', 'the skill already has this name or synonym'));
    });
  }
  return { issues, target };
}

async function checkNewSkill(content: ProposalContent): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const referenced = [...content.broader, ...content.related];
  const existing = new Set((await Skill.find({ _id: { $in: referenced } }, { _id: 1 }).lean()).map((skill) => String(skill._id)));
  for (const kind of ['broader', 'related'] as const) {
    content[kind].forEach((id, index) => {
      if (!existing.has(id)) issues.push(issue(`${kind}.${index}`, 'unknown_skill', 'no skill of the taxonomy has this id'));
    });
  }
  // The taxonomy holds about a thousand skills: comparing folded names in memory is exact and cheap.
  const wanted = Object.fromEntries(LANGS.map((lang) => [lang, foldText(content.labels?.[lang] ?? '')]));
  const skills = await Skill.find({}, { labels: 1 }).lean();
  for (const lang of LANGS) {
    const clash = skills.find((skill) => foldText(skill.labels?.[lang] ?? '') === wanted[lang]);
    if (clash) issues.push(issue(`labels.${lang}`, 'duplicate_label', `another skill already has this name (${String(clash._id)})`));
  }
  const minorGroups = readIscoMinorGroups();
  content.isco.forEach((code, index) => {
    if (!minorGroups.has(code.slice(0, 3))) issues.push(issue(`isco.${index}`, 'unknown_isco', 'is not a code of an ISCO-08 group'));
  });
  return issues;
}

/** The problems of a proposal (none when it can be applied), and the skill a synonyms proposal is for. */
export async function checkProposal(content: ProposalContent): Promise<{ issues: FieldIssue[]; target: TargetSkill | null }> {
  if (content.type === 'synonyms') return checkSynonyms(content);
  return { issues: await checkNewSkill(content), target: null };
}
