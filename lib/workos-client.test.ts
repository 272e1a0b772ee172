import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, start } from '../emulator/test-helpers';
import type { EmulatorHandle } from '../emulator/server';
import { readWorkOSConnection } from './config';
import { closedPort } from './test-support';
import { createWorkOSClient, probeDirectories } from './workos-client';

/** The probe against a real (emulated) API: up, wrong key, a server error, and nothing listening. */
describe('probeDirectories', () => {
  let emu: EmulatorHandle;
  before(async () => {
    emu = await start();
  });
  after(() => emu.close());

  const clientFor = (apiKey: string, port: number) =>
    createWorkOSClient(readWorkOSConnection({ WORKOS_API_KEY: apiKey, WORKOS_API_HOSTNAME: '127.0.0.1', WORKOS_API_PORT: String(port), WORKOS_API_HTTPS: 'false' }));

  it('times the round trip and counts every directory the key sees', async () => {
    const result = await probeDirectories(clientFor(emu.apiKey, emu.port));
    assert.ok(result.ok);
    const seeded = await api<{ data: unknown[] }>(emu, '/directories?limit=100');
    assert.equal(result.directoryCount, seeded.body.data.length);
    assert.equal(result.countIsLowerBound, false);
    assert.ok(result.roundTripMs >= 0);
  });

  it('reports a wrong key as unauthorized, with the SDK class and request id', async () => {
    const result = await probeDirectories(clientFor('sk_test_wrongwrongwrongwrong1234', emu.port));
    assert.ok(!result.ok);
    assert.equal(result.failure.kind, 'unauthorized');
    assert.equal(result.errorClass, 'UnauthorizedException');
    assert.match(result.failure.requestId ?? '', /^req_/);
  });

  it('reports a server error', async () => {
    emu.addFault({ path: '^/directories', status: 500, times: 1 });
    const result = await probeDirectories(clientFor(emu.apiKey, emu.port));
    assert.ok(!result.ok);
    assert.equal(result.failure.kind, 'server_error');
    assert.equal(result.errorClass, 'GenericServerException');
  });

  it('reports an API that is down as unreachable', async () => {
    const result = await probeDirectories(clientFor(emu.apiKey, await closedPort()));
    assert.ok(!result.ok);
    assert.equal(result.failure.kind, 'unreachable');
    assert.equal(result.errorClass, 'Error: ECONNREFUSED');
  });
});
