import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { buildDocument } from './factories';
import { FakeXhr } from './fakeXhr';
import { isAbortError, uploadDocument, type UploadProgress } from './uploadDocument';

const cv = new File(['%PDF-1.7 Amina El Idrissi, soudeuse'], 'CV Amina.pdf', { type: 'application/pdf' });

beforeEach(() => {
  FakeXhr.reset();
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});
afterEach(() => FakeXhr.reset());

describe('uploadDocument', () => {
  it('sends the kind and sharing before the file, with the CSRF token, and reports progress until the server answers', async () => {
    const progress: UploadProgress[] = [];
    const done = uploadDocument({ file: cv, kind: 'cv', shared: true }, { csrfToken: 'csrf-1', onProgress: (p) => progress.push(p) });
    const xhr = FakeXhr.last();
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/v1/me/documents');
    expect(xhr.headers.get('X-CSRF-Token')).toBe('csrf-1');
    expect([...(xhr.body?.keys() ?? [])]).toEqual(['kind', 'shared', 'file']);
    expect(xhr.body?.get('shared')).toBe('true');
    expect(xhr.body?.get('file')).toBeInstanceOf(File);

    xhr.progress(10, 40);
    xhr.progress(20, null);
    xhr.respond(201, buildDocument({ shared: true }));
    await expect(done).resolves.toMatchObject({ name: 'CV Amina.pdf', shared: true });
    expect(progress).toEqual([
      { loaded: 10, total: 40 },
      { loaded: 20, total: null },
    ]);
  });

  it("turns the server's refusal into an ApiError the screen can translate, Retry-After included", async () => {
    const refused = uploadDocument({ file: cv, kind: 'cv', shared: false }, { csrfToken: 'csrf-1' });
    FakeXhr.last().respond(415, { error: { code: 'unsupported_file_type', message: 'not a PDF' } });
    await expect(refused).rejects.toMatchObject({ status: 415, code: 'unsupported_file_type' });

    const limited = uploadDocument({ file: cv, kind: 'cv', shared: false }, { csrfToken: 'csrf-1' });
    FakeXhr.last().respond(429, { error: { code: 'too_many_requests', message: 'slow down' } }, { 'Retry-After': '120' });
    await expect(limited).rejects.toMatchObject({ status: 429, retryAfterSeconds: 120 });
  });

  it('says the server could not be reached when the connection drops, and gives a code even for a bare proxy 413', async () => {
    const dropped = uploadDocument({ file: cv, kind: 'cv', shared: false }, { csrfToken: 'csrf-1' });
    FakeXhr.last().fail();
    await expect(dropped).rejects.toMatchObject({ status: 0, code: 'network_error' });

    const proxy = uploadDocument({ file: cv, kind: 'cv', shared: false }, { csrfToken: 'csrf-1' });
    FakeXhr.last().respond(413);
    const error = await proxy.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 413, code: 'http_413' });
  });

  it('stops sending when cancelled and rejects with an AbortError, not a failure', async () => {
    const controller = new AbortController();
    const upload = uploadDocument({ file: cv, kind: 'cv', shared: false }, { csrfToken: 'csrf-1', signal: controller.signal });
    controller.abort();
    const error = await upload.catch((caught: unknown) => caught);
    expect(isAbortError(error)).toBe(true);
    expect(FakeXhr.last().aborted).toBe(true);
  });
});
