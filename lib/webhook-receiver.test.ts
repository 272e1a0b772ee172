import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SignatureVerificationException, WorkOS } from '@workos-inc/node';
import { signPayload } from '../emulator/webhooks';
import { RecentIds, WEBHOOK_TOLERANCE_MS, receiveWebhook } from './webhook-receiver';
import type { WebhookDeps } from './webhook-receiver';
import type { ActivityEvent } from './types';

/*
 * Signatures are made the way WorkOS (and the emulator) makes them and checked by the real SDK's
 * constructEvent, as lib/workos.ts's verifyWebhook does (that module is server-only, so the test
 * builds the same call here).
 */
const SECRET = 'whsec_test_only';
const sdk = new WorkOS('sk_test_unit', { apiHostname: '127.0.0.1', port: 1, https: false, maxRetries: 0 });

const body = JSON.stringify({
  id: 'event_01UNIT',
  event: 'dsync.user.created',
  data: {
    object: 'directory_user', id: 'directory_user_01ADA', directory_id: 'directory_01UNIT', organization_id: 'org_01', idp_id: 'ada',
    email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace', state: 'active', raw_attributes: {}, custom_attributes: {},
    created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z',
  },
  created_at: '2026-01-01T00:00:00.000Z',
});

function deps(overrides: Partial<WebhookDeps> = {}) {
  const invalidated: string[] = [];
  const value: WebhookDeps = {
    secret: SECRET,
    verify: async (raw, signature, secret, tolerance) => {
      const event = await sdk.webhooks.constructEvent({ payload: raw, sigHeader: signature, secret, tolerance });
      return { id: event.id, event: event.event, createdAt: event.createdAt.toISOString(), data: JSON.parse(JSON.stringify(event.data)), context: null } satisfies ActivityEvent;
    },
    rejectionOf: (error) => (error instanceof SignatureVerificationException ? 'invalid_signature' : error instanceof SyntaxError ? 'invalid_payload' : null),
    seen: new RecentIds(),
    invalidate: (id) => invalidated.push(id),
    ...overrides,
  };
  return { value, invalidated };
}

const deliver = (signature: string | null, rawBody = body) => ({ rawBody, signature, contentLength: rawBody.length });

describe('receiveWebhook', () => {
  test('a correctly signed dsync event refreshes its directory once; a redelivery changes nothing', async () => {
    const { value, invalidated } = deps();
    const first = await receiveWebhook(deliver(signPayload(SECRET, Date.now(), body)), value);
    assert.equal(first.status, 200);
    assert.deepEqual(first.body, { received: true, id: 'event_01UNIT', directory_id: 'directory_01UNIT' });
    const again = await receiveWebhook(deliver(signPayload(SECRET, Date.now(), body)), value);
    assert.equal(again.status, 200);
    assert.equal(again.body.duplicate, true);
    assert.deepEqual(invalidated, ['directory_01UNIT']);
  });

  test('forged, tampered, expired, future and missing signatures are 4xx with no side effect', async () => {
    const { value, invalidated } = deps();
    const now = Date.now();
    const cases: [string, string | null, string?][] = [
      ['wrong secret', signPayload('someone-else', now, body)],
      ['tampered body', signPayload(SECRET, now, body), body.replace('Ada', 'Eve')],
      ['expired', signPayload(SECRET, now - WEBHOOK_TOLERANCE_MS - 5_000, body)],
      ['far future', signPayload(SECRET, now + WEBHOOK_TOLERANCE_MS + 5_000, body)],
      ['seconds instead of ms', signPayload(SECRET, Math.floor(now / 1000), body)],
      ['garbage header', 'nonsense'],
      ['missing', null],
    ];
    for (const [name, signature, raw] of cases) {
      const answer = await receiveWebhook(deliver(signature, raw), value);
      assert.ok(answer.status === 400 || answer.status === 401, `${name}: ${answer.status}`);
    }
    assert.deepEqual(invalidated, []);
    assert.equal(value.seen.size, 0);
  });

  test('no secret configured: 503 with a clear message, nothing verified', async () => {
    let verified = false;
    const { value } = deps({ secret: undefined, verify: async () => { verified = true; throw new Error('unreachable'); } });
    const answer = await receiveWebhook(deliver('t=1, v1=00'), value);
    assert.equal(answer.status, 503);
    assert.match(String(answer.body.message), /WORKOS_WEBHOOK_SECRET/);
    assert.equal(verified, false);
  });

  test('an oversized body is refused unread', async () => {
    const { value } = deps();
    const answer = await receiveWebhook({ rawBody: '', signature: 't=1, v1=00', contentLength: 5_000_000 }, value);
    assert.equal(answer.status, 413);
  });

  test('a verified non-dsync event is acknowledged and ignored', async () => {
    const { value, invalidated } = deps();
    const other = JSON.stringify({ id: 'event_01OTHER', event: 'user.created', data: {}, created_at: '2026-01-01T00:00:00.000Z' });
    const answer = await receiveWebhook(deliver(signPayload(SECRET, Date.now(), other), other), value);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.ignored, true);
    assert.deepEqual(invalidated, []);
  });
});

test('RecentIds forgets the oldest id beyond its capacity', () => {
  const ids = new RecentIds(2);
  ids.add('a');
  ids.add('b');
  ids.add('a'); // refreshed: now the newest
  ids.add('c');
  assert.ok(ids.has('a') && ids.has('c') && !ids.has('b'));
  assert.equal(ids.size, 2);
});
