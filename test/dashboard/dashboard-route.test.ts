import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardRoute } from '../../gateway/src/dashboard';

/** The gateway's dashboard route alone, on a plain HTTP server, over a folder the test builds. */
async function serve(distDir: string): Promise<{ url: string; server: Server }> {
  const route = dashboardRoute(distDir);
  const server = createServer(async (request, response) => {
    if (!(await route(request, response))) {
      response.statusCode = 418; // not the dashboard's: the gateway would go on to GraphQL
      response.end('not mine');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

describe('the gateway’s /dashboard route', () => {
  let built: { url: string; server: Server };
  let unbuilt: { url: string; server: Server };
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'dashboard-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dist, 'assets', 'index-abc123.css'), 'body{}');
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(tmpdir(), 'outside-the-dashboard.txt'), 'secret');
    built = await serve(dist);
    unbuilt = await serve(mkdtempSync(join(tmpdir(), 'dashboard-missing-')));
  });
  afterAll(() => {
    built?.server.close();
    unbuilt?.server.close();
  });

  it('serves files with their content types, the app for client routes, and a strict CSP on every answer', async () => {
    const cases: [string, number, RegExp][] = [
      ['/dashboard', 200, /^text\/html; charset=utf-8$/],
      ['/dashboard/', 200, /^text\/html/],
      ['/dashboard/board?meeting=CWG-INTERNET-17', 200, /^text\/html/],
      ['/dashboard/assets/index-abc123.js', 200, /^text\/javascript/],
      ['/dashboard/assets/index-abc123.css', 200, /^text\/css/],
      ['/dashboard/favicon.svg', 200, /^image\/svg\+xml$/],
    ];
    for (const [path, status, type] of cases) {
      const response = await fetch(built.url + path);
      expect(response.status, path).toBe(status);
      expect(response.headers.get('content-type'), path).toMatch(type);
      expect(response.headers.get('content-security-policy'), path).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect((await fetch(`${built.url}/dashboard/assets/index-abc123.js`)).headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(`${built.url}/dashboard/board`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for a missing file or one outside the dashboard, 405 for a write, and leaves other paths alone', async () => {
    const missing = await fetch(`${built.url}/dashboard/assets/missing.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^text\/plain/);
    for (const path of ['/dashboard/..%2F..%2Foutside-the-dashboard.txt', '/dashboard/%2e%2e/%2e%2e/outside-the-dashboard.txt']) {
      const response = await fetch(built.url + path);
      expect(response.status, path).not.toBe(200);
      expect(await response.text()).not.toContain('secret');
    }
    const post = await fetch(`${built.url}/dashboard`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect((await fetch(`${built.url}/dashboardx`)).status).toBe(418);
    expect((await fetch(`${built.url}/graphql`)).status).toBe(418);
  });

  it('says how to build the dashboard when dashboard/dist is missing', async () => {
    const response = await fetch(`${unbuilt.url}/dashboard/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/dashboard is not built.*npm run build/);
  });
});
