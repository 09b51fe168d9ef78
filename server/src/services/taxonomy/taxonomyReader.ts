/** Reads and validates the versioned taxonomy files in shared/taxonomy; the version is a hash of their content. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { IscoFileSchema, SkillFileSchema, type IscoFile, type TaxonomySkill } from '@kafaat/shared';

export const TAXONOMY_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'taxonomy');

export interface Taxonomy {
  version: string;
  skills: Array<TaxonomySkill & { sector: string }>;
}

export function readTaxonomy(dir = TAXONOMY_DIR): Taxonomy {
  const hash = createHash('sha256');
  const skills: Taxonomy['skills'] = [];
  const files = fs.readdirSync(path.join(dir, 'skills')).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, 'skills', file), 'utf8');
    hash.update(file).update(text);
    const parsed = SkillFileSchema.parse(JSON.parse(text));
    for (const skill of parsed.skills) skills.push({ ...skill, sector: parsed.sector });
  }
  return { version: hash.digest('hex').slice(0, 12), skills };
}

let isco: IscoFile | undefined;
let iscoMinorGroups: Set<string> | undefined;

/** The ISCO-08 structure in isco08.json (major, sub-major and minor groups), read once. */
export function readIsco(dir = TAXONOMY_DIR): IscoFile {
  if (dir === TAXONOMY_DIR && isco) return isco;
  const file = IscoFileSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, 'isco08.json'), 'utf8')));
  if (dir === TAXONOMY_DIR) isco = file;
  return file;
}

/** Codes of the ISCO-08 minor groups (3 digits): a skill's ISCO code and a profile's occupations fall in one of them. */
export function readIscoMinorGroups(dir = TAXONOMY_DIR): Set<string> {
  if (dir === TAXONOMY_DIR && iscoMinorGroups) return iscoMinorGroups;
  const codes = new Set(readIsco(dir).groups.filter((group) => group.level === 'minor').map((group) => group.code));
  if (dir === TAXONOMY_DIR) iscoMinorGroups = codes;
  return codes;
}
