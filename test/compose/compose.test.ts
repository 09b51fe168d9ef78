import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/serverProcess';

const file = path.join(REPO_ROOT, 'docker-compose.yml');

describe('docker-compose.yml', () => {
  it('is accepted by docker-compose (installed by .ci/run from Debian)', () => {
    const env = { ...process.env, SESSION_SECRET: 'x'.repeat(32) };
    const res = spawnSync('docker-compose', ['-f', file, 'config', '-q'], { encoding: 'utf8', env });
    if (res.error) throw new Error('docker-compose not found: apt-get install docker-compose (.ci/run does it)');
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
  });

  it('runs MongoDB 7+, Elasticsearch of the same major as the client and Redis, each with a health check; data in named volumes', () => {
    const compose = parse(fs.readFileSync(file, 'utf8'));
    const esClientMajor = require('@elastic/elasticsearch/package.json').version.split('.')[0];
    const mongoMajor = Number(/mongo:(\d+)/.exec(compose.services.mongo.image)?.[1]);
    expect(mongoMajor).toBeGreaterThanOrEqual(7);
    expect(compose.services.elasticsearch.image).toMatch(new RegExp(`:${esClientMajor}\\.`));
    for (const name of ['mongo', 'elasticsearch', 'redis', 'app']) expect(compose.services[name].healthcheck).toBeDefined();
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['mongo-data', 'es-data', 'uploads']));
    expect(compose.services.app.environment.REDIS_URL).toBe('redis://redis:6379');
    expect(compose.services.app.depends_on.elasticsearch.condition).toBe('service_healthy');
    expect(compose.services.app.environment.SESSION_SECRET).toMatch(/\$\{SESSION_SECRET:\?/);
  });
});
