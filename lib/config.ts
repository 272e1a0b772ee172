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
