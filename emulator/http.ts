import type { HttpBindings } from '@hono/node-server';
import type { Context, Hono } from 'hono';
import { ApiError, unauthorized } from './errors';
import type { Fault } from './faults';
import type { EmulatorState } from './state';

export type AppEnv = { Bindings: HttpBindings; Variables: { requestId: string } };
export type App = Hono<AppEnv>;
export type Ctx = Context<AppEnv>;

/** Route handlers return a JSON body (sent as 200) or a full Response. */
export type ApiHandler = (c: Ctx, query: URLSearchParams) => unknown;
export type ApiRoute = (method: 'GET' | 'DELETE', pattern: string, handler: ApiHandler) => void;

export const JSON_TYPE = 'application/json; charset=UTF-8';

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': JSON_TYPE, ...headers } });
}

/** Never-settling promise: the request hangs until the client gives up or the server closes. */
const hang = (): Promise<Response> => new Promise<Response>(() => {});

function applyFault(c: Ctx, fault: Fault): Response | Promise<Response> {
  if (fault.mode === 'timeout') return hang();
  if (fault.mode === 'close') {
    c.env.incoming.socket.destroy();
    return hang();
  }
  const status = fault.status ?? 500;
  const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
  const body = fault.body !== undefined ? fault.body : { message: `Injected fault (HTTP ${status}).`, code: 'injected_fault' };
  return jsonResponse(body, status, headers);
}

/** The `Authorization: Bearer` credential, if any. */
export function bearerToken(c: Ctx): string | undefined {
  return /^Bearer\s+(.+)$/i.exec((c.req.header('authorization') ?? '').trim())?.[1];
}

function checkAuth(c: Ctx, apiKey: string): void {
  if (bearerToken(c) !== apiKey) throw unauthorized();
}

/**
 * Registers a public API route. Every API request goes through the same steps, in this order:
 * stats (by method + route pattern), injected latency, injected faults, bearer auth, handler.
 * Query strings are parsed with URLSearchParams, which never throws on bad percent-encoding.
 */
export function apiRouter(app: App, state: EmulatorState): ApiRoute {
  return (method, pattern, handler) => register(app, state, method, pattern, handler, true);
}

export type OpenRoute = (method: 'GET' | 'POST', pattern: string, handler: ApiHandler) => void;

/**
 * Routes without bearer auth (AuthKit: browser pages, PKCE clients without an API key, JWKS), with
 * the same stats, latency and faults as the API, so tests can make a token refresh fail too.
 */
export function openRouter(app: App, state: EmulatorState): OpenRoute {
  return (method, pattern, handler) => register(app, state, method, pattern, handler, false);
}

function register(app: App, state: EmulatorState, method: string, pattern: string, handler: ApiHandler, auth: boolean): void {
  app.on(method, pattern, async (c) => {
    state.countRequest(`${method} ${pattern}`);
    if (state.latencyMs > 0) await new Promise((r) => setTimeout(r, state.latencyMs));
    const url = new URL(c.req.url);
    const fault = state.faults.take(method, url.pathname);
    if (fault) return applyFault(c, fault);
    if (auth) checkAuth(c, state.config.apiKey);
    const result = await handler(c, url.searchParams);
    return result instanceof Response ? result : jsonResponse(result);
  });
}

export function errorResponse(err: unknown): Response {
  if (err instanceof ApiError) return jsonResponse(err.body(), err.status, err.headers);
  // Anything else is our bug, not the client's; still answer JSON so the SDK can parse it.
  console.error('[emulator] unexpected error:', err);
  return jsonResponse({ message: 'Internal emulator error.', code: 'internal_error' }, 500);
}

/** The request body as a JSON object: `{}` when empty, undefined when it is anything but a JSON object. */
export async function jsonObjectBody(c: Ctx): Promise<Record<string, unknown> | undefined> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch { /* not JSON */ }
  return undefined;
}

/** Path parameter, already percent-decoded by Hono (raw text if the encoding was malformed). */
export function param(c: Ctx, name: string): string {
  return c.req.param(name) ?? '';
}
