import http from 'node:http';
import { startServerProcess } from '../support/serverProcess';

describe('server start-up', () => {
  it('refuses to start with a bad variable and names it', async () => {
    const server = await startServerProcess({ MONGODB_URI: 'localhost:27017', PORT: '70000' }, false);
    const code = await server.exited;
    expect(code).toBe(78);
    expect(server.output()).toMatch(/MONGODB_URI must be a MongoDB connection string/);
    expect(server.output()).toMatch(/PORT /);
  });

  it('says which variable is missing', async () => {
    const server = await startServerProcess({ ELASTICSEARCH_URL: '' }, false);
    expect(await server.exited).toBe(78);
    expect(server.output()).toMatch(/ELASTICSEARCH_URL is required/);
  });
});

describe('server shutdown on SIGTERM', () => {
  it('finishes a request already in flight, then exits cleanly', async () => {
    const server = await startServerProcess();
    const { port } = new URL(server.url);
    const body = JSON.stringify({ note: 'x'.repeat(2000) });
    // Send half of a request body, signal the server, then send the rest: the response must still arrive.
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, method: 'POST', path: '/slow-upload', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 1000));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(1000)), 500);
      }, 300);
    });
    const res = await response;
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body).error.code).toBe('route_not_found');
    expect(await server.stop()).toBe(0);
    expect(server.output()).toMatch(/shutdown complete/);
    // Once stopped, it no longer accepts connections.
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
