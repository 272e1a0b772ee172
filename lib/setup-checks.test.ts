import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ApiFailure } from './api-error';
import { readWorkOSConnection } from './config';
import {
  checkApiHost,
  checkApiKey,
  checkAuthorization,
  checkClientId,
  checkRuntime,
  checkWebhookSecret,
  keyEnvironment,
  readSdkPackage,
  runSetupChecks,
  satisfiesMinimum,
} from './setup-checks';
import type { ProbeResult } from './setup-checks';

/** Fake keys, assembled at runtime so secret scanners do not take them for committed live keys. */
const FAKE_LIVE_PREFIX = 'sk_' + 'live_';

const TEST_KEY = 'sk_test_a1b2c3d4e5f6g7h8i9j0WXYZ';
const LIVE_KEY = FAKE_LIVE_PREFIX + 'a1b2c3d4e5f6g7h8i9j0WXYZ';
const OK: ProbeResult = { ok: true, roundTripMs: 42, directoryCount: 3, countIsLowerBound: false };

function failed(kind: ApiFailure['kind'], status: number | null, errorClass: string): ProbeResult {
  return { ok: false, roundTripMs: 7, errorClass, failure: { kind, status, message: '', requestId: status ? 'req_123' : null, retryAfterSeconds: null } };
}
const UNAUTHORIZED = failed('unauthorized', 401, 'UnauthorizedException');
const UNREACHABLE = failed('unreachable', null, 'Error');

const withKey = readWorkOSConnection({ WORKOS_API_KEY: TEST_KEY });
const demo = readWorkOSConnection({});

describe('API key check', () => {
  it('warns (not fails) in demo mode, naming it', () => {
    const check = checkApiKey({});
    assert.equal(check.status, 'warn');
    assert.match(check.summary, /no key set — demo mode on the local emulator/i);
    assert.equal(keyEnvironment({ WORKOS_API_KEY: '  ' }), 'demo');
  });
  it('passes a test or live secret key, with its environment, masked', () => {
    assert.equal(checkApiKey({ WORKOS_API_KEY: TEST_KEY }).status, 'pass');
    assert.match(checkApiKey({ WORKOS_API_KEY: TEST_KEY }).summary, /^sk_test_…WXYZ .*test environment/);
    assert.match(checkApiKey({ WORKOS_API_KEY: LIVE_KEY }).summary, /live \(production\)/);
    assert.equal(keyEnvironment({ WORKOS_API_KEY: TEST_KEY }), 'test');
    assert.equal(keyEnvironment({ WORKOS_API_KEY: LIVE_KEY }), 'live');
  });
  it('fails a publishable key and names it as one', () => {
    const check = checkApiKey({ WORKOS_API_KEY: 'pk_test_a1b2c3d4e5f6g7h8i9j0WXYZ' });
    assert.equal(check.status, 'fail');
    assert.match(check.summary, /publishable key/);
    assert.match(check.fix ?? '', /sk_/);
  });
  it('fails a value that is no WorkOS key', () => {
    assert.equal(checkApiKey({ WORKOS_API_KEY: 'a1b2c3d4e5f6g7h8i9j0WXYZ' }).status, 'fail');
  });
  it('warns on an sk_ key of unknown environment', () => {
    assert.equal(checkApiKey({ WORKOS_API_KEY: 'sk_a1b2c3d4e5f6g7h8i9j0WXYZ' }).status, 'warn');
    assert.equal(keyEnvironment({ WORKOS_API_KEY: 'sk_a1b2c3d4e5f6g7h8i9j0WXYZ' }), 'unknown');
  });
});

describe('client id check', () => {
  it('passes client_ and project_ ids, shown whole (they are public)', () => {
    for (const id of ['client_01JABCDEFGHJKMNPQRSTVWXYZ9', 'project_01JABCDEFGHJKMNPQRSTVWXYZ9']) {
      const check = checkClientId({ WORKOS_CLIENT_ID: id });
      assert.equal(check.status, 'pass', id);
      assert.ok(check.summary.includes(id));
    }
  });
  it('fails when missing with a real key (nobody could sign in), warns in demo mode', () => {
    assert.equal(checkClientId({ WORKOS_API_KEY: 'sk_test_0123456789abcdefghij' }).status, 'fail');
    assert.equal(checkClientId({}).status, 'warn');
  });
  it('fails a bad form, masked', () => {
    const check = checkClientId({ WORKOS_CLIENT_ID: 'my-app-1234567890abcdef' });
    assert.equal(check.status, 'fail');
    assert.ok(!check.summary.includes('my-app-1234567890abcdef'));
  });
  it('fails, without revealing it, an API key pasted as client id', () => {
    const check = checkClientId({ WORKOS_CLIENT_ID: LIVE_KEY });
    assert.equal(check.status, 'fail');
    assert.match(check.summary, /is an API key/);
    assert.ok(!check.summary.includes(LIVE_KEY));
  });
});

describe('API host check', () => {
  it('passes with the round-trip time, naming the host', () => {
    assert.deepEqual(
      [checkApiHost(withKey, OK).status, checkApiHost(withKey, OK).summary],
      ['pass', 'WorkOS at https://api.workos.com answered in 42 ms.'],
    );
    assert.match(checkApiHost(demo, OK).summary, /^local emulator at http:\/\/127\.0\.0\.1:4100 /);
    const custom = readWorkOSConnection({ WORKOS_API_KEY: TEST_KEY, WORKOS_API_HOSTNAME: '127.0.0.1', WORKOS_API_PORT: '8787', WORKOS_API_HTTPS: 'false' });
    assert.match(checkApiHost(custom, OK).summary, /^custom host at http:\/\/127\.0\.0\.1:8787 /);
  });
  it('passes when the host answers 401: it is reachable, the key is the problem', () => {
    const check = checkApiHost(withKey, UNAUTHORIZED);
    assert.equal(check.status, 'pass');
    assert.match(check.summary, /HTTP 401, UnauthorizedException, request id req_123/);
  });
  it('fails when the API is down, with the error class', () => {
    const check = checkApiHost(withKey, UNREACHABLE);
    assert.equal(check.status, 'fail');
    assert.match(check.summary, /could not be reached .*\(Error\)/);
    assert.equal(checkApiHost(withKey, failed('timeout', 408, 'OauthException')).status, 'fail');
  });
  it('only warns when the demo emulator is not running', () => {
    const check = checkApiHost(demo, UNREACHABLE);
    assert.equal(check.status, 'warn');
    assert.match(check.fix ?? '', /npm run dev/);
  });
  it('fails on a server error with its request id, warns on rate limiting', () => {
    const check = checkApiHost(withKey, failed('server_error', 500, 'GenericServerException'));
    assert.equal(check.status, 'fail');
    assert.match(check.summary, /HTTP 500, GenericServerException, request id req_123/);
    assert.equal(checkApiHost(withKey, failed('rate_limited', 429, 'RateLimitExceededException')).status, 'warn');
    assert.equal(checkApiHost(withKey, failed('not_found', 404, 'NotFoundException')).status, 'fail');
  });
});

describe('authorization check', () => {
  it('passes with the directory count', () => {
    assert.match(checkAuthorization(withKey, OK).summary, /sees 3 directories/);
    assert.match(checkAuthorization(withKey, { ...OK, directoryCount: 500, countIsLowerBound: true }).summary, /sees 500\+ directories/);
    assert.match(checkAuthorization(demo, { ...OK, directoryCount: 1 }).summary, /sees 1 directory of demo data/);
  });
  it('warns when a real key sees no directories (wrong environment?)', () => {
    assert.equal(checkAuthorization(withKey, { ...OK, directoryCount: 0 }).status, 'warn');
  });
  it('fails on 401 and 403', () => {
    const check = checkAuthorization(withKey, UNAUTHORIZED);
    assert.equal(check.status, 'fail');
    assert.match(check.summary, /rejected the key \(HTTP 401, UnauthorizedException, request id req_123\)/);
    assert.equal(checkAuthorization(withKey, failed('forbidden', 403, 'GenericServerException')).status, 'fail');
  });
  it('warns (not checked) when the API did not answer', () => {
    assert.equal(checkAuthorization(withKey, UNREACHABLE).status, 'warn');
  });
});

describe('SDK and Node check', () => {
  const sdk = { version: '12.3.0', nodeRange: '>=22.11.0' };
  it('compares versions against a ">=" range', () => {
    assert.equal(satisfiesMinimum('22.11.0', '>=22.11.0'), true);
    assert.equal(satisfiesMinimum('22.23.3', '>=22.11.0'), true);
    assert.equal(satisfiesMinimum('v24.0.0', '>= 22.11'), true);
    assert.equal(satisfiesMinimum('22.10.9', '>=22.11.0'), false);
    assert.equal(satisfiesMinimum('20.20.2', '>=22'), false);
    assert.equal(satisfiesMinimum('22.11.0', '^22.11.0'), null);
  });
  it('passes a Node in range and fails one below it', () => {
    assert.equal(checkRuntime(sdk, '22.23.3').status, 'pass');
    assert.match(checkRuntime(sdk, '22.23.3').summary, /@workos-inc\/node 12\.3\.0 on Node 22\.23\.3/);
    assert.equal(checkRuntime(sdk, '20.20.2').status, 'fail');
  });
  it('warns when the SDK cannot be read or its range not evaluated', () => {
    assert.equal(checkRuntime(null, '22.23.3').status, 'warn');
    assert.equal(checkRuntime({ version: '12.3.0', nodeRange: '^22 || ^24' }, '22.23.3').status, 'warn');
  });
  it('reads the installed SDK package', () => {
    const installed = readSdkPackage(process.cwd());
    assert.match(installed?.version ?? '', /^\d+\.\d+\.\d+/);
    assert.equal(readSdkPackage('/nonexistent'), null);
  });
});

describe('webhook secret check', () => {
  it('passes, masked, when set', () => {
    const check = checkWebhookSecret({ WORKOS_WEBHOOK_SECRET: 'whsecret0123456789abcdefWXYZ' });
    assert.equal(check.status, 'pass');
    assert.equal(check.summary, 'Configured (…WXYZ).');
  });
  it('warns, saying what stops working, when missing', () => {
    const check = checkWebhookSecret({});
    assert.equal(check.status, 'warn');
    assert.match(check.summary, /dsync\.\* events/);
  });
});

describe('runSetupChecks', () => {
  it('runs every check once with one probe, and fails overall on any failure', async () => {
    let probes = 0;
    const probe = async () => (probes++, UNAUTHORIZED);
    const report = await runSetupChecks({ env: { WORKOS_API_KEY: 'pk_test_a1b2c3d4e5f6g7h8i9j0WXYZ' }, probe, sdk: null, nodeVersion: '22.23.3' });
    assert.equal(probes, 1);
    assert.deepEqual(report.checks.map((c) => c.id), ['api-key', 'client-id', 'api-host', 'authorization', 'runtime', 'webhook-secret']);
    assert.equal(report.failed, true);
    assert.equal(report.environment, 'unknown');
    assert.equal(report.apiBaseUrl, 'https://api.workos.com');
  });
  it('does not fail in demo mode with the emulator up', async () => {
    const report = await runSetupChecks({ env: {}, probe: async () => OK, sdk: { version: '12.3.0', nodeRange: '>=22.11.0' }, nodeVersion: '22.23.3' });
    assert.equal(report.failed, false);
    assert.equal(report.environment, 'demo');
  });
});
