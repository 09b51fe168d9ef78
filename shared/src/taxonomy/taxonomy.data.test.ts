/**
 * Checks the taxonomy data itself: every skill file in shared/taxonomy/skills/ and the ISCO-08 structure in
 * shared/taxonomy/isco08.json. Runs on whatever files are present, so a new sector file is checked as soon as
 * it is added.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  IscoFileSchema,
  SECTORS,
  SkillFileSchema,
  type IscoFile,
  type Sector,
  type SkillFile,
  type TaxonomySkill,
} from '../schemas/taxonomy';
import { foldText } from '../text/fold';

const TAXONOMY_DIR = path.resolve(__dirname, '../../taxonomy');
const SKILLS_DIR = path.join(TAXONOMY_DIR, 'skills');
const MIN_SKILLS_PER_SECTOR = 45;
const MIN_SKILLS_TOTAL = 600;
const LANGS = ['fr', 'en', 'ar'] as const;

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
}

const skillFileNames = fs
  .readdirSync(SKILLS_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

/** Each skill file, parsed and validated; a file that fails validation fails its own test below. */
const skillFiles: { name: string; raw: unknown; parsed: SkillFile | null }[] = skillFileNames.map((name) => {
  const raw = readJson(path.join(SKILLS_DIR, name));
  const result = SkillFileSchema.safeParse(raw);
  return { name, raw, parsed: result.success ? result.data : null };
});

const validFiles = skillFiles.flatMap((f) => (f.parsed ? [f.parsed] : []));
const allSkills: TaxonomySkill[] = validFiles.flatMap((f) => f.skills);
const skillsById = new Map<string, TaxonomySkill>(allSkills.map((s) => [s.id, s]));

const sectorOf = (id: string): string => id.slice(0, id.indexOf('.'));

describe('skill files', () => {
  it('exist', () => {
    expect(skillFileNames.length).toBeGreaterThan(0);
  });

  it.each(skillFileNames)('%s matches the schema', (name) => {
    const file = skillFiles.find((f) => f.name === name);
    const result = SkillFileSchema.safeParse(file?.raw);
    expect(result.success ? [] : result.error.issues.slice(0, 10)).toEqual([]);
  });

  it('are named after their sector and hold only ids of that sector', () => {
    const problems: string[] = [];
    for (const { name, parsed } of skillFiles) {
      if (!parsed) continue;
      if (name !== `${parsed.sector}.json`) problems.push(`${name} declares sector "${parsed.sector}"`);
      for (const skill of parsed.skills) {
        if (sectorOf(skill.id) !== parsed.sector) problems.push(`${skill.id} is in ${name}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it(`each hold at least ${MIN_SKILLS_PER_SECTOR} skills`, () => {
    const small = validFiles
      .filter((f) => f.skills.length < MIN_SKILLS_PER_SECTOR)
      .map((f) => `${f.sector}: ${f.skills.length}`);
    expect(small).toEqual([]);
  });

  it(`hold at least ${MIN_SKILLS_TOTAL} skills in total`, () => {
    const present = new Set<string>(validFiles.map((f) => f.sector));
    const missingSectors = SECTORS.filter((s: Sector) => !present.has(s));
    if (allSkills.length < MIN_SKILLS_TOTAL) {
      throw new Error(
        `the taxonomy has ${allSkills.length} skills in ${validFiles.length} sector files: ` +
          `${MIN_SKILLS_TOTAL - allSkills.length} missing to reach ${MIN_SKILLS_TOTAL}` +
          (missingSectors.length ? ` (sectors without a file yet: ${missingSectors.join(', ')})` : ''),
      );
    }
    expect(allSkills.length).toBeGreaterThanOrEqual(MIN_SKILLS_TOTAL);
  });
});

describe('skills', () => {
  it('have unique ids across all files', () => {
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const skill of allSkills) {
      if (seen.has(skill.id)) duplicates.push(skill.id);
      seen.add(skill.id);
    }
    expect(duplicates).toEqual([]);
  });

  it('have no empty label or synonym', () => {
    const empty: string[] = [];
    for (const file of validFiles) {
      for (const lang of LANGS) if (!file.labels[lang].trim()) empty.push(`sector ${file.sector} label.${lang}`);
    }
    for (const skill of allSkills) {
      for (const lang of LANGS) {
        if (!skill.labels[lang].trim()) empty.push(`${skill.id} label.${lang}`);
        if (skill.synonyms[lang].some((s) => !s.trim())) empty.push(`${skill.id} synonyms.${lang}`);
      }
    }
    expect(empty).toEqual([]);
  });

  it('have labels that stay distinct within their sector once folded', () => {
    const clashes: string[] = [];
    for (const file of validFiles) {
      for (const lang of LANGS) {
        const byLabel = new Map<string, string>();
        for (const skill of file.skills) {
          const key = foldText(skill.labels[lang]);
          const other = byLabel.get(key);
          if (other) clashes.push(`${lang} "${key}": ${other} and ${skill.id}`);
          else byLabel.set(key, skill.id);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('refer only to skills that exist, in the same sector, never to themselves', () => {
    const problems: string[] = [];
    for (const skill of allSkills) {
      for (const kind of ['broader', 'related'] as const) {
        for (const ref of skill[kind]) {
          if (ref === skill.id) problems.push(`${skill.id} ${kind} itself`);
          else if (!skillsById.has(ref)) problems.push(`${skill.id} ${kind} unknown ${ref}`);
          else if (sectorOf(ref) !== sectorOf(skill.id)) problems.push(`${skill.id} ${kind} ${ref} of another sector`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('form no broader cycle', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (id: string, trail: string[]): void => {
      const seen = state.get(id);
      if (seen === 'done') return;
      if (seen === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(id)), id].join(' -> '));
        return;
      }
      state.set(id, 'visiting');
      for (const parent of skillsById.get(id)?.broader ?? []) {
        if (skillsById.has(parent)) visit(parent, [...trail, id]);
      }
      state.set(id, 'done');
    };
    for (const skill of allSkills) visit(skill.id, []);
    expect(cycles).toEqual([]);
  });

  it('give every sector some top-level skills', () => {
    const withoutTop = validFiles.filter((f) => !f.skills.some((s) => s.broader.length === 0)).map((f) => f.sector);
    expect(withoutTop).toEqual([]);
  });
});

describe('ISCO-08 structure', () => {
  const raw = readJson(path.join(TAXONOMY_DIR, 'isco08.json'));
  const parsed = IscoFileSchema.safeParse(raw);
  const isco: IscoFile = parsed.success ? parsed.data : { version: '', groups: [] };
  const byCode = new Map(isco.groups.map((g) => [g.code, g]));
  const countOf = (level: string): number => isco.groups.filter((g) => g.level === level).length;

  it('matches the schema', () => {
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 10)).toEqual([]);
    expect(isco.version).toBe('ISCO-08');
  });

  it('has 10 major, 43 sub-major and 130 minor groups, each code once', () => {
    expect(countOf('major')).toBe(10);
    expect(countOf('sub-major')).toBe(43);
    expect(countOf('minor')).toBe(130);
    expect(byCode.size).toBe(isco.groups.length);
    expect(
      isco.groups
        .filter((g) => g.level === 'major')
        .map((g) => g.code)
        .sort(),
    ).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('nests every group in an existing parent of the level above', () => {
    const digits = { major: 1, 'sub-major': 2, minor: 3 } as const;
    const parentLevel = { major: null, 'sub-major': 'major', minor: 'sub-major' } as const;
    const problems: string[] = [];
    for (const group of isco.groups) {
      if (group.code.length !== digits[group.level]) problems.push(`${group.code} is not a ${group.level} code`);
      const expectedParentLevel = parentLevel[group.level];
      if (expectedParentLevel === null) {
        if (group.parent !== null) problems.push(`major ${group.code} has parent ${group.parent}`);
        continue;
      }
      const parent = group.parent === null ? undefined : byCode.get(group.parent);
      if (!parent) problems.push(`${group.code} has missing parent ${String(group.parent)}`);
      else if (parent.level !== expectedParentLevel) problems.push(`${group.code} has parent ${parent.code} of level ${parent.level}`);
      else if (!group.code.startsWith(parent.code)) problems.push(`${group.code} does not start with its parent ${parent.code}`);
    }
    expect(problems).toEqual([]);
  });

  it('is what skills point to: every skill ISCO code falls in an existing minor group', () => {
    const unknown: string[] = [];
    for (const skill of allSkills) {
      for (const code of skill.isco) {
        if (byCode.get(code.slice(0, 3))?.level !== 'minor') unknown.push(`${skill.id}: ${code}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
