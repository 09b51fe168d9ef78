/**
 * The benchmark's written results: the machine it ran on, a table per scenario, the checks against the targets,
 * and the Markdown section kept up to date in docs/PERFORMANCE.md (between its two markers).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import type { SearchClient } from '../../server/src/search/client';
import type { LoadResult } from './load';

/** The document the benchmark keeps up to date. */
export const PERFORMANCE_DOC = path.resolve(__dirname, '..', '..', 'docs', 'PERFORMANCE.md');

/** What the numbers were measured on, printed with them. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  ramGb: number;
  node: string;
  elasticsearch: string;
  mongo: string;
  loadAverage: string;
  date: string;
}

/** CPU, memory, versions and load of this machine and of the services. */
export async function describeMachine(search: SearchClient): Promise<Machine> {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const nodes = (await search.nodes.info({ node_id: '_local', filter_path: 'nodes.*.version,nodes.*.jvm.mem.heap_max_in_bytes' })) as unknown as {
    nodes: Record<string, { version: string; jvm?: { mem?: { heap_max_in_bytes?: number } } }>;
  };
  const es = Object.values(nodes.nodes)[0];
  const info = (await mongoose.connection.db!.admin().buildInfo()) as { version: string; ferretdbVersion?: string };
  return {
    cpus: os.availableParallelism(),
    cpuModel: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown',
    ramGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    elasticsearch: `${es?.version ?? '?'} (heap ${Math.round((es?.jvm?.mem?.heap_max_in_bytes ?? 0) / 2 ** 20)} MB)`,
    mongo: info.ferretdbVersion ? `FerretDB ${info.ferretdbVersion} (SQLite handler; MongoDB wire ${info.version})` : `MongoDB ${info.version}`,
    loadAverage: os.loadavg().map((l) => l.toFixed(1)).join(' / '),
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  };
}

const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : n >= 100 ? `${Math.round(n)}` : n.toFixed(1));

/** One Markdown table of load results. */
export function resultsTable(rows: LoadResult[]): string {
  const lines = [
    '| scenario | concurrency | answered | errors / timeouts | p50 ms | p95 ms | p99 ms | max ms | req/s | ES `took` p50 / p95 ms |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const r of rows) {
    const took = r.extracted ? `${ms(r.extracted.p50)} / ${ms(r.extracted.p95)}` : '';
    lines.push(`| ${r.name} | ${r.concurrency} | ${r.count} | ${r.errors} / ${r.timeouts} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.throughput.toFixed(1)} | ${took} |`);
  }
  return lines.join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` (appends the section when missing). */
export function writeDocSection(name: string, markdown: string, file = PERFORMANCE_DOC): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Performance\n';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next = from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, next);
}
