import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { start } from '../emulator/test-helpers';
import type { EmulatorHandle } from '../emulator/server';
import { closedPort } from '../lib/test-support';

const run = promisify(execFile);

const KEY = 'sk_test_doctorKEY0123456789abcdefWXYZ';
const WRONG_KEY = 'sk_test_wrongKEY0123456789abcdefQRST';
const WEBHOOK_SECRET = 'doctor-webhook-secret-0123456789-LMNO';
const CLIENT_ID = 'client_01JDOCTOR0000000000000000';

/**
 * Runs `tsx scripts/doctor.ts` as `npm run doctor` would, with exactly the given WorkOS settings: every
 * other WORKOS_ variable is set empty, so neither the caller's environment nor a .env.local fills it in.
 */
async function doctor(settings: Record<string, string>): Promise<{ code: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NO_COLOR;
  for (const name of ['WORKOS_API_KEY', 'WORKOS_CLIENT_ID', 'WORKOS_API_HOSTNAME', 'WORKOS_API_PORT', 'WORKOS_API_HTTPS', 'WORKOS_WEBHOOK_SECRET']) env[name] = '';
  Object.assign(env, settings);
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/doctor.ts'], { env, timeout: 30_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

function assertNoSecrets(output: string) {
  for (const secret of [KEY, WRONG_KEY, WEBHOOK_SECRET]) {
    assert.ok(!output.includes(secret), 'a secret was printed');
    assert.ok(!output.includes(secret.slice(8, -4)), 'the middle of a secret was printed');
  }
}

describe('npm run doctor', { concurrency: 3 }, () => {
  let emu: EmulatorHandle;
  let emulatorHost: Record<string, string>;
  before(async () => {
    emu = await start({ apiKey: KEY });
    emulatorHost = { WORKOS_API_HOSTNAME: '127.0.0.1', WORKOS_API_PORT: String(emu.port), WORKOS_API_HTTPS: 'false' };
  });
  after(() => emu.close());

  it('exits 0 when every check passes, showing secrets only masked', async () => {
    const { code, output } = await doctor({ ...emulatorHost, WORKOS_API_KEY: KEY, WORKOS_CLIENT_ID: CLIENT_ID, WORKOS_WEBHOOK_SECRET: WEBHOOK_SECRET });
    assert.equal(code, 0, output);
    assert.match(output, /Test environment · http:\/\/127\.0\.0\.1:\d+/);
    assert.match(output, /sk_test_…WXYZ/);
    assert.match(output, /Configured \(…LMNO\)/);
    assert.match(output, /custom host at http:\/\/127\.0\.0\.1:\d+ answered in \d+ ms/);
    assert.match(output, /0 failed, 0 warnings, 6 passed\./);
    assert.doesNotMatch(output, /\x1b\[/, 'no colour when stdout is not a terminal');
    assertNoSecrets(output);
  });

  it('exits 0 in demo mode with the emulator up (warnings only)', async () => {
    const demoKeyEmulator = await start();
    try {
      const { code, output } = await doctor({ WORKOS_API_PORT: String(demoKeyEmulator.port) });
      assert.equal(code, 0, output);
      assert.match(output, /WARN {2}API key[^\n]*\n\s+No key set — demo mode on the local emulator/);
      assert.match(output, /PASS {2}API host\n\s+local emulator at http:\/\/127\.0\.0\.1:\d+ answered/);
      assert.match(output, /PASS {2}Authorization\n\s+The emulator accepts its default key/);
    } finally {
      await demoKeyEmulator.close();
    }
  });

  it('exits 1 when the key is wrong (401), naming the exception and request id', async () => {
    const { code, output } = await doctor({ ...emulatorHost, WORKOS_API_KEY: WRONG_KEY });
    assert.equal(code, 1, output);
    assert.match(output, /FAIL {2}Authorization\n\s+The API rejected the key \(HTTP 401, UnauthorizedException, request id req_/);
    assert.match(output, /sk_test_…QRST/);
    assertNoSecrets(output);
  });

  it('exits 1 when the API is down', async () => {
    const { code, output } = await doctor({ WORKOS_API_KEY: KEY, WORKOS_API_HOSTNAME: '127.0.0.1', WORKOS_API_PORT: String(await closedPort()), WORKOS_API_HTTPS: 'false' });
    assert.equal(code, 1, output);
    assert.match(output, /FAIL {2}API host\n\s+The custom host at [^\n]+ could not be reached after \d+ ms \(Error: ECONNREFUSED\)/);
  });

  it('exits 1 on a publishable key, calling it one', async () => {
    const { code, output } = await doctor({ ...emulatorHost, WORKOS_API_KEY: 'pk_test_publishable0123456789abcdWXYZ' });
    assert.equal(code, 1, output);
    assert.match(output, /FAIL {2}API key[^\n]*\n\s+pk_test_…WXYZ is a publishable key/);
    assert.ok(!output.includes('publishable0123456789'));
  });

  it('exits 1 on a client id of the wrong form', async () => {
    const { code, output } = await doctor({ ...emulatorHost, WORKOS_API_KEY: KEY, WORKOS_CLIENT_ID: 'my-app' });
    assert.equal(code, 1, output);
    assert.match(output, /FAIL {2}Client id/);
  });

  it('exits 0 with no key and no emulator running: demo mode is not a misconfiguration', async () => {
    const { code, output } = await doctor({ WORKOS_API_PORT: String(await closedPort()) });
    assert.equal(code, 0, output);
    assert.match(output, /WARN {2}API host\n\s+The local emulator [^\n]+ could not be reached/);
  });
});
