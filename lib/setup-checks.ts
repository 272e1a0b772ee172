/**
 * The setup check behind Settings → Connection and `npm run doctor`: what is wrong with this WorkOS
 * setup, each finding as pass / warn / fail with a one-line fix.
 *
 * Pure functions over the environment, plus facts handed in by the caller: the result of one probe
 * call (`listDirectories({ limit: 1 })`, made by lib/workos-client.ts), the SDK's package.json and the
 * Node version. So the page and the CLI run exactly the same rules, and tests need no network.
 *
 * Levels: `fail` = the dashboard cannot work this way (or will break on sign-in, as a client id of the
 * wrong form does); `warn` = it works, but something is off or missing; `pass` = fine. Demo mode (no
 * key) is not a mistake: it is the documented way to try the dashboard, so nothing that follows from it
 * fails. Secrets are shown only through maskSecret.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiFailure } from './api-error';
import { describeApiBaseUrl, readWorkOSConnection } from './config';
import type { WorkOSConnection } from './config';
import { maskSecret } from './mask-secret';

export type CheckStatus = 'pass' | 'warn' | 'fail';
export type CheckId = 'api-key' | 'client-id' | 'api-host' | 'authorization' | 'runtime' | 'webhook-secret';

export interface CheckResult {
  id: CheckId;
  label: string;
  status: CheckStatus;
  /** One line: what was found. */
  summary: string;
  /** One line: what to do about it; null when there is nothing to do. */
  fix: string | null;
}

/** Which WorkOS environment the key belongs to: the page's environment badge. */
export type KeyEnvironment = 'demo' | 'test' | 'live' | 'unknown';

/** What one timed `listDirectories({ limit: 1 })` call (and the count that follows it) found. */
export type ProbeResult =
  | { ok: true; roundTripMs: number; directoryCount: number; countIsLowerBound: boolean }
  | { ok: false; roundTripMs: number; failure: ApiFailure; errorClass: string };

export interface SdkPackageInfo {
  version: string;
  /** The `engines.node` range the SDK declares, if any. */
  nodeRange: string | null;
}

export interface SetupReport {
  environment: KeyEnvironment;
  apiBaseUrl: string;
  checks: CheckResult[];
  /** True when any check failed: `npm run doctor` exits 1. */
  failed: boolean;
}

type Env = Record<string, string | undefined>;

const API_KEYS_PAGE = 'WorkOS dashboard → API Keys';

/** Makes one check's results: `result('warn', what was found, what to do)`. */
function resultOf(id: CheckId, label: string) {
  return (status: CheckStatus, summary: string, fix: string | null): CheckResult => ({ id, label, status, summary, fix });
}

function apiKeyOf(env: Env): string | undefined {
  return env.WORKOS_API_KEY?.trim() || undefined;
}

export function keyEnvironment(env: Env): KeyEnvironment {
  const key = apiKeyOf(env);
  if (!key) return 'demo';
  if (key.startsWith('sk_test_')) return 'test';
  if (key.startsWith('sk_live_')) return 'live';
  return 'unknown';
}

export const ENVIRONMENT_LABELS: Record<KeyEnvironment, string> = {
  demo: 'Demo — local emulator',
  test: 'Test environment',
  live: 'Live environment',
  unknown: 'Unknown environment',
};

export function checkApiKey(env: Env): CheckResult {
  const result = resultOf('api-key', 'API key (WORKOS_API_KEY)');
  const key = apiKeyOf(env);
  if (!key) {
    return result('warn', 'No key set — demo mode on the local emulator, with its documented default key.', `To use your WorkOS account, set WORKOS_API_KEY in .env.local to a secret key (sk_test_… or sk_live_…) from the ${API_KEYS_PAGE}.`);
  }
  const masked = maskSecret(key);
  if (key.startsWith('pk_')) {
    return result('fail', `${masked} is a publishable key (pk_…), not a secret key.`, `Use the secret key (sk_…) from the ${API_KEYS_PAGE}; publishable keys cannot call the Directory Sync API.`);
  }
  if (!key.startsWith('sk_')) {
    return result('fail', `${masked} is not a WorkOS secret key: those start with sk_.`, `Copy the secret key (sk_test_… or sk_live_…) from the ${API_KEYS_PAGE}.`);
  }
  switch (keyEnvironment(env)) {
    case 'test':
      return result('pass', `${masked} — a secret key for the test environment.`, null);
    case 'live':
      return result('pass', `${masked} — a secret key for the live (production) environment.`, null);
    default:
      return result('warn', `${masked} starts with sk_ but with neither sk_test_ nor sk_live_, so its environment is unknown.`, 'Check that the whole key was copied.');
  }
}

const CLIENT_ID = /^(?:client|project)_[0-9A-Za-z]+$/;

export function checkClientId(env: Env): CheckResult {
  const result = resultOf('client-id', 'Client id (WORKOS_CLIENT_ID)');
  const clientId = env.WORKOS_CLIENT_ID?.trim();
  const fix = `Set WORKOS_CLIENT_ID to the client id (client_…) from the ${API_KEYS_PAGE}.`;
  // Sign-in (AuthKit) needs it: with a real key, missing fails; in demo mode the emulator's own id is the default.
  if (!clientId) {
    return env.WORKOS_API_KEY?.trim()
      ? result('fail', 'Not set — nobody can sign in to the dashboard without it.', fix)
      : result('warn', 'Not set — demo mode uses the emulator’s client id for sign-in.', fix);
  }
  // A client id is public (it appears in sign-in URLs), so a valid one is shown whole. Anything else is
  // masked: it may be a secret pasted into the wrong variable.
  if (CLIENT_ID.test(clientId)) return result('pass', `${clientId} — a client id of the expected form.`, null);
  if (/^(?:sk|pk)_/.test(clientId)) {
    return result('fail', `${maskSecret(clientId)} is an API key, not a client id (client_… or project_…).`, `${fix} Never put a secret key here.`);
  }
  return result('fail', `${maskSecret(clientId)} is not a client id: those look like client_01H… or project_01H….`, fix);
}

/** Where API calls go, in words. A key with 127.0.0.1 as host is a "custom host": only demo mode is "the local emulator". */
export function describeApiHost(connection: WorkOSConnection): string {
  const url = describeApiBaseUrl(connection);
  if (connection.usesEmulator) return `local emulator at ${url}`;
  if (!connection.apiHostname) return `WorkOS at ${url}`;
  return `custom host at ${url}`;
}

function failureDetail(probe: Extract<ProbeResult, { ok: false }>): string {
  const { failure, errorClass } = probe;
  const status = failure.status ? `HTTP ${failure.status}, ` : '';
  const requestId = failure.requestId ? `, request id ${failure.requestId}` : '';
  return `${status}${errorClass}${requestId}`;
}

/** Failures that prove the host answered as a WorkOS API would: the authorization check explains them. */
const AUTH_FAILURES: readonly ApiFailure['kind'][] = ['unauthorized', 'forbidden'];

export function checkApiHost(connection: WorkOSConnection, probe: ProbeResult): CheckResult {
  const result = resultOf('api-host', 'API host');
  const host = describeApiHost(connection);
  if (probe.ok) return result('pass', `${host} answered in ${probe.roundTripMs} ms.`, null);
  const { kind } = probe.failure;
  if (AUTH_FAILURES.includes(kind)) return result('pass', `${host} answered in ${probe.roundTripMs} ms (${failureDetail(probe)}).`, null);
  if (kind === 'rate_limited') return result('warn', `${host} answered but is rate limiting (${failureDetail(probe)}).`, 'Wait a moment and check again.');
  if (kind === 'unreachable' || kind === 'timeout') {
    const what = kind === 'timeout' ? 'did not answer in time' : 'could not be reached';
    // In demo mode the emulator lives only as long as `npm run dev` / `npm start`: its absence (say, a
    // doctor run before starting the dashboard) is not a configuration mistake, so it only warns.
    if (connection.usesEmulator) {
      return result('warn', `The ${host} ${what} (${failureDetail(probe)}).`, 'The emulator runs alongside `npm run dev` / `npm start`, or alone with `npm run emulator`; start it, then check again.');
    }
    return result('fail', `The ${host} ${what} after ${probe.roundTripMs} ms (${failureDetail(probe)}).`, 'Check WORKOS_API_HOSTNAME, WORKOS_API_PORT and WORKOS_API_HTTPS (unset means https://api.workos.com), and your network or proxy.');
  }
  if (kind === 'server_error') {
    return result('fail', `The ${host} answered with a server error (${failureDetail(probe)}).`, 'Usually temporary: check again shortly; if it persists, see status.workos.com and quote the request id.');
  }
  return result('fail', `The ${host} answered unexpectedly (${failureDetail(probe)}).`, 'It does not behave like the WorkOS API: check WORKOS_API_HOSTNAME and WORKOS_API_PORT.');
}

function directoriesSeen(probe: Extract<ProbeResult, { ok: true }>): string {
  const count = `${probe.directoryCount}${probe.countIsLowerBound ? '+' : ''}`;
  return `${count} ${probe.directoryCount === 1 && !probe.countIsLowerBound ? 'directory' : 'directories'}`;
}

export function checkAuthorization(connection: WorkOSConnection, probe: ProbeResult): CheckResult {
  const result = resultOf('authorization', 'Authorization');
  if (probe.ok) {
    if (connection.usesEmulator) return result('pass', `The emulator accepts its default key; it sees ${directoriesSeen(probe)} of demo data.`, null);
    // No directories is legal, but it is also what a key from the wrong environment looks like.
    if (probe.directoryCount === 0) {
      return result('warn', 'The key is accepted, but it sees no directories.', 'Directories belong to one environment: a test key sees only test directories. Use the key of the environment where the directory is connected.');
    }
    return result('pass', `The key is accepted; it sees ${directoriesSeen(probe)}.`, null);
  }
  if (probe.failure.kind === 'unauthorized') {
    return result('fail', `The API rejected the key (${failureDetail(probe)}).`, `The key is wrong, revoked, or for another host: copy a current secret key from the ${API_KEYS_PAGE}.`);
  }
  if (probe.failure.kind === 'forbidden') {
    return result('fail', `The key may not list directories (${failureDetail(probe)}).`, 'Use a key with Directory Sync access.');
  }
  return result('warn', 'Not checked: the API did not give an answer about the key.', 'Fix the API host first.');
}

const MIN_VERSION_RANGE = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/;

/** Enough of semver for the ">=X.Y.Z" ranges the SDK declares; null for any other form of range. */
export function satisfiesMinimum(version: string, range: string): boolean | null {
  const minimum = MIN_VERSION_RANGE.exec(range.trim());
  if (!minimum) return null;
  const have = version.replace(/^v/, '').split('.').map((part) => Number.parseInt(part, 10) || 0);
  const need = minimum.slice(1).map((part) => Number(part ?? 0));
  for (let i = 0; i < 3; i++) {
    const difference = (have[i] ?? 0) - (need[i] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

export function checkRuntime(sdk: SdkPackageInfo | null, nodeVersion: string): CheckResult {
  const result = resultOf('runtime', 'SDK and Node');
  if (!sdk) return result('warn', `Could not read the installed @workos-inc/node package (Node ${nodeVersion}).`, 'Install dependencies: npm ci.');
  const versions = `@workos-inc/node ${sdk.version} on Node ${nodeVersion}`;
  if (!sdk.nodeRange) return result('pass', `${versions}; the SDK declares no Node range.`, null);
  const satisfied = satisfiesMinimum(nodeVersion, sdk.nodeRange);
  if (satisfied === null) return result('warn', `${versions}; could not evaluate the SDK's Node range "${sdk.nodeRange}".`, null);
  if (!satisfied) {
    return result('fail', `${versions}, but the SDK needs Node ${sdk.nodeRange}.`, 'Run through the npm scripts (they use the Node 22 from node_modules) or install a Node that fits.');
  }
  return result('pass', `${versions} (the SDK needs ${sdk.nodeRange}).`, null);
}

export function checkWebhookSecret(env: Env): CheckResult {
  const result = resultOf('webhook-secret', 'Webhook secret (WORKOS_WEBHOOK_SECRET)');
  const secret = env.WORKOS_WEBHOOK_SECRET?.trim();
  if (secret) return result('pass', `Configured (${maskSecret(secret)}).`, null);
  // Browsing does not need it, so a warning: without it, dsync.* deliveries cannot be verified.
  return result(
    'warn',
    'Not set — webhook deliveries (dsync.* events) cannot be verified and are rejected, so views refresh only on reload.',
    'Set WORKOS_WEBHOOK_SECRET to the endpoint’s secret from WorkOS dashboard → Webhooks.',
  );
}

/** The installed SDK's version and Node range, read at run time (not bundled): null if unreadable. */
export function readSdkPackage(projectRoot: string): SdkPackageInfo | null {
  try {
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'node_modules', '@workos-inc', 'node', 'package.json'), 'utf8')) as { version?: unknown; engines?: { node?: unknown } };
    if (typeof manifest.version !== 'string') return null;
    return { version: manifest.version, nodeRange: typeof manifest.engines?.node === 'string' ? manifest.engines.node : null };
  } catch {
    return null;
  }
}

export interface SetupCheckInput {
  env: Env;
  /** Makes the one timed API call (lib/workos-client.ts `probeDirectories`); must not throw. */
  probe: () => Promise<ProbeResult>;
  sdk: SdkPackageInfo | null;
  nodeVersion: string;
}

export async function runSetupChecks({ env, probe, sdk, nodeVersion }: SetupCheckInput): Promise<SetupReport> {
  const connection = readWorkOSConnection(env);
  const probed = await probe();
  const checks = [
    checkApiKey(env),
    checkClientId(env),
    checkApiHost(connection, probed),
    checkAuthorization(connection, probed),
    checkRuntime(sdk, nodeVersion),
    checkWebhookSecret(env),
  ];
  return { environment: keyEnvironment(env), apiBaseUrl: describeApiBaseUrl(connection), checks, failed: checks.some((check) => check.status === 'fail') };
}

/** "1 failed, 2 warnings, 3 passed": the verdict line of the page and the CLI. */
export function tally(checks: readonly CheckResult[]): string {
  const count = (status: CheckStatus) => checks.filter((check) => check.status === status).length;
  const warnings = count('warn');
  return `${count('fail')} failed, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${count('pass')} passed`;
}
