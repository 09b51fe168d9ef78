/**
 * Where uploaded files live, behind a small interface so the local folder can later give way to object storage
 * without touching the documents feature. Keys are random (never derived from what the client sent), so a file
 * name cannot choose or reach a path; a file appears whole or not at all (written aside, then renamed).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';

export interface DocumentStore {
  /** Stores `bytes` under `key`, atomically: readers see the whole file or none. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** Opens the file; rejects with code ENOENT when there is none. */
  get(key: string): Promise<Readable>;
  /** Removes the file; removing a missing file is not an error (erasure is retried). */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

const KEY = /^[a-f0-9]{32}$/;

/** A fresh storage key: 128 random bits in hex. */
export function newStorageKey(): string {
  return randomBytes(16).toString('hex');
}

/** Refuses anything that is not a key made by newStorageKey, so no caller can turn a key into a path. */
function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error('invalid storage key');
  return key;
}

/** Files in one folder of the local disk, readable by the server's user only. */
export class LocalDiskStore implements DocumentStore {
  constructor(readonly dir: string) {}

  private pathOf(key: string): string {
    return path.join(this.dir, checkKey(key));
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await fs.promises.mkdir(this.dir, { recursive: true, mode: 0o700 });
    // Same folder, so the rename is atomic; the temporary name cannot collide with a key (it has a dot).
    const temp = path.join(this.dir, `.${key}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await fs.promises.writeFile(temp, bytes, { mode: 0o600, flag: 'wx' });
      await fs.promises.rename(temp, target);
    } catch (err) {
      await fs.promises.rm(temp, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Readable> {
    const handle = await fs.promises.open(this.pathOf(key), 'r');
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    return fs.promises.access(this.pathOf(key)).then(
      () => true,
      () => false,
    );
  }
}

const stores = new Map<string, DocumentStore>();

/** The store for a configuration (one per folder, shared by the routes and the account erasure). */
export function documentStoreFor(config: { UPLOAD_DIR: string }): DocumentStore {
  let store = stores.get(config.UPLOAD_DIR);
  if (!store) {
    store = new LocalDiskStore(config.UPLOAD_DIR);
    stores.set(config.UPLOAD_DIR, store);
  }
  return store;
}
