/**
 * Runs the relevance evaluation end to end, on a fresh database and index prefix of the real servers: stores the
 * taxonomy's skills, the talents' accounts and profiles (as the seed does) and builds the talents index from
 * MongoDB the way `npm run reindex` does; has the organisations' managers write and publish the opportunities
 * through the API and lets the search indexer drain them; then asks every match list and every talent search over
 * HTTP and scores the rankings against the judgments. Shared by `npm run relevance` (scripts/relevance.ts) and
 * the end-to-end test (relevance.test.ts).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PRIVACY_NOTICE_VERSION } from '@kafaat/shared';
import { Types } from 'mongoose';
import { hashPassword } from '../../server/src/auth/passwords';
import { Organisation } from '../../server/src/models/Organisation';
import { Profile } from '../../server/src/models/Profile';
import { Skill } from '../../server/src/models/Skill';
import { User } from '../../server/src/models/User';
import { readAlias, rebuildIndex, SEARCH_INDEX_NAMES } from '../../server/src/search/indices';
import { SearchIndexer } from '../../server/src/search/indexer';
import { startTestApp } from '../../server/src/testing/harness';
import { readTaxonomy } from '../../server/src/services/taxonomy/taxonomyReader';
import { ApiSession } from '../support/apiSession';
import { loadRelevanceSet, type Judgment, type RelevanceSet } from './dataset';
import { mean, ndcgAt, recallAt } from './metrics';

const PASSWORD = 'relevance-set-password';
/** Results asked per item: the most one page holds, enough for recall@50. */
const DEPTH = 50;
/** Requests in flight at once while loading and evaluating (the answers do not depend on it). */
const CONCURRENCY = 4;

/** Runs `fn` on every item, `n` at a time, keeping the results in the items' order. */
async function inPool<T, R>(items: T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!);
      }
    }),
  );
  return results;
}

/** The taxonomy's skills straight from the files: names for the index, relations for matching. */
async function storeSkills(): Promise<void> {
  const taxonomy = readTaxonomy();
  await Skill.insertMany(
    taxonomy.skills.map((s) => ({ _id: s.id, sector: s.sector, labels: s.labels, synonyms: s.synonyms, broader: s.broader, related: s.related, isco: s.isco, taxonomyVersion: taxonomy.version })),
  );
}

/** The scores of one opportunity's match list or one search. */
export interface ItemResult {
  key: string;
  lang: string;
  ndcg10: number;
  recall50: number;
  /** Talents judged relevant (grade ≥ 1). */
  relevant: number;
  /** Results the API returned (at most 50). */
  returned: number;
  /** Results in the top 10 nobody judged: a sign the judgments miss someone, or of a wrong result. */
  unjudgedTop10: number;
  /** Keys of the first 10 results, with their grade. */
  top10: Array<{ key: string; grade: number }>;
}

/** Everything one evaluation found, for the script's table and the test's thresholds. */
export interface RelevanceReport {
  matching: ItemResult[];
  search: ItemResult[];
  means: { matching: { ndcg10: number; recall50: number }; search: { ndcg10: number; recall50: number } };
  /** Hidden talents that showed up anywhere (must be none). */
  hiddenReturned: string[];
  stats: { talents: number; written: number; background: number; byLang: Record<string, number>; opportunities: number; opportunitiesByLang: Record<string, number>; queries: number; judgments: number };
  seconds: { load: number; evaluate: number };
}

type Log = (line: string) => void;

async function storeTalents(set: RelevanceSet, passwordHash: string): Promise<Map<string, string>> {
  const now = new Date();
  const users = await User.insertMany(
    set.talents.map((t) => ({
      email: t.email,
      passwordHash,
      displayName: t.displayName,
      role: 'talent',
      talentKind: t.kind,
      locale: t.lang,
      emailVerifiedAt: now,
      consent: { version: PRIVACY_NOTICE_VERSION, at: now },
    })),
    { ordered: true },
  );
  const ids = new Map(set.talents.map((t, i) => [t.key, users[i]!._id as Types.ObjectId]));
  await Profile.insertMany(
    set.talents.map((t) => ({
      ...t.content,
      _id: ids.get(t.key),
      // Indexed by the rebuild below, as `npm run reindex` does, rather than one mark at a time.
      searchSync: { dirty: false, seq: 1 },
      skills: t.content.skills.map((s) => ({
        ...s,
        evidence: [],
        verification: t.verifiedSkills.includes(s.skillId) ? { status: 'verified', verifiedAt: now } : { status: 'self-declared', verifiedAt: null },
      })),
    })),
    { ordered: true },
  );
  return new Map([...ids].map(([key, id]) => [key, String(id)]));
}

async function managerSessions(set: RelevanceSet, base: string, passwordHash: string): Promise<Map<string, ApiSession>> {
  const sessions = new Map<string, ApiSession>();
  for (const org of set.organisations) {
    const created = await Organisation.create({
      name: org.name,
      kind: org.kind,
      institutionType: org.kind === 'institution' ? 'ministry' : null,
      country: 'MA',
      city: org.city,
      status: 'verified',
      verifiedAt: new Date(),
    });
    const email = `${org.key}@relevance.kafaat.test`;
    await User.create({
      email,
      passwordHash,
      displayName: `${org.name} (manager)`,
      role: org.kind === 'employer' ? 'employer' : 'officer',
      organisationId: created._id,
      orgAdmin: true,
      emailVerifiedAt: new Date(),
      consent: { version: PRIVACY_NOTICE_VERSION, at: new Date() },
    });
    sessions.set(org.key, await ApiSession.signIn(base, email, PASSWORD));
  }
  return sessions;
}

function score(key: string, lang: string, resultIds: string[], judged: Judgment[], keyOf: ReadonlyMap<string, string>): ItemResult {
  const grades = new Map(judged.map((j) => [j.talent, j.grade as number]));
  const ranked = resultIds.map((id) => keyOf.get(id) ?? `unknown:${id}`);
  const top10 = ranked.slice(0, 10).map((k) => ({ key: k, grade: grades.get(k) ?? 0 }));
  return {
    key,
    lang,
    ndcg10: ndcgAt(ranked, grades, 10),
    recall50: recallAt(ranked, grades, DEPTH),
    relevant: judged.length,
    returned: ranked.length,
    unjudgedTop10: top10.filter((t) => !grades.has(t.key)).length,
    top10,
  };
}

const countBy = <T>(items: T[], key: (item: T) => string) => items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {});

/** Loads the set into a fresh deployment, evaluates every item, and removes everything it created. */
export async function runRelevance(log: Log = () => undefined): Promise<RelevanceReport> {
  const set = loadRelevanceSet();
  const started = Date.now();
  const ctx = await startTestApp();
  const server = http.createServer(ctx.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let last = Date.now();
  const phase = (what: string) => {
    log(`  ${what}: ${((Date.now() - last) / 1000).toFixed(1)} s`);
    last = Date.now();
  };
  try {
    await storeSkills();
    phase('skills');
    const passwordHash = await hashPassword(PASSWORD);
    const keyOfId = new Map([...(await storeTalents(set, passwordHash))].map(([key, id]) => [id, key]));
    phase('talents stored');
    const managers = await managerSessions(set, base, passwordHash);
    phase('managers signed in');
    const prefix = ctx.config.ES_INDEX_PREFIX;
    await rebuildIndex({ search: ctx.search, prefix, index: 'profiles' });
    phase('talents indexed');
    const published = await inPool(set.opportunities, CONCURRENCY, async (o) => {
      const session = managers.get(o.organisation)!;
      const created = await session.call<{ id: string }>('POST', '/api/v1/opportunities', o.body);
      await session.call('POST', `/api/v1/opportunities/${created.id}/status`, { status: 'published' });
      return [o.key, created.id] as const;
    });
    const opportunityIds = new Map(published);
    phase('opportunities published');
    await new SearchIndexer({ search: ctx.search, prefix }).drain();
    await ctx.search.indices.refresh({ index: SEARCH_INDEX_NAMES.map((i) => readAlias(prefix, i)) });
    phase('indexed');
    const loaded = Date.now();
    log(`loaded ${set.talents.length} talents and ${set.opportunities.length} opportunities in ${((loaded - started) / 1000).toFixed(1)} s`);

    const hidden = new Set(set.talents.filter((t) => t.content.visibility === 'hidden').map((t) => t.key));
    const hiddenReturned = new Set<string>();
    const matching = await inPool(set.opportunities, CONCURRENCY, async (o) => {
      const page = await managers.get(o.organisation)!.call<{ items: Array<{ talent: { id: string } }> }>('GET', `/api/v1/opportunities/${opportunityIds.get(o.key)}/matches?limit=${DEPTH}`);
      const ids = page.items.map((i) => i.talent.id);
      ids.forEach((id) => hidden.has(keyOfId.get(id)!) && hiddenReturned.add(keyOfId.get(id)!));
      return score(o.key, o.lang, ids, set.judgments.matching[o.key]!, keyOfId);
    });
    phase('match lists');
    const officer = managers.get(set.organisations.find((org) => org.kind === 'institution')!.key)!;
    const search = await inPool(set.queries, CONCURRENCY, async (q) => {
      const query = new URLSearchParams({ ...q.params, limit: String(DEPTH) });
      const page = await officer.call<{ items: Array<{ id: string }> }>('GET', `/api/v1/talents/search?${query}`);
      page.items.forEach((i) => hidden.has(keyOfId.get(i.id)!) && hiddenReturned.add(keyOfId.get(i.id)!));
      return score(q.key, q.lang, page.items.map((i) => i.id), set.judgments.search[q.key]!, keyOfId);
    });
    phase('searches');
    const summarise = (items: ItemResult[]) => ({ ndcg10: mean(items.map((i) => i.ndcg10)), recall50: mean(items.map((i) => i.recall50)) });
    const written = set.talents.filter((t) => t.origin === 'written');
    return {
      matching,
      search,
      means: { matching: summarise(matching), search: summarise(search) },
      hiddenReturned: [...hiddenReturned],
      stats: {
        talents: set.talents.length,
        written: written.length,
        background: set.talents.length - written.length,
        byLang: countBy(set.talents, (t) => t.lang),
        opportunities: set.opportunities.length,
        opportunitiesByLang: countBy(set.opportunities, (o) => o.lang),
        queries: set.queries.length,
        judgments: [...Object.values(set.judgments.matching), ...Object.values(set.judgments.search)].reduce((n, list) => n + list.length, 0),
      },
      seconds: { load: (loaded - started) / 1000, evaluate: (Date.now() - loaded) / 1000 },
    };
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await ctx.close();
  }
}

const f3 = (n: number) => n.toFixed(3);

/** The report as a plain-text table, per item then the means. */
export function formatReport(report: RelevanceReport, verbose = false): string {
  const lines: string[] = [];
  const section = (title: string, items: ItemResult[], means: { ndcg10: number; recall50: number }) => {
    lines.push('', title, `${'item'.padEnd(34)} lang  nDCG@10  R@50   rel  got  unjudged@10`);
    for (const i of items) {
      lines.push(`${i.key.padEnd(34)} ${i.lang.padEnd(4)}  ${f3(i.ndcg10)}    ${f3(i.recall50)}  ${String(i.relevant).padStart(3)}  ${String(i.returned).padStart(3)}  ${i.unjudgedTop10}`);
      if (verbose) lines.push(`${''.padEnd(34)} top: ${i.top10.map((t) => `${t.key}(${t.grade})`).join(' ')}`);
    }
    lines.push(`${'MEAN'.padEnd(34)}       ${f3(means.ndcg10)}    ${f3(means.recall50)}`);
  };
  section(`Matching: GET /opportunities/:id/matches (${report.matching.length} opportunities)`, report.matching, report.means.matching);
  section(`Search: GET /talents/search (${report.search.length} queries)`, report.search, report.means.search);
  lines.push('', `hidden talents returned: ${report.hiddenReturned.length ? report.hiddenReturned.join(', ') : 'none'}`);
  return lines.join('\n');
}

/** The report as the Markdown section of docs/PERFORMANCE.md (`npm run relevance -- --doc` writes it). */
export function markdownReport(report: RelevanceReport, thresholds: { matching: { ndcg10: number }; search: { ndcg10: number } }): string {
  const s = report.stats;
  const langs = (counts: Record<string, number>) => Object.entries(counts).map(([l, n]) => `${n} ${l}`).join(', ');
  const table = (items: ItemResult[]) => [
    '| item | language | nDCG@10 | recall@50 | relevant | returned |',
    '| --- | --- | --: | --: | --: | --: |',
    ...items.map((i) => `| ${i.key} | ${i.lang} | ${f3(i.ndcg10)} | ${f3(i.recall50)} | ${i.relevant} | ${i.returned} |`),
  ];
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${s.talents} talents (${s.written} written by hand, ${s.background} from the demo generator as distractors; profiles in ${langs(s.byLang)}), ` +
      `${s.opportunities} opportunities (${langs(s.opportunitiesByLang)}), ${s.queries} searches, ${s.judgments} graded judgments.`,
    '',
    '| | mean nDCG@10 | mean recall@50 | test threshold (nDCG@10) |',
    '| --- | --: | --: | --: |',
    `| matching (\`GET /opportunities/:id/matches\`) | ${f3(report.means.matching.ndcg10)} | ${f3(report.means.matching.recall50)} | ${thresholds.matching.ndcg10} |`,
    `| talent search (\`GET /talents/search\`) | ${f3(report.means.search.ndcg10)} | ${f3(report.means.search.recall50)} | ${thresholds.search.ndcg10} |`,
    '',
    `Hidden talents returned: ${report.hiddenReturned.length ? report.hiddenReturned.join(', ') : 'none'}.`,
    '',
    '<details><summary>Per opportunity</summary>',
    '',
    ...table(report.matching),
    '',
    '</details>',
    '',
    '<details><summary>Per search</summary>',
    '',
    ...table(report.search),
    '',
    '</details>',
  ].join('\n');
}
