/**
 * Where the dashboard's WorkOS API calls go, read from the environment.
 *
 * No `WORKOS_API_KEY` means "demo mode": the embedded emulator on 127.0.0.1 with its documented
 * default key. This module is plain (no `server-only`) so that scripts can share it, but it is
 * only ever imported by server code: nothing here is `NEXT_PUBLIC_`, so Next never inlines it.
 */

export const EMULATOR_DEFAULT_PORT = 4100;
/** The emulator's documented default key (emulator/README.md); not a secret. */
export const EMULATOR_DEFAULT_API_KEY = 'sk_test_emulator';

export interface WorkOSConnection {
  apiKey: string;
  clientId: string | undefined;
  /** Undefined means the SDK default (api.workos.com). */
  apiHostname: string | undefined;
  port: number | undefined;
  https: boolean;
  /** True when running on the embedded emulator's demo data. */
  usesEmulator: boolean;
}

type Env = Record<string, string | undefined>;

function parsePort(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const port = Number(value);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
}

export function readWorkOSConnection(env: Env = process.env): WorkOSConnection {
  const apiKey = env.WORKOS_API_KEY?.trim();
  if (!apiKey) {
    return {
      apiKey: EMULATOR_DEFAULT_API_KEY,
      clientId: env.WORKOS_CLIENT_ID,
      apiHostname: '127.0.0.1',
      port: parsePort(env.WORKOS_API_PORT) ?? EMULATOR_DEFAULT_PORT,
      https: false,
      usesEmulator: true,
    };
  }
  const apiHostname = env.WORKOS_API_HOSTNAME?.trim() || undefined;
  return {
    apiKey,
    clientId: env.WORKOS_CLIENT_ID,
    apiHostname,
    port: parsePort(env.WORKOS_API_PORT),
    // Same rule as the SDK and AuthKit: https unless explicitly switched off.
    https: env.WORKOS_API_HTTPS === undefined ? true : env.WORKOS_API_HTTPS === 'true',
    usesEmulator: false,
  };
}

/** A base URL for logs and the UI: never includes the key. */
export function describeApiBaseUrl(connection: WorkOSConnection): string {
  const host = connection.apiHostname ?? 'api.workos.com';
  const port = connection.port ? `:${connection.port}` : '';
  return `${connection.https ? 'https' : 'http'}://${host}${port}`;
}

/** The emulator's AuthKit stand-in (emulator/authkit-accounts.ts): its client id and demo organization. */
export const EMULATOR_CLIENT_ID = 'client_emulator';
export const EMULATOR_DEMO_ORGANIZATION_ID = 'org_01JGK3WEM0CY5FXAN3R7D1DCZZ';
/** Seals demo-mode session cookies only; a real deployment must set its own WORKOS_COOKIE_PASSWORD. */
const EMULATOR_COOKIE_PASSWORD = 'demo-mode-cookie-password-local-emulator-only';

/**
 * AuthKit (@workos-inc/authkit-nextjs) reads its settings from process.env. With no API key, point it
 * at the embedded emulator's AuthKit stand-in, so `npm run dev` shows a real sign-in. Values already
 * set are kept. Called once per server process (instrumentation.ts) and by the runner script.
 */
export function applyDemoAuthDefaults(env: Env = process.env): void {
  if (env.WORKOS_API_KEY?.trim()) return;
  env.WORKOS_CLIENT_ID ||= EMULATOR_CLIENT_ID;
  env.WORKOS_COOKIE_PASSWORD ||= EMULATOR_COOKIE_PASSWORD;
  env.WORKOS_API_HOSTNAME = '127.0.0.1';
  env.WORKOS_API_PORT ||= String(EMULATOR_DEFAULT_PORT);
  env.WORKOS_API_HTTPS = 'false';
  env.WORKOS_ALLOWED_ORGANIZATION_ID ||= EMULATOR_DEMO_ORGANIZATION_ID;
}

export interface AccessPolicy {
  /** Only members of this organization may use the dashboard; unset admits nobody. */
  allowedOrganizationId: string | undefined;
  /** The role slug that may delete directories. */
  adminRole: string;
}

export function readAccessPolicy(env: Env = process.env): AccessPolicy {
  return {
    allowedOrganizationId: env.WORKOS_ALLOWED_ORGANIZATION_ID?.trim() || undefined,
    adminRole: env.WORKOS_ADMIN_ROLE?.trim() || 'admin',
  };
}
