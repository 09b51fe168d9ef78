/**
 * A stand-in for XMLHttpRequest in tests of uploads: it records what was sent and lets the test play the network,
 * byte progress first, then the server's answer (or an abort, or a dropped connection). Install it with
 * `vi.stubGlobal('XMLHttpRequest', FakeXhr)`; `FakeXhr.sent` lists every request, oldest first.
 */
type Handler = ((event: ProgressEvent) => void) | null;

export class FakeXhr {
  /** Every request sent since `reset()`. */
  static sent: FakeXhr[] = [];
  /** Answers a request as soon as it is sent, when set; otherwise the test answers with `respond`. */
  static autoRespond: ((xhr: FakeXhr) => void) | null = null;

  static reset(): void {
    FakeXhr.sent = [];
    FakeXhr.autoRespond = null;
  }

  /** The most recent request (fails the test's expectation clearly when there is none). */
  static last(): FakeXhr {
    const xhr = FakeXhr.sent.at(-1);
    if (!xhr) throw new Error('No XMLHttpRequest was sent');
    return xhr;
  }

  method = '';
  url = '';
  readonly headers = new Headers();
  body: FormData | null = null;
  aborted = false;
  status = 0;
  statusText = '';
  responseText = '';
  private responseHeaders = new Headers();

  readonly upload: { onprogress: Handler } = { onprogress: null };
  onload: Handler = null;
  onerror: Handler = null;
  onabort: Handler = null;

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string): void {
    this.headers.set(name, value);
  }

  getResponseHeader(name: string): string | null {
    return this.responseHeaders.get(name);
  }

  send(body: FormData): void {
    this.body = body;
    FakeXhr.sent.push(this);
    FakeXhr.autoRespond?.(this);
  }

  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    this.onabort?.(event());
  }

  /** Reports `loaded` of `total` bytes sent (total null: the browser cannot tell the size). */
  progress(loaded: number, total: number | null): void {
    this.upload.onprogress?.(event({ lengthComputable: total !== null, loaded, total: total ?? 0 }));
  }

  /** The server's answer: a JSON body (or none) with a status and headers. */
  respond(status: number, body?: unknown, headers: Record<string, string> = {}): void {
    this.status = status;
    this.statusText = status >= 400 ? 'Error' : 'OK';
    this.responseText = body === undefined ? '' : JSON.stringify(body);
    this.responseHeaders = new Headers({ 'Content-Type': 'application/json', ...headers });
    this.onload?.(event());
  }

  /** The connection dropped before any answer. */
  fail(): void {
    this.onerror?.(event());
  }
}

function event(init: { lengthComputable?: boolean; loaded?: number; total?: number } = {}): ProgressEvent {
  return { lengthComputable: false, loaded: 0, total: 0, ...init } as ProgressEvent;
}
