/**
 * `npm test`: every check a change must pass, in order, each with its duration: type checks, the client's
 * unit tests, the client build (the browser test serves it), then jest (shared, server and end-to-end tests),
 * whose global setup starts the MongoDB-compatible server and Elasticsearch when they are not running.
 */
import { spawnSync } from 'node:child_process';
import { ROOT } from './services/state';

const steps: Array<[string, string, string[]]> = [
  ['type check', 'npm', ['run', 'typecheck']],
  ['client unit tests', 'npm', ['test', '-w', 'client']],
  ['client build', 'npm', ['run', 'build', '-w', 'client']],
  ['jest: shared, server, end-to-end (real MongoDB-compatible server and Elasticsearch)', 'npx', ['jest', ...process.argv.slice(2)]],
];

const started = Date.now();
for (const [label, cmd, args] of steps) {
  const t = Date.now();
  console.log(`\n=== ${label} ===`);
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  if (res.status !== 0) {
    console.error(`\n✗ ${label} failed after ${secs}s`);
    process.exit(res.status ?? 1);
  }
  console.log(`✓ ${label} (${secs}s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(1)}s`);
