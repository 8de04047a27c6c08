import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import type { Route } from '@mandate-graph/http-kit';

/** Where `turbo run build` puts the dashboard; the same from gateway/src (tests) and gateway/dist. */
export const DASHBOARD_DIST = resolve(__dirname, '../../dashboard/dist');

/** The dashboard lives under this path; every other path stays with GraphQL and /health. */
export const DASHBOARD_PATH = '/dashboard';

/**
 * Self only: the dashboard's scripts, styles, images and fonts come from the gateway, it talks to /graphql
 * on the same origin, runs no inline script or style, and no other site may frame it.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader('content-security-policy', DASHBOARD_CSP);
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'no-referrer');
  response.setHeader('x-frame-options', 'DENY');
  response.setHeader('cross-origin-opener-policy', 'same-origin');
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  setSecurityHeaders(response);
  response.setHeader('content-type', 'text/plain; charset=utf-8');
  response.setHeader('cache-control', 'no-store');
  response.end(text);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * GET /dashboard and /dashboard/*: the built files of dashboard/dist, and index.html for any other path
 * without a file extension (the dashboard's own routes, such as /dashboard/search?q=…). Hashed assets are
 * cached for good; index.html is revalidated on every load. When the dashboard is not built, a 404 says
 * how to build it, and the gateway serves GraphQL as usual.
 */
export function dashboardRoute(distDir: string = DASHBOARD_DIST): Route {
  const root = resolve(distDir);
  return async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname !== DASHBOARD_PATH && !pathname.startsWith(`${DASHBOARD_PATH}/`)) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD');
      sendText(response, 405, `${request.method} is not allowed here: the dashboard is read with GET.`);
      return true;
    }
    const index = resolve(root, 'index.html');
    if (!(await isFile(index))) {
      sendText(response, 404, 'The dashboard is not built. Run `npm run build` (or `npx turbo run build`) at the repository root, then reload this page.');
      return true;
    }

    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(DASHBOARD_PATH.length));
    } catch {
      sendText(response, 400, 'The path is not valid percent-encoding.');
      return true;
    }
    const requested = resolve(root, `.${relative.startsWith('/') ? '' : '/'}${relative}`);
    const inside = requested === root || requested.startsWith(root + sep);
    const wantsFile = extname(relative) !== '';
    let file = index;
    if (wantsFile) {
      // A missing script or stylesheet is a 404, never index.html served as JavaScript.
      if (relative.includes('\0') || !inside || !(await isFile(requested))) {
        sendText(response, 404, `No such file in the dashboard: ${pathname}`);
        return true;
      }
      file = requested;
    }

    const body = await readFile(file);
    response.statusCode = 200;
    setSecurityHeaders(response);
    response.setHeader('content-type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    response.setHeader('content-length', body.length);
    response.setHeader('cache-control', file.startsWith(resolve(root, 'assets') + sep) ? 'public, max-age=31536000, immutable' : 'no-cache');
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  };
}
