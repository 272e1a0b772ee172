/**
 * Builds the WorkOS SDK client, and the setup check's one probe call.
 *
 * Why a sibling of lib/workos.ts: that module is `server-only` (the import throws outside Next), but
 * `npm run doctor` must run the very same SDK call from a terminal. So client construction lives here,
 * in the one place it happens, with no `server-only`; lib/workos.ts (the app's data access) and
 * scripts/doctor.ts both build their client through it. Nothing else may import it: app code goes
 * through lib/workos.ts. (lib/api-error.ts imports the SDK's exception classes only.)
 */
import { WorkOS } from '@workos-inc/node';
import { describeFailure } from './api-error';
import type { WorkOSConnection } from './config';
import type { ProbeResult } from './setup-checks';

/** A dead API must answer within seconds, not the SDK's default 60 s × 4 attempts. */
const REQUEST_TIMEOUT_MS = 8_000;

export function createWorkOSClient(connection: WorkOSConnection): WorkOS {
  return new WorkOS(connection.apiKey, {
    clientId: connection.clientId,
    apiHostname: connection.apiHostname,
    port: connection.port,
    https: connection.https,
    timeout: REQUEST_TIMEOUT_MS,
    maxRetries: 0,
  });
}

/** Counting stops here (100 per page): the check wants "can it see any, and roughly how many", not a census. */
const MAX_COUNT_PAGES = 5;

/**
 * The SDK's error class, plus the network error code beneath it: the SDK reports every network failure
 * as a plain `Error('Unexpected error: TypeError: fetch failed')` (API.md §3.5), and only the code
 * (ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED…) says which failure it was.
 */
function errorClassOf(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  let code: unknown;
  for (let cause: unknown = error.cause; cause instanceof Error; cause = cause.cause) code = (cause as { code?: unknown }).code ?? code;
  return typeof code === 'string' ? `${error.constructor.name}: ${code}` : error.constructor.name;
}

/**
 * Times one `listDirectories({ limit: 1 })` round trip, then counts the directories the key can see.
 * Never throws: a failure is described (kind, status, request id) together with the SDK's error class.
 */
export async function probeDirectories(client: WorkOS): Promise<ProbeResult> {
  const started = performance.now();
  try {
    const first = await client.directorySync.listDirectories({ limit: 1 });
    const roundTripMs = Math.round(performance.now() - started);
    let count = first.data.length;
    let after = first.listMetadata.after;
    for (let pages = 0; after && pages < MAX_COUNT_PAGES; pages++) {
      const page = await client.directorySync.listDirectories({ limit: 100, after });
      count += page.data.length;
      after = page.listMetadata.after;
    }
    return { ok: true, roundTripMs, directoryCount: count, countIsLowerBound: Boolean(after) };
  } catch (error) {
    return { ok: false, roundTripMs: Math.round(performance.now() - started), failure: describeFailure(error), errorClass: errorClassOf(error) };
  }
}
