import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { LocalDiskStore, newStorageKey } from './documentStore';
import { parseConfig } from '../env';

describe('LocalDiskStore', () => {
  let dir: string;
  let store: LocalDiskStore;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafaat-store-'));
    store = new LocalDiskStore(path.join(dir, 'uploads'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('stores, reads back and deletes a file under a random key', async () => {
    const key = newStorageKey();
    expect(key).toMatch(/^[a-f0-9]{32}$/);
    expect(newStorageKey()).not.toBe(key);
    await store.put(key, Buffer.from('hello'));
    expect(await store.exists(key)).toBe(true);
    expect(await text(await store.get(key))).toBe('hello');
    expect(fs.readdirSync(store.dir)).toEqual([key]);
    await store.delete(key);
    expect(await store.exists(key)).toBe(false);
    await expect(store.delete(key)).resolves.toBeUndefined();
    await expect(store.get(key)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('keeps files private to the server user', async () => {
    const key = newStorageKey();
    await store.put(key, Buffer.from('x'));
    expect(fs.statSync(path.join(store.dir, key)).mode & 0o077).toBe(0);
  });

  it('refuses keys that are not its own, so nothing can name a path', async () => {
    for (const key of ['../../etc/passwd', 'passwd.pdf', '', `${newStorageKey()}/x`]) {
      await expect(store.put(key, Buffer.from('x'))).rejects.toThrow('invalid storage key');
      await expect(store.get(key)).rejects.toThrow('invalid storage key');
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('leaves no partial file when a write fails', async () => {
    const key = newStorageKey();
    // A folder in the way makes the final rename fail after the bytes were written aside.
    fs.mkdirSync(path.join(store.dir, key, 'busy'), { recursive: true });
    await expect(store.put(key, Buffer.from('bytes'))).rejects.toThrow();
    expect(fs.readdirSync(store.dir)).toEqual([key]);
  });
});

describe('upload configuration', () => {
  const base = { MONGODB_URI: 'mongodb://127.0.0.1:27017', ELASTICSEARCH_URL: 'http://127.0.0.1:9200' };

  it('defaults to a 10 MiB file limit, a 50 MiB quota and a folder under .cache', () => {
    const config = parseConfig(base);
    expect(config.UPLOAD_MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(config.UPLOAD_QUOTA_BYTES).toBe(50 * 1024 * 1024);
    expect(config.UPLOAD_DIR).toBe(path.resolve(__dirname, '..', '..', '..', '.cache', 'uploads'));
  });

  it('refuses an upload folder inside the publicly served client', () => {
    expect(() => parseConfig({ ...base, CLIENT_DIST: '/srv/dist', UPLOAD_DIR: '/srv/dist/uploads' })).toThrow('UPLOAD_DIR must not be inside CLIENT_DIST');
    expect(() => parseConfig({ ...base, CLIENT_DIST: '/srv/dist', UPLOAD_DIR: '/srv/dist-uploads' })).not.toThrow();
  });
});
