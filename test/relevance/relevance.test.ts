/**
 * Ranking quality on the hand-judged relevance set (README.md beside this file): the match lists of 32
 * opportunities and 26 talent searches, asked over HTTP on a fresh deployment, must keep their mean nDCG@10 at or
 * above thresholds.json, and no hidden profile may ever appear. `npm run relevance` prints the same evaluation
 * item by item.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatReport, runRelevance, type RelevanceReport } from './runner';

const thresholds = JSON.parse(fs.readFileSync(path.join(__dirname, 'thresholds.json'), 'utf8')) as { matching: { ndcg10: number }; search: { ndcg10: number } };

describe('relevance of matching and talent search', () => {
  let report: RelevanceReport;

  beforeAll(async () => {
    report = await runRelevance();
  }, 110_000);

  it('ranks the talents officers judged best for each opportunity at the top of its match list', () => {
    if (report.means.matching.ndcg10 < thresholds.matching.ndcg10) console.log(formatReport(report, true));
    expect(report.means.matching.ndcg10).toBeGreaterThanOrEqual(thresholds.matching.ndcg10);
  });

  it('ranks the talents a searcher is looking for first, whatever the language of the query', () => {
    if (report.means.search.ndcg10 < thresholds.search.ndcg10) console.log(formatReport(report, true));
    expect(report.means.search.ndcg10).toBeGreaterThanOrEqual(thresholds.search.ndcg10);
  });

  it('never shows a hidden profile, however well it fits', () => {
    expect(report.hiddenReturned).toEqual([]);
  });
});
