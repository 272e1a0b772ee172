/** AuthKit: sign-in page, PKCE code flow, RS256 tokens + JWKS, refresh rotation and grace, logout, the real SDK. */
import assert from 'node:assert/strict';
import { createHash, createPublicKey, randomBytes, verify, type JsonWebKey } from 'node:crypto';
import { after, before, beforeEach, describe, test } from 'node:test';
import { WorkOS } from '@workos-inc/node';
import { AUTHKIT_ORGANIZATION_ID, DEFAULT_EMULATOR_CLIENT_ID, DEMO_ACCOUNTS, type DemoAccount } from './authkit-accounts';
import { AuthKitStore, CODE_TTL_MS, REFRESH_REUSE_GRACE_MS } from './authkit-store';
import type { EmulatorHandle } from './server';
import { api, start, validateComponent } from './test-helpers';

const REDIRECT_URI = 'http://localhost:3000/callback';
/** Shaped like an iron-session seal: `*` and `~`, plus characters that need URL and HTML escaping. */
const STATE = `Fe26.2**${'a1B2'.repeat(60)}*~x+y/z=&"<tag>'~*`;

let emu: EmulatorHandle;
before(async () => { emu = await start({ largeDirectoryUsers: 0 }); });
after(async () => { await emu.close(); });
beforeEach(() => emu.reset());

function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function authorizeQuery(challenge: string, extra: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    client_id: DEFAULT_EMULATOR_CLIENT_ID, redirect_uri: REDIRECT_URI, response_type: 'code', provider: 'authkit',
    state: STATE, code_challenge: challenge, code_challenge_method: 'S256', screen_hint: 'sign-in', ...extra,
  });
}

/** What the page's form for `account` posts: every authorize parameter plus `account`. */
async function choose(query: URLSearchParams, account: string): Promise<Response> {
  const form = new URLSearchParams(query);
  form.set('account', account);
  return fetch(`${emu.url}/user_management/authorize/choose`, {
    method: 'POST', redirect: 'manual', body: form, headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
}

/** Browser part of the flow: returns the code from the redirect, after checking the state came back intact. */
async function signIn(account: DemoAccount, challenge: string, url = emu.url): Promise<string> {
  const query = authorizeQuery(challenge);
  const page = await fetch(`${url}/user_management/authorize?${query}`);
  assert.equal(page.status, 200);
  const res = await choose(query, account.id);
  assert.equal(res.status, 302);
  const location = new URL(res.headers.get('location') ?? '');
  assert.equal(`${location.origin}${location.pathname}`, REDIRECT_URI);
  assert.equal(location.searchParams.get('state'), STATE);
  return location.searchParams.get('code') ?? '';
}

const authenticate = (body: Record<string, unknown>, key: string | null = null) => api(emu, '/user_management/authenticate', {
  method: 'POST', key, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ client_id: DEFAULT_EMULATOR_CLIENT_ID, ...body }),
});

const exchange = (code: string, codeVerifier: string) => authenticate({ grant_type: 'authorization_code', code, code_verifier: codeVerifier });
const refresh = (refreshToken: string) => authenticate({ grant_type: 'refresh_token', refresh_token: refreshToken, organization_id: AUTHKIT_ORGANIZATION_ID });

/** Verifies an RS256 JWT against the emulator's JWKS with node:crypto alone; returns header and claims. */
async function verifyJwt(token: string): Promise<{ header: Record<string, unknown>; claims: Record<string, any> }> {
  const [h, p, s] = token.split('.') as [string, string, string];
  const header = JSON.parse(Buffer.from(h, 'base64url').toString());
  const jwks = await api(emu, `/sso/jwks/${DEFAULT_EMULATOR_CLIENT_ID}`, { key: null });
  const jwk = jwks.body.keys.find((k: { kid: string }) => k.kid === header.kid) as JsonWebKey | undefined;
  assert.ok(jwk, 'kid is in the JWKS');
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  assert.ok(verify('sha256', Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url')), 'signature verifies');
  return { header, claims: JSON.parse(Buffer.from(p, 'base64url').toString()) };
}

const invalidGrant = (res: { status: number; body: any }) => {
  assert.equal(res.status, 400);
  assert.equal(res.body.error, 'invalid_grant');
  assert.equal(typeof res.body.error_description, 'string');
};

describe('sign-in page', () => {
  test('lists both accounts, posts one form per account, carries the state, strict CSP', async () => {
    const res = await fetch(`${emu.url}/user_management/authorize?${authorizeQuery(pkce().challenge)}`);
    const html = await res.text();
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.match(html, /Sign in to the Directory Sync demo/);
    assert.match(html, /local WorkOS emulator/i);
    for (const a of Object.values(DEMO_ACCOUNTS)) {
      assert.ok(html.includes(`${a.first_name} ${a.last_name}`) && html.includes(a.email) && html.includes(`role: <strong>${a.role}</strong>`));
      assert.ok(html.includes(`name="account" value="${a.id}"`));
    }
    assert.equal(html.match(/<form method="post" action="\/user_management\/authorize\/choose">/g)?.length, 2);
    assert.ok(html.includes('value="Fe26.2**') && html.includes('&amp;&quot;&lt;tag&gt;&#39;~*"'), 'state is HTML-escaped');
    assert.doesNotMatch(html, /<script|https?:\/\/(?!localhost:3000)/);
  });

  test('bad authorize parameters → 400 page naming each problem', async () => {
    const res = await fetch(`${emu.url}/user_management/authorize?${new URLSearchParams({
      redirect_uri: 'javascript:alert(1)', response_type: 'token', code_challenge: 'short', code_challenge_method: 'plain',
    })}`);
    const html = await res.text();
    assert.equal(res.status, 400);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    for (const problem of ['client_id is missing', 'redirect_uri must be an absolute http(s) URL', 'response_type must be', 'code_challenge must be', 'code_challenge_method must be', 'state is missing']) {
      assert.ok(html.includes(problem), problem);
    }
    const chosen = await choose(authorizeQuery(pkce().challenge), 'user_nobody');
    assert.equal(chosen.status, 400);
    assert.match(await chosen.text(), /not one of the demo accounts/);
  });
});

describe('code flow', () => {
  for (const account of Object.values(DEMO_ACCOUNTS)) {
    test(`${account.role}: code → tokens; JWT verifies against the JWKS with the right claims`, async () => {
      const { verifier, challenge } = pkce();
      const res = await exchange(await signIn(account, challenge), verifier);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /application\/json/);
      assert.match(res.headers.get('x-request-id') ?? '', /^req_/);
      assert.deepEqual(validateComponent('UserlandAuthenticateResponse', res.body), []);
      assert.equal(res.body.user.id, account.id);
      assert.equal(res.body.user.email, account.email);
      assert.equal(res.body.organization_id, AUTHKIT_ORGANIZATION_ID);
      assert.equal(res.body.authentication_method, 'Password');
      const { header, claims } = await verifyJwt(res.body.access_token);
      assert.equal(header.alg, 'RS256');
      assert.equal(claims.iss, emu.url);
      assert.equal(claims.sub, account.id);
      assert.match(claims.sid, /^session_[0-9A-Z]{26}$/);
      assert.equal(claims.org_id, AUTHKIT_ORGANIZATION_ID);
      assert.equal(claims.role, account.role);
      assert.deepEqual(claims.roles, [account.role]);
      assert.deepEqual(claims.permissions, account.permissions);
      assert.deepEqual([claims.entitlements, claims.feature_flags], [[], []]);
      assert.equal(claims.exp - claims.iat, 3600);
      assert.ok(Math.abs(claims.auth_time - Date.now() / 1000) < 5 && typeof claims.jti === 'string');
    });
  }

  test('wrong verifier, reused code, other client, missing fields → OAuth errors', async () => {
    const { verifier, challenge } = pkce();
    const code = await signIn(DEMO_ACCOUNTS.admin, challenge);
    invalidGrant(await exchange(code, pkce().verifier));
    invalidGrant(await exchange(code, verifier)); // a failed attempt spends the code

    const second = pkce();
    const code2 = await signIn(DEMO_ACCOUNTS.viewer, second.challenge);
    assert.equal((await exchange(code2, second.verifier)).status, 200);
    invalidGrant(await exchange(code2, second.verifier));

    const third = pkce();
    invalidGrant(await authenticate({ grant_type: 'authorization_code', client_id: 'client_other', code: await signIn(DEMO_ACCOUNTS.admin, third.challenge), code_verifier: third.verifier }));
    const missing = await authenticate({ grant_type: 'authorization_code' });
    assert.deepEqual([missing.status, missing.body.error], [400, 'invalid_request']);
    const grant = await authenticate({ grant_type: 'password' });
    assert.deepEqual([grant.status, grant.body.error], [400, 'unsupported_grant_type']);
  });

  test('client credentials: none, or the API key as client_secret + bearer; a wrong one → 401 invalid_client', async () => {
    const one = pkce();
    const ok = await api(emu, '/user_management/authenticate', {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: DEFAULT_EMULATOR_CLIENT_ID, client_secret: emu.apiKey, code: await signIn(DEMO_ACCOUNTS.admin, one.challenge), code_verifier: one.verifier }),
    });
    assert.equal(ok.status, 200);
    const bad = await authenticate({ grant_type: 'refresh_token', refresh_token: ok.body.refresh_token, client_secret: 'sk_wrong' });
    assert.deepEqual([bad.status, bad.body.error], [401, 'invalid_client']);
    assert.equal((await authenticate({ grant_type: 'refresh_token', refresh_token: ok.body.refresh_token }, 'sk_wrong')).status, 401);
  });
});

describe('refresh and logout', () => {
  async function session() {
    const { verifier, challenge } = pkce();
    const res = await exchange(await signIn(DEMO_ACCOUNTS.viewer, challenge), verifier);
    return { tokens: res.body, sid: (await verifyJwt(res.body.access_token)).claims.sid as string };
  }

  test('rotation; reuse within the grace gives the same answer (parallel refresh race); logout revokes', async () => {
    const { tokens, sid } = await session();
    const results = await Promise.all([1, 2, 3, 4].map(() => refresh(tokens.refresh_token)));
    for (const r of results) assert.equal(r.status, 200);
    assert.notEqual(results[0]?.body.refresh_token, tokens.refresh_token);
    for (const r of results) assert.deepEqual(r.body, results[0]?.body);
    const { claims } = await verifyJwt(results[0]?.body.access_token);
    assert.equal(claims.sid, sid);
    assert.equal(claims.sub, DEMO_ACCOUNTS.viewer.id);

    const next = await refresh(results[0]?.body.refresh_token);
    assert.equal(next.status, 200);
    const other = await authenticate({ grant_type: 'refresh_token', refresh_token: next.body.refresh_token, organization_id: 'org_other' });
    invalidGrant(other);

    const logout = await fetch(`${emu.url}/user_management/sessions/logout?${new URLSearchParams({ session_id: sid, return_to: 'http://localhost:3000/?signed-out=1' })}`, { redirect: 'manual' });
    assert.equal(logout.status, 302);
    assert.equal(logout.headers.get('location'), 'http://localhost:3000/?signed-out=1');
    invalidGrant(await refresh(next.body.refresh_token));
    invalidGrant(await refresh(tokens.refresh_token));
  });

  test('logout without return_to → signed-out page; bad return_to → 400; unknown session still signs out', async () => {
    const plain = await fetch(`${emu.url}/user_management/sessions/logout?session_id=session_unknown`, { redirect: 'manual' });
    assert.equal(plain.status, 200);
    assert.match(await plain.text(), /You are signed out/);
    const bad = await fetch(`${emu.url}/user_management/sessions/logout?session_id=s&return_to=javascript:alert(1)`, { redirect: 'manual' });
    assert.equal(bad.status, 400);
    assert.equal((await fetch(`${emu.url}/user_management/sessions/logout`, { redirect: 'manual' })).status, 400);
  });

  test('token TTL control, and reset ends every session', async () => {
    assert.equal((await api(emu, '/_emulator/authkit/token-ttl', { method: 'POST', key: null, body: JSON.stringify({ seconds: 60 }) })).status, 200);
    assert.equal((await api(emu, '/_emulator/authkit/token-ttl', { method: 'POST', key: null, body: JSON.stringify({ seconds: 0 }) })).status, 400);
    const { tokens } = await session();
    const { claims } = await verifyJwt(tokens.access_token);
    assert.equal(claims.exp - claims.iat, 60);
    const info = await api(emu, '/_emulator/authkit', { key: null });
    assert.deepEqual([info.body.client_id, info.body.organization_id, info.body.access_token_ttl_seconds], [DEFAULT_EMULATOR_CLIENT_ID, AUTHKIT_ORGANIZATION_ID, 60]);
    emu.reset();
    invalidGrant(await refresh(tokens.refresh_token));
    assert.equal((await api(emu, '/_emulator/authkit', { key: null })).body.access_token_ttl_seconds, 3600);
  });
});

describe('expiry (store with a fake clock)', () => {
  const grant = (challenge: string) => ({
    account: DEMO_ACCOUNTS.admin, clientId: 'client_x', redirectUri: REDIRECT_URI, codeChallenge: challenge, organizationId: AUTHKIT_ORGANIZATION_ID,
  });

  test('codes expire after 10 min; a reused refresh token fails after the grace; TTL option', () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const store = new AuthKitStore({ now: () => now, accessTokenTtlSeconds: 120 });
    const { verifier, challenge } = pkce();
    const stale = store.issueCode(grant(challenge));
    now += CODE_TTL_MS;
    assert.throws(() => store.exchangeCode({ clientId: 'client_x', code: stale, codeVerifier: verifier }, 'http://e'), /expired/);

    const first = store.exchangeCode({ clientId: 'client_x', code: store.issueCode(grant(challenge)), codeVerifier: verifier }, 'http://e');
    const rotated = store.refresh({ clientId: 'client_x', refreshToken: first.refresh_token, organizationId: undefined }, 'http://e');
    now += REFRESH_REUSE_GRACE_MS;
    assert.deepEqual(store.refresh({ clientId: 'client_x', refreshToken: first.refresh_token, organizationId: undefined }, 'http://e'), rotated);
    now += 1;
    assert.throws(() => store.refresh({ clientId: 'client_x', refreshToken: first.refresh_token, organizationId: undefined }, 'http://e'), /already been used/);
    const claims = JSON.parse(Buffer.from(rotated.access_token.split('.')[1] ?? '', 'base64url').toString());
    assert.equal(claims.exp - claims.iat, 120);
  });
});

describe('JWKS and the real SDK', () => {
  test('demo ids are the documented ones (deterministic, like the seed)', () => {
    assert.equal(AUTHKIT_ORGANIZATION_ID, 'org_01JGK3WEM0CY5FXAN3R7D1DCZZ');
    assert.deepEqual(Object.values(DEMO_ACCOUNTS).map((a) => [a.id, a.email, a.role]), [
      ['user_01JGK5KCE0CX9DC7KRB46RQMTH', 'admin@example.com', 'admin'],
      ['user_01JGK5KCE0SFGF2GM1AAS7R6XV', 'viewer@example.com', 'member'],
    ]);
  });

  test('JWKS is JSON and the same key on every start', async () => {
    const first = await api(emu, '/sso/jwks/client_anything', { key: null });
    assert.equal(first.status, 200);
    assert.match(first.headers.get('content-type') ?? '', /application\/json/);
    assert.deepEqual(Object.keys(first.body.keys[0]).sort(), ['alg', 'e', 'kid', 'kty', 'n', 'use']);
    assert.deepEqual([first.body.keys[0].kty, first.body.keys[0].alg, first.body.keys[0].use], ['RSA', 'RS256', 'sig']);
    const other = await start({ largeDirectoryUsers: 0 });
    try {
      assert.deepEqual((await api(other, `/sso/jwks/${DEFAULT_EMULATOR_CLIENT_ID}`, { key: null })).body, first.body);
    } finally {
      await other.close();
    }
  });

  test('SDK 12: authorization URL, authenticateWithCode (sealed session), cookie verification via JWKS, refresh, logout URL', async () => {
    const workos = new WorkOS(emu.apiKey, { apiHostname: '127.0.0.1', port: emu.port, https: false, clientId: DEFAULT_EMULATOR_CLIENT_ID, maxRetries: 0 });
    const { codeVerifier, codeChallenge } = await workos.pkce.generate();
    const url = new URL(workos.userManagement.getAuthorizationUrl({ provider: 'authkit', redirectUri: REDIRECT_URI, codeChallenge, codeChallengeMethod: 'S256', state: STATE, screenHint: 'sign-in' }));
    const page = await fetch(url);
    assert.equal(page.status, 200);
    const res = await choose(url.searchParams, DEMO_ACCOUNTS.admin.id);
    const code = new URL(res.headers.get('location') ?? '').searchParams.get('code') ?? '';

    const cookiePassword = 'x'.repeat(32);
    const auth = await workos.userManagement.authenticateWithCode({ code, codeVerifier, session: { sealSession: true, cookiePassword } });
    assert.equal(auth.user.id, DEMO_ACCOUNTS.admin.id);
    assert.equal(auth.organizationId, AUTHKIT_ORGANIZATION_ID);
    const cookie = await workos.userManagement.authenticateWithSessionCookie({ sessionData: auth.sealedSession ?? '', cookiePassword });
    assert.ok(cookie.authenticated, 'the SDK verified the token against the JWKS');
    assert.equal(cookie.role, 'admin');
    assert.deepEqual(cookie.permissions, ['directories:delete']);

    // Public (PKCE) client: no API key, so neither client_secret nor bearer is sent.
    const publicClient = new WorkOS({ apiHostname: '127.0.0.1', port: emu.port, https: false, clientId: DEFAULT_EMULATOR_CLIENT_ID, maxRetries: 0 });
    const refreshed = await publicClient.userManagement.authenticateWithRefreshToken({ refreshToken: auth.refreshToken, organizationId: AUTHKIT_ORGANIZATION_ID });
    assert.notEqual(refreshed.refreshToken, auth.refreshToken);
    assert.equal(refreshed.user.email, DEMO_ACCOUNTS.admin.email);

    const logoutUrl = workos.userManagement.getLogoutUrl({ sessionId: cookie.sessionId, returnTo: 'http://localhost:3000/' });
    assert.equal((await fetch(logoutUrl, { redirect: 'manual' })).status, 302);
    await assert.rejects(workos.userManagement.authenticateWithRefreshToken({ refreshToken: refreshed.refreshToken }), (err: any) => err.constructor.name === 'OauthException' && err.status === 400 && err.error === 'invalid_grant');
  });
});
