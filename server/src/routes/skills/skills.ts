/** The skills taxonomy for the skill picker: search-as-you-type over French, English and Arabic at once. */
import { z } from 'zod';
import { OccupationListSchema, SkillSuggestQuerySchema, SkillSuggestionSchema } from '@kafaat/shared';
import { defineRoute } from '../define';
import { suggestSkills } from '../../search/skills';
import { readIsco } from '../../services/taxonomy/taxonomyReader';
import type { ServiceContext } from '../../services/context';

export function skillRoutes(ctx: ServiceContext) {
  return [
    defineRoute({
      method: 'get',
      path: '/skills/suggest',
      summary: 'Skills matching what the user typed (any language, accents and case ignored, typos tolerated)',
      tags: ['skills'],
      request: { query: SkillSuggestQuerySchema },
      responses: { 200: { description: 'Best skills first', schema: z.object({ items: z.array(SkillSuggestionSchema) }) } },
      handler: async (req, res) => {
        const { q, lang, limit } = req.input.query;
        res.json({ items: await suggestSkills(ctx.search, ctx.config.ES_INDEX_PREFIX, q, lang, limit) });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/occupations',
      summary: 'The ISCO-08 occupation groups (major, sub-major, minor) in French, English and Arabic',
      tags: ['skills'],
      responses: { 200: { description: 'All groups, parents before children', schema: OccupationListSchema } },
      handler: (_req, res) => {
        const { version, groups } = readIsco();
        res.set('Cache-Control', 'public, max-age=3600').json({ version, groups });
      },
    }),
  ];
}
