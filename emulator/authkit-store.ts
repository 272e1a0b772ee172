import { createHash, randomBytes, randomInt } from 'node:crypto';
import { userWire, type DemoAccount } from './authkit-accounts';
import { demoSigningKey, type SigningKey } from './authkit-keys';
import { ApiError } from './errors';
import { Rng, ulid } from './ids';

/**
 * AuthKit sessions: authorization codes, sessions and refresh tokens, all in memory. Pure logic
 * with an injectable clock, so expiry and the refresh grace can be tested without sleeping.
 */

export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 3600;
export const CODE_TTL_MS = 10 * 60_000;
/**
 * A rotated refresh token still answers, with the same result, for this long. The AuthKit proxy
 * refreshes from several parallel requests at once; with strictly single-use tokens the losers get
 * invalid_grant and their cookie deletions sign the user out (AUTHKIT.md §5 "refresh race").
 */
export const REFRESH_REUSE_GRACE_MS = 5_000;

/** The OAuth error shape the spec gives `/user_management/authenticate`. */
export const oauthError = (error: string, description: string, status = 400): ApiError =>
  new ApiError(status, description, error, {}, {}, { error, error_description: description });

const invalidGrant = (description: string): ApiError => oauthError('invalid_grant', description);

export interface CodeGrant {
  account: DemoAccount;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  organizationId: string;
}

interface PendingCode extends CodeGrant { expiresAt: number }

interface Session {
  id: string;
  account: DemoAccount;
  clientId: string;
  organizationId: string;
  authTimeMs: number;
  revoked: boolean;
}

interface RefreshRecord {
  sessionId: string;
  /** When the token was first exchanged, and what that exchange returned (for the reuse grace). */
  used?: { at: number; result: AuthResult };
}

export interface AuthResult {
  user: Record<string, unknown>;
  organization_id: string;
  access_token: string;
  refresh_token: string;
  authentication_method: 'Password';
}

export interface AuthKitStoreOptions {
  accessTokenTtlSeconds?: number;
  now?: () => number;
  key?: SigningKey;
}

const opaqueToken = (): string => randomBytes(24).toString('base64url');
/** Runtime ids (sessions, jti) only need to be unique, not reproducible, so a fresh PRNG seed each time. */
const randomUlid = (timeMs: number): string => ulid(timeMs, new Rng(randomInt(2 ** 32 - 1)));
const s256 = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

export class AuthKitStore {
  accessTokenTtlSeconds: number;
  readonly key: SigningKey;
  private readonly now: () => number;
  private readonly codes = new Map<string, PendingCode>();
  private readonly sessions = new Map<string, Session>();
  private readonly refreshTokens = new Map<string, RefreshRecord>();

  constructor(private readonly options: AuthKitStoreOptions = {}) {
    this.accessTokenTtlSeconds = options.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS;
    this.key = options.key ?? demoSigningKey();
    this.now = options.now ?? Date.now;
  }

  /** Forgets codes and sessions (so every refresh token fails) and restores the configured TTL. Keys and accounts stay. */
  reset(): void {
    this.codes.clear();
    this.sessions.clear();
    this.refreshTokens.clear();
    this.accessTokenTtlSeconds = this.options.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS;
  }

  issueCode(grant: CodeGrant): string {
    this.sweep();
    const code = opaqueToken();
    this.codes.set(code, { ...grant, expiresAt: this.now() + CODE_TTL_MS });
    return code;
  }

  /** `grant_type=authorization_code`. The code is spent by any attempt, even a failed one. */
  exchangeCode(input: { clientId: string; code: string; codeVerifier: string | undefined }, issuer: string): AuthResult {
    const pending = this.codes.get(input.code);
    this.codes.delete(input.code);
    if (!pending) throw invalidGrant('The authorization code is invalid or has already been used.');
    if (pending.expiresAt <= this.now()) throw invalidGrant('The authorization code has expired.');
    if (pending.clientId !== input.clientId) throw invalidGrant('The authorization code was issued to another client.');
    if (!input.codeVerifier) throw invalidGrant('code_verifier is required: the code was issued with a PKCE code_challenge.');
    if (s256(input.codeVerifier) !== pending.codeChallenge) throw invalidGrant('The code_verifier does not match the code_challenge (S256).');

    const session: Session = {
      id: `session_${randomUlid(this.now())}`,
      account: pending.account,
      clientId: pending.clientId,
      organizationId: pending.organizationId,
      authTimeMs: this.now(),
      revoked: false,
    };
    this.sessions.set(session.id, session);
    return this.issueTokens(session, issuer);
  }

  /** `grant_type=refresh_token`: rotates the token; a reused token within the grace gets the same answer. */
  refresh(input: { clientId: string; refreshToken: string; organizationId: string | undefined }, issuer: string): AuthResult {
    const record = this.refreshTokens.get(input.refreshToken);
    const session = record && this.sessions.get(record.sessionId);
    if (!record || !session) throw invalidGrant('The refresh token is invalid.');
    if (session.revoked) throw invalidGrant('The session has ended (signed out).');
    if (session.clientId !== input.clientId) throw invalidGrant('The refresh token was issued to another client.');
    if (input.organizationId !== undefined && input.organizationId !== session.organizationId) {
      throw invalidGrant(`The user is not a member of organization '${input.organizationId.slice(0, 100)}'.`);
    }
    if (record.used) {
      if (this.now() - record.used.at <= REFRESH_REUSE_GRACE_MS) return record.used.result;
      throw invalidGrant('The refresh token has already been used.');
    }
    const result = this.issueTokens(session, issuer);
    record.used = { at: this.now(), result };
    return result;
  }

  /** Ends a session; its refresh tokens then fail. False if the session is unknown. */
  revokeSession(sessionId: string): boolean {
    const session = this.sessions.get(sessionId);
    if (!session) return false;
    session.revoked = true;
    return true;
  }

  private issueTokens(session: Session, issuer: string): AuthResult {
    const refreshToken = opaqueToken();
    this.refreshTokens.set(refreshToken, { sessionId: session.id });
    const { account } = session;
    const iat = Math.floor(this.now() / 1000);
    const accessToken = this.key.signJwt({
      iss: issuer,
      sub: account.id, // must equal user.id, or authkit-nextjs treats the visitor as signed out
      sid: session.id,
      jti: randomUlid(this.now()),
      org_id: session.organizationId,
      role: account.role,
      roles: [account.role],
      permissions: account.permissions,
      entitlements: [],
      feature_flags: [],
      exp: iat + this.accessTokenTtlSeconds,
      iat,
      auth_time: Math.floor(session.authTimeMs / 1000),
    });
    return {
      user: userWire(account, new Date(session.authTimeMs).toISOString()),
      organization_id: session.organizationId,
      access_token: accessToken,
      refresh_token: refreshToken,
      authentication_method: 'Password',
    };
  }

  /** Drops expired codes and refresh tokens past their grace, so a long-running dev emulator stays small. */
  private sweep(): void {
    const now = this.now();
    for (const [code, pending] of this.codes) if (pending.expiresAt <= now) this.codes.delete(code);
    for (const [token, record] of this.refreshTokens) {
      if (record.used && now - record.used.at > REFRESH_REUSE_GRACE_MS) this.refreshTokens.delete(token);
    }
  }
}
