import { createHash, createPrivateKey, createPublicKey, sign, type JsonWebKey, type KeyObject } from 'node:crypto';
import { DEMO_SIGNING_KEY_JWK } from './authkit-demo-key';

/**
 * RS256 signing for AuthKit access tokens, with node:crypto only (no `jose`): the emulator only ever
 * signs, and a JWT is three base64url segments, so a library would add nothing but a dependency.
 */

export interface PublicJwk {
  kty: 'RSA';
  alg: 'RS256';
  use: 'sig';
  kid: string;
  n: string;
  e: string;
}

const base64url = (input: string | Buffer): string => Buffer.from(input).toString('base64url');

/** RFC 7638 thumbprint: a kid derived from the key itself, so it is as stable as the key. */
function thumbprint(n: string, e: string): string {
  return createHash('sha256').update(JSON.stringify({ e, kty: 'RSA', n })).digest('base64url');
}

export class SigningKey {
  readonly kid: string;
  readonly jwk: PublicJwk;
  private readonly privateKey: KeyObject;

  constructor(privateJwk: JsonWebKey) {
    this.privateKey = createPrivateKey({ key: privateJwk, format: 'jwk' });
    const pub = createPublicKey(this.privateKey).export({ format: 'jwk' });
    const n = pub.n ?? '';
    const e = pub.e ?? '';
    this.kid = `emulator_${thumbprint(n, e).slice(0, 22)}`;
    this.jwk = { kty: 'RSA', alg: 'RS256', use: 'sig', kid: this.kid, n, e };
  }

  /** `GET /sso/jwks/:clientId` body. */
  jwks(): { keys: PublicJwk[] } {
    return { keys: [this.jwk] };
  }

  /** Compact JWS, RS256 (RSASSA-PKCS1-v1_5 + SHA-256, node's default padding for RSA keys). */
  signJwt(claims: Record<string, unknown>): string {
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: this.kid }));
    const payload = base64url(JSON.stringify(claims));
    const signature = sign('sha256', Buffer.from(`${header}.${payload}`), this.privateKey);
    return `${header}.${payload}.${base64url(signature)}`;
  }
}

let demoKey: SigningKey | undefined;

/** The committed demo key (see authkit-demo-key.ts); parsed once per process. */
export function demoSigningKey(): SigningKey {
  demoKey ??= new SigningKey(DEMO_SIGNING_KEY_JWK);
  return demoKey;
}
