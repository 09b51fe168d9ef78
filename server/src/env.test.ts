import { ConfigError, parseConfig } from './env';

const valid = { MONGODB_URI: 'mongodb://127.0.0.1:27017', ELASTICSEARCH_URL: 'http://127.0.0.1:9200' };

describe('parseConfig', () => {
  it('applies defaults when only the two service URIs are given', () => {
    const config = parseConfig(valid);
    expect(config).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', MONGODB_DB: 'kafaat', ES_INDEX_PREFIX: 'kafaat_', NODE_ENV: 'development' });
  });

  it('names a missing variable so the operator knows what to set', () => {
    expect(() => parseConfig({ ELASTICSEARCH_URL: valid.ELASTICSEARCH_URL })).toThrow(/MONGODB_URI is required/);
  });

  it('treats an empty variable as missing', () => {
    expect(() => parseConfig({ ...valid, ELASTICSEARCH_URL: '' })).toThrow(/ELASTICSEARCH_URL is required/);
  });

  it('lists every bad variable at once, each by name', () => {
    let error: unknown;
    try {
      parseConfig({ MONGODB_URI: 'postgres://x', ELASTICSEARCH_URL: 'not a url', PORT: 'eighty' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^MONGODB_URI must be a MongoDB connection string/m);
    expect(problems).toMatch(/^ELASTICSEARCH_URL must be an http\(s\) URL/m);
    expect(problems).toMatch(/^PORT /m);
  });

  it('rejects an index prefix Elasticsearch would refuse', () => {
    expect(() => parseConfig({ ...valid, ES_INDEX_PREFIX: 'Upper*' })).toThrow(/ES_INDEX_PREFIX must be lowercase/);
  });
});
