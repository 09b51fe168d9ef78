/**
 * `npm run relevance`: measures how well matching and talent search rank the hand-judged relevance set
 * (test/relevance/), on a fresh database and index prefix of the local services, and prints nDCG@10 and
 * recall@50 per opportunity, per query and on average. Everything it creates is removed at the end.
 *
 *   npm run relevance                 the table
 *   npm run relevance -- --verbose    also the first ten results of each item, with their grades
 *   npm run relevance -- --json       the whole report as JSON
 *   npm run relevance -- --doc        also rewrites the relevance section of docs/PERFORMANCE.md
 */
import fs from 'node:fs';
import path from 'node:path';
import { ensureServices } from './services';
import { writeDocSection } from './bench/report';
import { formatReport, markdownReport, runRelevance } from '../test/relevance/runner';

async function main(): Promise<void> {
  const services = await ensureServices();
  Object.assign(process.env, { MONGODB_URI: services.MONGODB_URI, ELASTICSEARCH_URL: services.ELASTICSEARCH_URL });
  const args = process.argv.slice(2);
  const report = await runRelevance((line) => console.error(line));
  if (args.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const s = report.stats;
  console.log(
    `Relevance set: ${s.talents} talents (${s.written} written, ${s.background} background; ${Object.entries(s.byLang).map(([l, n]) => `${l} ${n}`).join(', ')}), ` +
      `${s.opportunities} opportunities (${Object.entries(s.opportunitiesByLang).map(([l, n]) => `${l} ${n}`).join(', ')}), ${s.queries} queries, ${s.judgments} judgments`,
  );
  console.log(formatReport(report, args.includes('--verbose')));
  console.log(`\nload ${report.seconds.load.toFixed(1)} s, evaluation ${report.seconds.evaluate.toFixed(1)} s`);
  if (args.includes('--doc')) {
    const thresholds = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'test', 'relevance', 'thresholds.json'), 'utf8'));
    writeDocSection('relevance', markdownReport(report, thresholds));
    console.log('docs/PERFORMANCE.md updated');
  }
  if (services.started.length) console.log(`(services started for this run are left running: ${services.started.join(', ')}; npm run services:stop stops them)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
