/**
 * lib/workos.ts against the real emulator over HTTP. Run on its own with --conditions=react-server (the
 * condition Next uses for server code), so `server-only` and React's `cache` load as on the server.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { SEED_IDS, startEmulator } from '../emulator/server';
import type { EmulatorHandle } from '../emulator/server';
import { WorkOSApiError } from './api-error';

let emulator: EmulatorHandle;
let workos: typeof import('./workos');
const logged: string[] = [];
const originalError = console.error;

before(async () => {
  emulator = await startEmulator({ port: 0, largeDirectoryUsers: 200, quiet: true });
  delete process.env.WORKOS_API_KEY;
  process.env.WORKOS_API_PORT = String(emulator.port);
  // Every test here must reach the emulator (faults, retries); the read cache has its own tests.
  process.env.WORKOS_CACHE_TTL_SECONDS = '0';
  workos = await import('./workos');
  console.error = (line: unknown) => void logged.push(String(line));
});
after(async () => {
  console.error = originalError;
  await emulator.close();
});
beforeEach(() => {
  emulator.reset();
  logged.length = 0;
});

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  assert.ok(error instanceof WorkOSApiError, `expected a WorkOSApiError, got ${String(error)}`);
  return error.failure;
}

describe('lib/workos.ts', () => {
  it('returns plain data with ISO dates and metadata counts', async () => {
    const directory = await workos.getDirectory(SEED_IDS.largeDirectoryId);
    assert.ok(directory);
    assert.equal(typeof directory.createdAt, 'string');
    assert.equal(directory.userCounts!.active + directory.userCounts!.inactive, 200);
    assert.deepEqual(JSON.parse(JSON.stringify(directory)), directory);
  });

  it('answers null for an unknown id, without logging an error', async () => {
    assert.equal(await workos.getDirectory('directory_01ZZZZZZZZZZZZZZZZZZZZZZZZ'), null);
    assert.equal(await workos.getDirectoryUser(SEED_IDS.largeDirectoryId, 'directory_user_01ZZZZZZZZZZZZZZZZZZZZZZZZ'), null);
    assert.deepEqual(logged, []);
  });

  it('pages forward and back by cursor', async () => {
    const first = await workos.listDirectoryUsers({ directoryId: SEED_IDS.largeDirectoryId, limit: 25, order: 'desc' });
    const second = await workos.listDirectoryUsers({ directoryId: SEED_IDS.largeDirectoryId, limit: 25, order: 'desc', after: first.after! });
    const back = await workos.listDirectoryUsers({ directoryId: SEED_IDS.largeDirectoryId, limit: 25, order: 'desc', before: second.before! });
    assert.deepEqual(back.data.map((u) => u.id), first.data.map((u) => u.id));
    assert.equal(first.before, null);
  });

  it('waits out a short rate limit on reads', async () => {
    emulator.addFault({ path: '^/directories$', status: 429, retryAfter: 1, times: 1, body: 'Ratelimited' });
    const page = await workos.listDirectories({ limit: 10, order: 'desc' });
    assert.ok(page.data.length > 0);
  });

  it('reports a long rate limit with its wait, and logs one line with the request id and no key', async () => {
    emulator.addFault({ path: '^/directories$', status: 429, retryAfter: 30, body: 'Ratelimited' });
    const failure = await failureOf(workos.listDirectories({ limit: 10, order: 'desc' }));
    assert.equal(failure.kind, 'rate_limited');
    assert.equal(failure.retryAfterSeconds, 30);
    assert.equal(logged.length, 1);
    const line = JSON.parse(logged[0]!);
    assert.equal(line.event, 'workos_api_call_failed');
    assert.equal(line.kind, 'rate_limited');
    assert.match(line.requestId, /\S+/);
    assert.ok(!logged[0]!.includes('sk_test'), 'the log line must not contain the key');
  });

  it('never retries a write', async () => {
    emulator.addFault({ method: 'DELETE', path: '^/directories/', status: 429, retryAfter: 1, times: 1, body: 'Ratelimited' });
    emulator.resetStats();
    const failure = await failureOf(workos.deleteDirectory(SEED_IDS.acmeDirectoryId));
    assert.equal(failure.kind, 'rate_limited');
    const deletes = Object.entries(emulator.stats()).filter(([key]) => key.startsWith('DELETE')).reduce((n, [, c]) => n + c, 0);
    assert.equal(deletes, 1);
  });

  for (const [status, kind] of [
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [422, 'invalid_request'],
    [500, 'server_error'],
    [503, 'server_error'],
  ] as const) {
    it(`maps HTTP ${status} to ${kind}`, async () => {
      emulator.addFault({ path: '^/directories$', status, body: { message: 'injected' } });
      assert.equal((await failureOf(workos.listDirectories({ limit: 10, order: 'desc' }))).kind, kind);
    });
  }

  it('maps a dropped connection to unreachable', async () => {
    emulator.addFault({ path: '^/directories$', mode: 'close' });
    assert.equal((await failureOf(workos.listDirectories({ limit: 10, order: 'desc' }))).kind, 'unreachable');
  });

  it('probes the connection with the same client, reporting failures instead of throwing or logging', async () => {
    const probe = await workos.probeConnection();
    assert.ok(probe.ok);
    assert.ok(probe.directoryCount > 0);
    emulator.addFault({ path: '^/directories$', status: 401, body: { message: 'injected' } });
    const rejected = await workos.probeConnection();
    assert.ok(!rejected.ok);
    assert.equal(rejected.failure.kind, 'unauthorized');
    assert.equal(rejected.errorClass, 'UnauthorizedException');
    assert.deepEqual(logged, []);
  });
});
