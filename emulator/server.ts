import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { authkitRoutes, isHttpUrl } from './authkit';
import { controlRoutes, EmulatorControl } from './control';
import { apiRouter, errorResponse, jsonResponse, JSON_TYPE, type AppEnv } from './http';
import { directoryRoutes } from './routes/directories';
import { eventRoutes } from './routes/events';
import { groupRoutes } from './routes/groups';
import { userRoutes } from './routes/users';
import { DEFAULT_LARGE_DIRECTORY_USERS } from './seed';
import { EmulatorState } from './state';

export const DEFAULT_EMULATOR_API_KEY = 'sk_test_emulator';
export const DEFAULT_EMULATOR_PORT = 4100;
export const DEFAULT_DELETE_DELAY_MS = 500;

export interface EmulatorOptions {
  /** 0 = random free port. Default 4100. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  apiKey?: string;
  largeDirectoryUsers?: number;
  seedFile?: string;
  rateLimit?: boolean;
  deleteDelayMs?: number;
  /** No per-request log lines. */
  quiet?: boolean;
  /** AuthKit access-token lifetime in seconds (default 3600; keep ≥ 60 in browser tests, AUTHKIT.md §5). */
  accessTokenTtlSeconds?: number;
  /** AuthKit logout target when the app passes no `return_to` (default: a "signed out" page). */
  signOutRedirectUrl?: string;
}

export interface EmulatorHandle extends EmulatorControl {
  url: string;
  port: number;
  apiKey: string;
  close(): Promise<void>;
}

/** Builds the Hono app (no network). */
export function createApp(state: EmulatorState, control: EmulatorControl, log?: (line: string) => void) {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    const started = Date.now();
    const requestId = `req_${randomUUID()}`;
    c.set('requestId', requestId);
    await next();
    c.res.headers.set('X-Request-ID', requestId);
    log?.(`${c.req.method} ${c.req.path.slice(0, 200)} ${c.res.status} ${Date.now() - started}ms`);
  });
  app.get('/health', () => jsonResponse({ status: 'ok' }));
  controlRoutes(app, control);
  authkitRoutes(app, state);
  const route = apiRouter(app, state);
  directoryRoutes(route, state);
  userRoutes(route, state);
  groupRoutes(route, state);
  eventRoutes(route, state);
  app.notFound((c) => {
    state.countRequest('unmatched');
    return jsonResponse({ message: `The requested path '${c.req.path.slice(0, 200)}' could not be found.`, code: 'not_found' }, 404);
  });
  app.onError((err) => errorResponse(err));
  return app;
}

/**
 * Node's HTTP parser rejects some requests (oversized headers/URL, malformed request lines) before
 * the app sees them; answer those with JSON too instead of Node's bare-text default.
 */
function installClientErrorHandler(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const body = JSON.stringify({ message: status === 431 ? 'Request header fields too large.' : 'Bad request.', code: 'bad_request' });
    socket.end(`HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      `Content-Type: ${JSON_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Request-ID: req_${randomUUID()}\r\nConnection: close\r\n\r\n${body}`);
  });
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  const host = options.host ?? '127.0.0.1';
  const apiKey = options.apiKey ?? DEFAULT_EMULATOR_API_KEY;
  if (options.signOutRedirectUrl !== undefined && !isHttpUrl(options.signOutRedirectUrl)) {
    throw new Error(`signOutRedirectUrl must be an absolute http(s) URL, got '${options.signOutRedirectUrl}'`);
  }
  const state = new EmulatorState({
    apiKey,
    rateLimit: options.rateLimit ?? false,
    deleteDelayMs: options.deleteDelayMs ?? DEFAULT_DELETE_DELAY_MS,
    largeDirectoryUsers: options.largeDirectoryUsers ?? DEFAULT_LARGE_DIRECTORY_USERS,
    ...(options.seedFile !== undefined && { seedFile: options.seedFile }),
    ...(options.accessTokenTtlSeconds !== undefined && { accessTokenTtlSeconds: options.accessTokenTtlSeconds }),
    ...(options.signOutRedirectUrl !== undefined && { signOutRedirectUrl: options.signOutRedirectUrl }),
  });
  const control = new EmulatorControl(state);
  const app = createApp(state, control, options.quiet ? undefined : (line) => console.log(`[emulator] ${line}`));

  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? DEFAULT_EMULATOR_PORT, hostname: host }, () => resolve(s as Server)) as Server;
    s.once('error', reject);
  });
  installClientErrorHandler(server);
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= new Promise<void>((resolve) => {
      state.cancelDeletions();
      server.close(() => resolve());
      // Hanging requests (fault mode "timeout") and keep-alive sockets would block close().
      server.closeAllConnections();
    });
    return closed;
  };

  // The handle is the control object plus connection details (methods stay bound to `control`).
  const handle = Object.assign(Object.create(control) as EmulatorControl, {
    url: `http://${urlHost}:${port}`,
    port,
    apiKey,
    close,
  });
  return handle as EmulatorHandle;
}

export { SEED_IDS } from './seed';
export { EmulatorControl } from './control';
export { AUTHKIT_ORGANIZATION_ID, DEFAULT_EMULATOR_CLIENT_ID, DEMO_ACCOUNTS } from './authkit-accounts';
export { DEFAULT_ACCESS_TOKEN_TTL_SECONDS } from './authkit-store';
