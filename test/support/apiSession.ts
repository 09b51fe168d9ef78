/**
 * A signed-in client of a running API over real HTTP, the way the browser app talks to it: it keeps the session
 * cookie and sends the CSRF token on writes. Used by the relevance evaluation and the search benchmark.
 */
export class ApiSession {
  private readonly cookies = new Map<string, string>();
  private csrf = '';

  private constructor(readonly base: string) {}

  /** Signs `email` in (the CSRF token comes from GET /auth/session, then the one sign-in hands back). */
  static async signIn(base: string, email: string, password: string): Promise<ApiSession> {
    const session = new ApiSession(base);
    session.csrf = (await session.call<{ csrfToken: string }>('GET', '/api/v1/auth/session')).csrfToken;
    session.csrf = (await session.call<{ csrfToken: string }>('POST', '/api/v1/auth/signin', { email, password })).csrfToken;
    return session;
  }

  /** The Cookie header this session sends (for clients other than fetch, e.g. the load generator). */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** Calls the API; throws with the status and body when the answer is not 2xx. */
  async call<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        cookie: this.cookieHeader(),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const header of res.headers.getSetCookie()) {
      const pair = header.split(';')[0] ?? '';
      const eq = pair.indexOf('=');
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : null) as T;
  }
}
