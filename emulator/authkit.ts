import { AUTHKIT_ORGANIZATION_ID, AUTHKIT_ORGANIZATION_NAME, DEMO_ACCOUNT_LIST, findDemoAccount } from './authkit-accounts';
import { badRequestPage, loginPage, signedOutPage } from './authkit-page';
import { oauthError } from './authkit-store';
import { truncate } from './errors';
import { bearerToken, jsonObjectBody, openRouter, type App, type Ctx } from './http';
import type { EmulatorState } from './state';

/**
 * The AuthKit side of the emulator, as `@workos-inc/authkit-nextjs` 4.3.2 uses it (AUTHKIT.md §4):
 * the hosted sign-in page (browser), the code/refresh exchange (server), the JWKS and logout
 * (browser). None of these routes takes the API bearer key: the browser has none, and a PKCE
 * "public client" sends none either.
 */

const AUTHORIZE = '/user_management/authorize';
const CHOOSE = '/user_management/authorize/choose';

interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  state: string;
  organizationId: string;
}

/** Absolute http(s) URL without a fragment: the only kind of place we send a browser to. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hash === '' && !value.includes('#');
  } catch {
    return false;
  }
}

/** Validates the authorize parameters; returns every problem at once so the 400 page is useful. */
function parseAuthorize(params: URLSearchParams): AuthorizeRequest | string[] {
  const get = (name: string) => params.get(name) ?? '';
  const show = (value: string) => JSON.stringify(truncate(value));
  const problems: string[] = [];
  const request: AuthorizeRequest = {
    clientId: get('client_id'),
    redirectUri: get('redirect_uri'),
    codeChallenge: get('code_challenge'),
    state: get('state'),
    organizationId: get('organization_id') || AUTHKIT_ORGANIZATION_ID,
  };
  if (!request.clientId) problems.push('client_id is missing.');
  if (!request.redirectUri) problems.push('redirect_uri is missing.');
  else if (!isHttpUrl(request.redirectUri)) problems.push(`redirect_uri must be an absolute http(s) URL without a #fragment (got ${show(request.redirectUri)}).`);
  if (get('response_type') !== 'code') problems.push(`response_type must be "code" (got ${show(get('response_type'))}).`);
  if (params.has('provider') && get('provider') !== 'authkit') problems.push(`Only provider "authkit" is emulated (got ${show(get('provider'))}).`);
  if (!request.codeChallenge) problems.push('code_challenge is missing: the emulator requires PKCE.');
  else if (!/^[A-Za-z0-9_-]{43}$/.test(request.codeChallenge)) problems.push('code_challenge must be a base64url SHA-256 digest (43 characters).');
  if (get('code_challenge_method') !== 'S256') problems.push(`code_challenge_method must be "S256" (got ${show(get('code_challenge_method'))}).`);
  if (!request.state) problems.push('state is missing.');
  if (request.organizationId !== AUTHKIT_ORGANIZATION_ID) {
    problems.push(`The demo accounts are members of organization ${AUTHKIT_ORGANIZATION_ID} (${AUTHKIT_ORGANIZATION_NAME}) only, not ${show(request.organizationId)}.`);
  }
  return problems.length > 0 ? problems : request;
}

/**
 * `redirect_uri?code=…&state=…`, keeping any query the redirect URI already has. encodeURIComponent
 * leaves `*` and `~` alone, and the callback decodes to exactly the state that was sent.
 */
function callbackUrl(redirectUri: string, code: string, state: string): string {
  const url = new URL(redirectUri);
  url.search = `${url.search ? `${url.search}&` : '?'}code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`;
  return url.href;
}

/** 302, never 307: the callback is a GET route (AUTHKIT.md §4.1), and browsers turn a 302 after POST into GET. */
const redirect = (location: string): Response => new Response(null, { status: 302, headers: { Location: location, 'Cache-Control': 'no-store' } });

/** OAuth token endpoints take form bodies; the WorkOS SDK sends JSON. Accept both. */
async function tokenRequestBody(c: Ctx): Promise<Record<string, unknown>> {
  if ((c.req.header('content-type') ?? '').includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(await c.req.text()));
  }
  const body = await jsonObjectBody(c);
  if (!body) throw oauthError('invalid_request', 'The request body must be a JSON object.');
  return body;
}

/**
 * Confidential clients send the API key as `client_secret` (and as a bearer); public PKCE clients
 * send neither. Both are fine, but a credential that is present must be the emulator's key, so a
 * misconfigured WORKOS_API_KEY shows up here rather than later.
 */
function checkClientCredentials(c: Ctx, body: Record<string, unknown>, apiKey: string): void {
  const secret = typeof body.client_secret === 'string' ? body.client_secret : undefined;
  for (const credential of [secret, bearerToken(c)]) {
    if (credential !== undefined && credential !== apiKey) throw oauthError('invalid_client', 'The client_secret / API key is not valid for this emulator.', 401);
  }
}

export function authkitRoutes(app: App, state: EmulatorState): void {
  const route = openRouter(app, state);
  const store = () => state.authkit;

  route('GET', AUTHORIZE, (_c, query) => {
    const request = parseAuthorize(query);
    if (Array.isArray(request)) return badRequestPage(request);
    return loginPage({
      accounts: DEMO_ACCOUNT_LIST, params: query, action: CHOOSE, redirectUri: request.redirectUri,
      loginHint: query.get('login_hint'), signUp: query.get('screen_hint') === 'sign-up',
    });
  });

  // The sign-in page's forms post here with the original authorize parameters plus `account`.
  route('POST', CHOOSE, async (c) => {
    const form = new URLSearchParams(await c.req.text());
    const request = parseAuthorize(form);
    const account = findDemoAccount(form.get('account') ?? '');
    if (Array.isArray(request) || !account) {
      const problems = Array.isArray(request) ? request : [];
      return badRequestPage(account ? problems : [...problems, 'account is not one of the demo accounts.']);
    }
    const code = store().issueCode({
      account, clientId: request.clientId, redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge, organizationId: request.organizationId,
    });
    return redirect(callbackUrl(request.redirectUri, code, request.state));
  });

  route('POST', '/user_management/authenticate', async (c) => {
    const body = await tokenRequestBody(c);
    checkClientCredentials(c, body, state.config.apiKey);
    const str = (name: string) => (typeof body[name] === 'string' && body[name] !== '' ? body[name] : undefined);
    const required = (name: string): string => {
      const value = str(name);
      if (value === undefined) throw oauthError('invalid_request', `${name} is required.`);
      return value;
    };
    const issuer = new URL(c.req.url).origin;
    const grantType = required('grant_type');
    if (grantType === 'authorization_code') {
      return store().exchangeCode({ clientId: required('client_id'), code: required('code'), codeVerifier: str('code_verifier') }, issuer);
    }
    if (grantType === 'refresh_token') {
      return store().refresh({ clientId: required('client_id'), refreshToken: required('refresh_token'), organizationId: str('organization_id') }, issuer);
    }
    throw oauthError('unsupported_grant_type', `grant_type ${JSON.stringify(truncate(grantType))} is not emulated (only authorization_code and refresh_token).`);
  });

  // Any client id gets the same key set: the emulator accepts any client id at authorize too.
  route('GET', '/sso/jwks/:clientId', () => store().key.jwks());

  route('GET', '/user_management/sessions/logout', (_c, query) => {
    const sessionId = query.get('session_id') ?? '';
    const returnTo = query.get('return_to');
    const problems = [
      ...(sessionId ? [] : ['session_id is missing.']),
      ...(returnTo === null || isHttpUrl(returnTo) ? [] : ['return_to must be an absolute http(s) URL.']),
    ];
    if (problems.length > 0) return badRequestPage(problems);
    // An unknown session is treated as already ended rather than answered with the spec's 422:
    // sessions live in memory, and a dashboard cookie routinely outlives an emulator restart.
    store().revokeSession(sessionId);
    const target = returnTo ?? state.config.signOutRedirectUrl;
    return target ? redirect(target) : signedOutPage();
  });
}
