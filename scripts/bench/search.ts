/**
 * `npm run bench:search`: how talent search and matching hold up with 100,000 profiles.
 *
 * 1. Generates the talents (the demo generator at scale) and inserts accounts and profiles into MongoDB with
 *    insertMany in batches, then bulk-indexes them into Elasticsearch with `toProfileDoc` (timed).
 * 2. Starts the real server (server/src/index.ts) as a child process on that database and index prefix, signs an
 *    officer in over HTTP, and has them publish ~20 opportunities through the API.
 * 3. Loads the API with talent searches (a Zipf mix over a pool of distinct ones, facets counted on each; then
 *    every search of the pool once) and match lists, at concurrency 1 and 16, and sends the same Elasticsearch
 *    requests straight to Elasticsearch to compare; then the searches again
 *    through a second server on the same indices whose database holds no talents (what the API costs when its
 *    MongoDB reads are cheap).
 * 4. Times the steps of one request in-process (Elasticsearch, MongoDB, rescoring) to show where time goes.
 * 5. Prints the tables, writes them into docs/PERFORMANCE.md, and drops its database and indices (`bench_*`).
 *
 *   npm run bench:search                          100,000 profiles, ~30 s or 2,000 requests per scenario
 *   npm run bench:search -- --profiles 5000       a quick run (the doc is only written for 100,000)
 *   npm run bench:search -- --seconds 10 --no-doc
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import mongoose from 'mongoose';
import { PRIVACY_NOTICE_VERSION } from '@kafaat/shared';
import { ensureServices } from '../services';
import { connectMongo } from '../../server/src/db';
import { hashPassword } from '../../server/src/auth/passwords';
import { NewMatchNotice } from '../../server/src/models/NewMatchNotice';
import { NewMatchScan } from '../../server/src/models/NewMatchScan';
import { Opportunity } from '../../server/src/models/Opportunity';
import { Organisation } from '../../server/src/models/Organisation';
import { Skill } from '../../server/src/models/Skill';
import { User } from '../../server/src/models/User';
import { createSearchClient } from '../../server/src/search/client';
import { readAlias, rebuildIndex } from '../../server/src/search/indices';
import { opportunityFromStored } from '../../server/src/search/matching/inputs';
import { CANDIDATE_LIMIT, rankTalentsFor, talentCandidatesRequest } from '../../server/src/search/matching/matcher';
import { readBatch } from '../../server/src/search/sources';
import { forgetTaxonomySnapshot, skillNamesOf, taxonomySnapshot } from '../../server/src/services/taxonomy/taxonomySnapshot';
import { startServerProcess, type ServerProcess } from '../../test/support/serverProcess';
import { ApiSession } from '../../test/support/apiSession';
import { percentiles, runLoad, type LoadResult, type RequestSpec } from './load';
import { describeMachine, resultsTable, writeDocSection } from './report';
import { bulkIndexProfiles, generateTalents, insertInBatches } from './talentData';
import { ndjson, opportunitiesFor, SEARCHES, searchLines, searchMix, searchPool } from './workload';

const PASSWORD = 'bench-officer-password';
const VISIBILITIES = ['verified-organisations', 'officers'] as const;
const TARGETS = { bulkIndexS: 120, searchP95: 150, matchingP95: 250, apiOverEs: 1.5 };

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const secs = (fromMs: number) => (performance.now() - fromMs) / 1000;
const round = (n: number) => Math.round(n * 10) / 10;

/** Stops a server process, killing it when its graceful shutdown (which waits for an indexer round) takes too long. */
async function stopWithin(server: ServerProcess, ms: number): Promise<void> {
  const timer = setTimeout(() => server.child.kill('SIGKILL'), ms);
  await server.stop().catch(() => undefined);
  clearTimeout(timer);
}

/**
 * The servers' settings. The indexer's sweep for unannounced marks (SEARCH_SWEEP_SECONDS) reads every profile on
 * FerretDB, about a minute of its CPU with 100,000 profiles (an indexed query on MongoDB): it is set to an hour,
 * so it runs once at start-up (before the load) and not in the middle of the measurements. Its cost is timed
 * separately below.
 */
const serverEnv = (db: string, prefix: string) => ({ MONGODB_DB: db, ES_INDEX_PREFIX: prefix, LOG_LEVEL: 'warn', NODE_ENV: 'production', REDIS_URL: '', SEARCH_SWEEP_SECONDS: '3600' });

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t };
}

async function main(): Promise<void> {
  const profiles = option('profiles', 100_000);
  const seconds = option('seconds', 30);
  const maxRequests = option('requests', 2000);
  const writeDoc = !process.argv.includes('--no-doc') && profiles === 100_000;

  const services = await ensureServices();
  Object.assign(process.env, { MONGODB_URI: services.MONGODB_URI, ELASTICSEARCH_URL: services.ELASTICSEARCH_URL });
  const id = `bench_${randomBytes(4).toString('hex')}`;
  const prefix = `${id}_`;
  const search = createSearchClient(services.ELASTICSEARCH_URL);
  await connectMongo(services.MONGODB_URI, id);
  let server: ServerProcess | null = null;
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    log(`cleaning up: database ${id}, indices ${prefix}*`);
    if (server) await stopWithin(server, 60_000);
    await mongoose.connection.dropDatabase().catch((err: unknown) => log(`dropping ${id} failed: ${String(err)}`));
    await search.indices.delete({ index: `${prefix}*`, ignore_unavailable: true, allow_no_indices: true }).catch((err: unknown) => log(`deleting ${prefix}* failed: ${String(err)}`));
    await Promise.allSettled([mongoose.disconnect(), search.close()]);
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));

  try {
    const machineBefore = await describeMachine(search);
    log(`machine: ${machineBefore.cpus} CPU ${machineBefore.cpuModel}, ${machineBefore.ramGb} GB, ${machineBefore.mongo}, Elasticsearch ${machineBefore.elasticsearch}, load ${machineBefore.loadAverage}`);

    // 1. Data.
    let t = performance.now();
    const passwordHash = await hashPassword(PASSWORD);
    const data = generateTalents(profiles, 20_261_129, passwordHash);
    const generateS = secs(t);
    log(`generated ${profiles} talents in ${generateS.toFixed(1)} s`);
    t = performance.now();
    await insertInBatches('users', data.users);
    const usersS = secs(t);
    t = performance.now();
    await insertInBatches('profiles', data.profiles);
    const profilesS = secs(t);
    log(`MongoDB insertMany (batches of 1,000, 2 in flight): users ${usersS.toFixed(1)} s, profiles ${profilesS.toFixed(1)} s`);
    const bulk = await bulkIndexProfiles(search, prefix, data);
    log(`bulk-indexed ${bulk.docs} profiles in ${(bulk.ms / 1000).toFixed(1)} s (${bulk.requests} requests of 2,500; building documents ${(bulk.buildMs / 1000).toFixed(1)} s)`);
    const trades = data.trades;
    data.users.length = 0;
    data.profiles.length = 0;

    // 2. The real server, an officer, opportunities.
    t = performance.now();
    server = await startServerProcess(serverEnv(id, prefix));
    log(`server up at ${server.url} in ${secs(t).toFixed(1)} s (taxonomy loaded, indices checked)`);
    const org = await Organisation.create({ name: 'Programme Kafaat (benchmark)', kind: 'institution', institutionType: 'ministry', country: 'MA', city: 'Rabat', status: 'verified', verifiedAt: new Date() });
    const officerEmail = `officer-${id.replace('_', '-')}@bench.kafaat.test`;
    await User.create({ email: officerEmail, passwordHash, displayName: 'Benchmark officer', role: 'officer', organisationId: org._id, orgAdmin: true, emailVerifiedAt: new Date(), consent: { version: PRIVACY_NOTICE_VERSION, at: new Date() } });
    const officer = await ApiSession.signIn(server.url, officerEmail, PASSWORD);
    const opportunityIds: string[] = [];
    for (const body of opportunitiesFor(trades)) {
      const created = await officer.call<{ id: string }>('POST', '/api/v1/opportunities', body);
      await officer.call('POST', `/api/v1/opportunities/${created.id}/status`, { status: 'published' });
      opportunityIds.push(created.id);
    }
    // The server's indexer makes them searchable; how long it takes is part of the result (each of its rounds
    // looks for marked profiles, which FerretDB answers by scanning the collection). After 10 minutes the
    // opportunities index is rebuilt from MongoDB instead, as `npm run reindex -- opportunities` would.
    const opportunitiesAlias = readAlias(prefix, 'opportunities');
    t = performance.now();
    let indexLag: string;
    for (;;) {
      await search.indices.refresh({ index: opportunitiesAlias }, { ignore: [404] });
      const { count } = await search.count({ index: opportunitiesAlias }, { ignore: [404] }).catch(() => ({ count: 0 }));
      if (count >= opportunityIds.length) {
        indexLag = `${secs(t).toFixed(1)} s`;
        break;
      }
      if (secs(t) > 600) {
        await rebuildIndex({ search, prefix, index: 'opportunities' });
        indexLag = `more than 10 min (then rebuilt with the reindex)`;
        break;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    log(`published opportunities searchable after ${indexLag}`);
    log(`${opportunityIds.length} opportunities published and indexed`);
    // The server's new-match job tells the best-fitting talents about each new opportunity (its first run is a
    // minute after start). It is waited for, so its writes do not fall inside the measurements.
    t = performance.now();
    let newMatchLag = 'more than 10 min (measured while it still ran)';
    while (secs(t) < 600) {
      if ((await NewMatchScan.countDocuments({ _id: { $in: opportunityIds } })) >= opportunityIds.length) {
        newMatchLag = `${secs(t).toFixed(1)} s`;
        break;
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    const newMatchNotices = await NewMatchNotice.countDocuments({});
    log(`new-match notifications: ${newMatchNotices} talents told, done ${newMatchLag} after the opportunities were indexed`);

    // 3. Load.
    const headers = { cookie: officer.cookieHeader() };
    const pool = searchPool();
    const mix = searchMix(pool, 50_000);
    const searchSpec = (q: string): RequestSpec => ({ method: 'GET', path: `/api/v1/talents/search${q ? `?${q}` : ''}`, headers });
    const searchSpecs: RequestSpec[] = mix.map(searchSpec);
    const matchSpecs: RequestSpec[] = opportunityIds.map((oid) => ({ method: 'GET', path: `/api/v1/opportunities/${oid}/matches?limit=20`, headers }));
    const profilesAlias = readAlias(prefix, 'profiles');
    const msearchOf = new Map(await Promise.all(pool.map(async (q) => [q, ndjson(await searchLines(q, [...VISIBILITIES], profilesAlias))] as const)));
    const esSearchSpec = (q: string): RequestSpec => ({ method: 'POST', path: '/_msearch', body: msearchOf.get(q)!, headers: { 'content-type': 'application/x-ndjson' } });
    const esSearchSpecs: RequestSpec[] = mix.map(esSearchSpec);
    const distinct = new Set(mix.slice(0, maxRequests)).size;
    log(`search mix: ${pool.length} distinct searches, drawn by Zipf's law; ${distinct} distinct among the first ${maxRequests} requests`);
    const { graph } = await taxonomySnapshot();
    const stored = await Opportunity.find({ _id: { $in: opportunityIds } }).lean();
    const matchInputs = stored.map((o) => opportunityFromStored(o as never));
    const esMatchSpecs: RequestSpec[] = matchInputs.map((o) => ({ method: 'POST', path: `/${profilesAlias}/_search?ignore_unavailable=true`, body: JSON.stringify(talentCandidatesRequest(o, graph, [...VISIBILITIES])) }));
    const took = (body: string) => (JSON.parse(body) as { took?: number }).took;

    const results: LoadResult[] = [];
    // Facet counts go through Elasticsearch's shard request cache: each search scenario starts with it empty, and
    // its warm-up (same mix) fills it as a running server's would be; the share of counts it answered is reported.
    const countsCache = async () => {
      const stats = await search.indices.stats({ index: profilesAlias, metric: 'request_cache' });
      const cache = stats._all.total?.request_cache;
      return { hits: cache?.hit_count ?? 0, misses: cache?.miss_count ?? 0 };
    };
    const cacheHitRates: string[] = [];
    const scenario = async (
      name: string,
      baseUrl: string,
      requests: RequestSpec[],
      concurrency: number,
      drainMs: number,
      extract?: (body: string) => number | undefined,
      warmup = { requests: Math.max(100, concurrency * 10), ms: 5000 },
      measure = { requests: maxRequests, ms: seconds * 1000 },
    ) => {
      log(`${name} at concurrency ${concurrency}…`);
      const counting = name.startsWith('search');
      if (counting) await search.indices.clearCache({ index: profilesAlias, request: true });
      const before = await countsCache();
      const r = await runLoad({ name, baseUrl, concurrency, requests, warmup, measure, drainMs, extract });
      log(`  ${r.count} answered, ${r.errors} errors, ${r.timeouts} timeouts; p50 ${r.p50.toFixed(1)} p95 ${r.p95.toFixed(1)} p99 ${r.p99.toFixed(1)} ms; ${r.throughput.toFixed(1)} req/s${r.firstError ? `; first error: ${r.firstError}` : ''}`);
      if (counting) {
        const after = await countsCache();
        const hits = after.hits - before.hits;
        const lookups = hits + after.misses - before.misses;
        cacheHitRates.push(`${name} at concurrency ${concurrency}: ${lookups ? Math.round((100 * hits) / lookups) : 0} % of ${lookups.toLocaleString('en')} facet counts from the request cache (warm-up included)`);
        log(`  ${cacheHitRates.at(-1)}`);
      }
      results.push(r);
      return r;
    };
    const esUrl = services.ELASTICSEARCH_URL;
    for (const c of [1, 16]) {
      await scenario('search (API)', server.url, searchSpecs, c, 60_000);
      await scenario('search (Elasticsearch alone)', esUrl, esSearchSpecs, c, 60_000, took);
    }
    // The worst case for the counts: every search of the pool once, none asked before.
    // With Elasticsearch doing all its work, the API's own share shows apart from what the cache saves both.
    const distinctSpecs = pool.map(searchSpec);
    const esDistinctSpecs = pool.map(esSearchSpec);
    const once = { requests: pool.length, ms: seconds * 1000 };
    for (const c of [1, 16]) {
      await scenario('search (API), every search different', server.url, distinctSpecs, c, 60_000, undefined, { requests: 0, ms: 0 }, once);
      await scenario('search (Elasticsearch alone), every search different', esUrl, esDistinctSpecs, c, 60_000, took, { requests: 0, ms: 0 }, once);
    }
    for (const c of [1, 16]) {
      await scenario('matching candidates (Elasticsearch alone)', esUrl, esMatchSpecs, c, 60_000, took);
    }

    // The floor of any signed-in request (session, user, organisation, middlewares, one answer written), searching
    // nothing: what is left of the API's share once it is taken away is the search's own work.
    await scenario('signed-in request without search (GET /auth/session)', server.url, [{ method: 'GET', path: '/api/v1/auth/session', headers }], 1, 60_000);

    // 4. Where the time of one request goes, step by step, in this process (same database and indices).
    log('timing the steps of a request in-process…');
    const steps: Record<string, number[]> = { esSearch: [], skillLabels: [], snapshotLoad: [], esCandidates: [], rescoring: [] };
    await search.indices.clearCache({ index: profilesAlias, request: true });
    for (const q of SEARCHES) {
      const searches = await searchLines(q, [...VISIBILITIES], profilesAlias);
      const es = await timed(() => search.msearch({ searches }));
      steps.esSearch!.push(es.ms);
    }
    const someSkills = (await Skill.find({}, { _id: 1 }).limit(60).lean()).map((s) => String(s._id));
    for (let i = 0; i < 10; i += 1) steps.skillLabels!.push((await timed(() => skillNamesOf(someSkills))).ms);
    for (let i = 0; i < 3; i += 1) {
      forgetTaxonomySnapshot();
      steps.snapshotLoad!.push((await timed(() => taxonomySnapshot())).ms);
    }
    for (const o of matchInputs) {
      const es = await timed(() => search.search({ index: profilesAlias, ignore_unavailable: true, ...talentCandidatesRequest(o, graph, [...VISIBILITIES]) }));
      steps.esCandidates!.push(es.ms);
      const ranked = await timed(() => rankTalentsFor(search, prefix, { opportunity: o, visibilities: [...VISIBILITIES], graph }));
      steps.rescoring!.push(Math.max(0, ranked.ms - es.ms));
    }
    const stepSummary = Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, percentiles(v)]));
    for (const [k, p] of Object.entries(stepSummary)) log(`  ${k}: p50 ${p.p50.toFixed(1)} ms, max ${p.max.toFixed(1)} ms`);

    // Matching through the API last: its requests are the slowest and keep the database busy.
    for (const c of [1, 16]) await scenario('matching (API)', server.url, matchSpecs, c, 60_000);

    // The indexer's sweep for marks no event announced, once (kept out of the load: see serverEnv).
    log('timing one sweep of the indexer for marked profiles…');
    const sweep = await timed(() => readBatch('profiles', { dirtyOnly: true, limit: 500 }));
    steps.sweep = [sweep.ms];
    stepSummary.sweep = percentiles(steps.sweep);
    log(`  sweep: ${(sweep.ms / 1000).toFixed(1)} s`);

    // 5. Results.
    const machine = { ...machineBefore, loadAverage: `${machineBefore.loadAverage} at start, ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end` };
    const find = (name: string, c: number) => results.find((r) => r.name === name && r.concurrency === c)!;
    const apiSearch1 = find('search (API)', 1);
    const esSearch1 = find('search (Elasticsearch alone)', 1);
    const ratio = esSearch1.p50 > 0 ? apiSearch1.p50 / esSearch1.p50 : 0;
    const searchP95 = find('search (API)', 16).p95;
    const floor1 = find('signed-in request without search (GET /auth/session)', 1);
    const matchingP95 = find('matching (API)', 16).p95;
    const distinctP95 = find('search (API), every search different', 16).p95;
    const apiDistinct1 = find('search (API), every search different', 1);
    const esDistinct1 = find('search (Elasticsearch alone), every search different', 1);
    const distinctRatio = esDistinct1.p50 > 0 ? apiDistinct1.p50 / esDistinct1.p50 : 0;
    const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
    const targets = [
      `| bulk index of ${profiles.toLocaleString('en')} profiles | < ${TARGETS.bulkIndexS} s | ${(bulk.ms / 1000).toFixed(1)} s | ${verdict(bulk.ms / 1000 < TARGETS.bulkIndexS)} |`,
      `| talent search p95 at concurrency 16 | ≤ ${TARGETS.searchP95} ms | ${Math.round(searchP95)} ms | ${verdict(searchP95 <= TARGETS.searchP95)} |`,
      `| the same, every search different (no facet counts cached) | ≤ ${TARGETS.searchP95} ms | ${Math.round(distinctP95)} ms | ${verdict(distinctP95 <= TARGETS.searchP95)} |`,
      `| matching p95 at concurrency 16 | ≤ ${TARGETS.matchingP95} ms | ${Math.round(matchingP95)} ms | ${verdict(matchingP95 <= TARGETS.matchingP95)} |`,
      `| search API p50 ÷ Elasticsearch p50 (concurrency 1) | ≤ ${TARGETS.apiOverEs} | ${ratio.toFixed(2)} (${apiSearch1.p50.toFixed(1)} ÷ ${esSearch1.p50.toFixed(1)} ms) | ${verdict(ratio <= TARGETS.apiOverEs)} |`,
      `| the same, every search different (no facet counts cached) | ≤ ${TARGETS.apiOverEs} | ${distinctRatio.toFixed(2)} (${apiDistinct1.p50.toFixed(1)} ÷ ${esDistinct1.p50.toFixed(1)} ms) | ${verdict(distinctRatio <= TARGETS.apiOverEs)} |`,
    ];
    const stepRows = [
      ['Elasticsearch search: page and facet counts in one `_msearch`, counts not cached (client time)', stepSummary.esSearch!],
      ['skill names of a page (in-memory taxonomy snapshot)', stepSummary.skillLabels!],
      ['loading the taxonomy snapshot (once per version, not per request)', stepSummary.snapshotLoad!],
      [`Elasticsearch match candidates, ${CANDIDATE_LIMIT} (client time)`, stepSummary.esCandidates!],
      [`rescoring ${CANDIDATE_LIMIT} candidates (score.ts, in process)`, stepSummary.rescoring!],
      ['MongoDB: the indexer\'s sweep for marked profiles (every `SEARCH_SWEEP_SECONDS`, not per request)', stepSummary.sweep!],
    ] as const;
    const markdown = [
      `## Search and matching benchmark (\`npm run bench:search\`)`,
      '',
      `Run ${machine.date} on ${machine.cpus} CPU (${machine.cpuModel}), ${machine.ramGb} GB RAM; Node ${machine.node}; Elasticsearch ${machine.elasticsearch}; ${machine.mongo}. ` +
        `Load average (1/5/15 min): ${machine.loadAverage} — other processes shared the machine and the services.`,
      '',
      `Dataset: ${profiles.toLocaleString('en')} generated talents (demo generator, realistic profiles in FR/EN/AR) and their accounts; ${opportunityIds.length} opportunities written from the most common trades. ` +
        `Generation ${round(generateS)} s; MongoDB insertMany (batches of 1,000, 2 in flight) users ${round(usersS)} s, profiles ${round(profilesS)} s; ` +
        `Elasticsearch bulk index ${round(bulk.ms / 1000)} s (${bulk.requests} requests of 2,500 documents, 2 in flight, refresh off then one refresh; building documents with \`toProfileDoc\` ${round(bulk.buildMs / 1000)} s of it). ` +
        `The opportunities published through the API were searchable ${indexLag} after the last one (the server's background indexer); ` +
        `the new-match job then told ${newMatchNotices.toLocaleString('en')} talents (at most 100 per opportunity), done ${newMatchLag} later, before the load started.`,
      '',
      `Load: talent searches drawn by Zipf's law (the k-th most asked comes 1/k as often as the first, as query logs show) from ${pool.length} distinct ones: the page opened without criteria, ` +
        `${SEARCHES.length} hand-written (22 with free text in French, English or Arabic, most with filters; 10 with filters only), and every trade's title in each language alone and with one filter, its sector with filters and its core skills ` +
        `(${distinct} distinct among the first ${maxRequests.toLocaleString('en')} requests); facet counts on every request (a first page). ` +
        `Facet counts go through Elasticsearch's shard request cache, emptied before each search scenario; "every search different" sends each search of the pool once (none cached), to the API and to Elasticsearch alone. ` +
        `Match lists of the ${opportunityIds.length} opportunities (\`limit=20\`). Each scenario after a warm-up, for ${seconds} s or ${maxRequests} requests; ` +
        `"Elasticsearch alone" sends the API's exact \`_msearch\` (page and counts) over HTTP (keep-alive), \`took\` is Elasticsearch's own time. ` +
        `The servers run with \`SEARCH_SWEEP_SECONDS=3600\`: the indexer's sweep for unannounced marks reads every profile on FerretDB (timed in the last table; an indexed query on MongoDB), so it ran once at start-up, before the load, instead of every minute during it.`,
      '',
      '### Targets',
      '',
      '| target | goal | measured | |',
      '| --- | --- | --- | --- |',
      ...targets,
      '',
      `The API's share of a search at concurrency 1 (p50): ${(apiSearch1.p50 - esSearch1.p50).toFixed(1)} ms, of which ${floor1.p50.toFixed(1)} ms is the p50 of a signed-in request that searches nothing (\`GET /api/v1/auth/session\`: session, user and organisation, middlewares, one answer written).`,
      '',
      '### Results',
      '',
      resultsTable(results),
      '',
      ...cacheHitRates.map((line) => `- ${line}.`),
      '',
      '### Where the time of one request goes (in-process, one at a time)',
      '',
      '| step | p50 ms | max ms |',
      '| --- | --: | --: |',
      ...stepRows.map(([label, p]) => `| ${label} | ${p.p50.toFixed(1)} | ${p.max.toFixed(1)} |`),
    ].join('\n');
    console.log(`\n${markdown}\n`);
    if (writeDoc) {
      writeDocSection('bench:search', markdown);
      log('docs/PERFORMANCE.md updated');
    }
  } finally {
    await cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
