/** Delete lifecycle, rate limiting, faults, latency, stats, IdP-style changes and webhooks. */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import { RateLimitExceededException, WorkOS } from '@workos-inc/node';
import { SEED_IDS } from './seed';
import type { EmulatorHandle } from './server';
import { api, sdk, start, validateComponent } from './test-helpers';

let emu: EmulatorHandle;
before(async () => { emu = await start({ largeDirectoryUsers: 200 }); });
after(async () => { await emu.close(); });
beforeEach(() => emu.reset());

const control = (path: string, method: string, body?: unknown) =>
  api(emu, `/_emulator${path}`, { method, key: null, headers: { 'Content-Type': 'application/json' }, ...(body !== undefined && { body: JSON.stringify(body) }) });

describe('delete lifecycle', () => {
  test('202 {} → deleting → 404; users/groups gone; dsync.deleted; idempotent', async () => {
    await control('/delete-delay', 'POST', { ms: 150 });
    const id = SEED_IDS.acmeDirectoryId;
    const users = await api(emu, `/directory_users?directory=${id}&limit=100`);
    const userId = users.body.data[0].id;
    const del = await api(emu, `/directories/${id}`, { method: 'DELETE' });
    assert.equal(del.status, 202);
    assert.deepEqual(del.body, {});
    assert.match(del.headers.get('content-type') ?? '', /application\/json/);
    const during = await api(emu, `/directories/${id}`);
    assert.equal(during.body.state, 'deleting');
    assert.equal((await api(emu, `/directories/${id}`, { method: 'DELETE' })).status, 202);
    await new Promise((r) => setTimeout(r, 250));
    assert.equal((await api(emu, `/directories/${id}`)).status, 404);
    assert.equal((await api(emu, `/directories/${id}`, { method: 'DELETE' })).status, 404);
    assert.equal((await api(emu, `/directory_users/${userId}`)).status, 404);
    assert.equal((await api(emu, `/directory_groups/${SEED_IDS.acmeEngineeringGroupId}`)).status, 404);
    assert.equal((await api(emu, `/directory_users?group=${SEED_IDS.acmeEngineeringGroupId}`)).status, 404);
    const list = await api(emu, '/directories?limit=100');
    assert.ok(!list.body.data.some((d: { id: string }) => d.id === id));
    const events = await api(emu, `/events?events=dsync.deleted&organization_id=${SEED_IDS.acmeOrganizationId}`);
    assert.equal(events.body.data.length, 1);
    assert.equal(events.body.data[0].data.id, id);
    assert.deepEqual(validateComponent('EventList', events.body), []);
  });

  test('SDK deleteDirectory with zero delay', async () => {
    await sdk(emu).directorySync.deleteDirectory({ id: SEED_IDS.gsuiteDirectoryId });
    assert.equal((await api(emu, `/directories/${SEED_IDS.gsuiteDirectoryId}`)).status, 404);
  });
});

describe('rate limit', () => {
  test('off by default; 429 + Retry-After when on, per directory, both route generations', async () => {
    for (let i = 0; i < 8; i++) assert.equal((await api(emu, `/directory_users?directory=${SEED_IDS.acmeDirectoryId}`)).status, 200);
    await control('/rate-limit', 'POST', { enabled: true });
    const statuses: number[] = [];
    let limited;
    for (let i = 0; i < 6; i++) {
      const path = i % 2 ? `/directories/${SEED_IDS.acmeDirectoryId}/users` : `/directory_users?directory=${SEED_IDS.acmeDirectoryId}`;
      const res = await api(emu, path);
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429]);
    assert.match(limited!.headers.get('retry-after') ?? '', /^\d+$/);
    assert.equal(limited!.body, 'Ratelimited');
    // Another directory has its own budget; other endpoints are not limited.
    assert.equal((await api(emu, `/directory_users?directory=${SEED_IDS.gsuiteDirectoryId}`)).status, 200);
    assert.equal((await api(emu, `/directories/${SEED_IDS.acmeDirectoryId}`)).status, 200);
    const err = await sdk(emu).directorySync.listDirectoryUsers({ directoryId: SEED_IDS.acmeDirectoryId }).catch((e: unknown) => e);
    assert.ok(err instanceof RateLimitExceededException);
    assert.ok((err.retryAfter ?? 0) >= 1);
    await emu.setRateLimit(false);
    assert.equal((await api(emu, `/directory_users?directory=${SEED_IDS.acmeDirectoryId}`)).status, 200);
  });

  test('enabled from the start option', async () => {
    const limited = await start({ largeDirectoryUsers: 10, rateLimit: true });
    try {
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push((await api(limited, `/directory_users/${SEED_IDS.acmeJoseUserId}`)).status);
      assert.deepEqual(codes, [200, 200, 200, 200, 429]);
    } finally { await limited.close(); }
  });
});

describe('faults, latency, stats', () => {
  test('status fault with times, body and Retry-After', async () => {
    const { body } = await control('/faults', 'POST', { method: 'GET', path: '^/directories$', status: 503, retryAfter: 2, times: 1 });
    assert.match(body.id, /^fault_/);
    const first = await api(emu, '/directories');
    assert.equal(first.status, 503);
    assert.equal(first.headers.get('retry-after'), '2');
    assert.ok(first.headers.get('x-request-id'));
    assert.equal((await api(emu, '/directories')).status, 200);
    await control('/faults', 'POST', { path: 'directory_users', status: 403, body: { message: 'nope' } });
    const forbidden = await api(emu, `/directory_users/${SEED_IDS.acmeJoseUserId}`);
    assert.deepEqual([forbidden.status, forbidden.body], [403, { message: 'nope' }]);
    await control('/faults', 'DELETE');
    assert.equal((await api(emu, `/directory_users/${SEED_IDS.acmeJoseUserId}`)).status, 200);
  });

  test('timeout hangs until the client gives up; close destroys the socket', async () => {
    emu.addFault({ path: '^/directories$', mode: 'timeout', times: 1 });
    await assert.rejects(fetch(`${emu.url}/directories`, { headers: { Authorization: `Bearer ${emu.apiKey}` }, signal: AbortSignal.timeout(200) }), /timeout|abort/i);
    emu.addFault({ path: '^/directories$', mode: 'close', times: 1 });
    await assert.rejects(fetch(`${emu.url}/directories`, { headers: { Authorization: `Bearer ${emu.apiKey}` } }), /fetch failed/);
    assert.equal((await api(emu, '/directories')).status, 200);
  });

  test('latency and stats per route pattern', async () => {
    await control('/latency', 'POST', { ms: 120 });
    const t0 = Date.now();
    await api(emu, `/directories/${SEED_IDS.acmeDirectoryId}`);
    assert.ok(Date.now() - t0 >= 110);
    await control('/latency', 'POST', { ms: 0 });
    await control('/stats/reset', 'POST');
    await api(emu, `/directories/${SEED_IDS.acmeDirectoryId}`);
    await api(emu, `/directories/${SEED_IDS.gsuiteDirectoryId}`);
    await api(emu, `/directories/${SEED_IDS.acmeDirectoryId}/users`);
    await api(emu, '/nope');
    const stats = await control('/stats', 'GET');
    assert.deepEqual(stats.body, { 'GET /directories/:id': 2, 'GET /directories/:id/users': 1, unmatched: 1 });
  });

  test('control API validates bodies', async () => {
    assert.equal((await control('/faults', 'POST', { path: '(' })).status, 400);
    assert.equal((await control('/latency', 'POST', { ms: -1 })).status, 400);
    assert.equal((await api(emu, '/_emulator/latency', { method: 'POST', key: null, body: 'not json' })).status, 400);
  });
});

describe('IdP-style changes', () => {
  test('create/update/delete users and memberships keep metadata and events right', async () => {
    const dir = SEED_IDS.emptyDirectoryId;
    const meta = async () => (await api(emu, `/directories/${dir}`)).body.metadata;
    assert.deepEqual(await meta(), { users: { active: 0, inactive: 0 }, groups: 0 });
    const created = await control(`/directories/${dir}/users`, 'POST', { email: 'new.hire@starkindustries.com', first_name: 'Nova', last_name: 'Hire' });
    assert.equal(created.status, 201);
    assert.deepEqual(validateComponent('DirectoryUserWithGroups', created.body), []);
    const group = await control(`/directories/${dir}/groups`, 'POST', { name: 'Avengers' });
    await control(`/directory_groups/${group.body.id}/members`, 'POST', { user_id: created.body.id });
    assert.deepEqual(await meta(), { users: { active: 1, inactive: 0 }, groups: 1 });
    const patched = await control(`/directory_users/${created.body.id}`, 'PATCH', { state: 'suspended', job_title: 'Engineer' });
    assert.equal(patched.body.state, 'suspended');
    assert.deepEqual(await meta(), { users: { active: 0, inactive: 1 }, groups: 1 });
    const inGroup = await api(emu, `/directory_users?group=${group.body.id}`);
    assert.deepEqual(inGroup.body.data.map((u: { id: string }) => u.id), [created.body.id]);
    await control(`/directory_groups/${group.body.id}/members/${created.body.id}`, 'DELETE');
    assert.deepEqual((await api(emu, `/directory_users?group=${group.body.id}`)).body.data, []);
    await control(`/directory_users/${created.body.id}`, 'DELETE');
    assert.deepEqual(await meta(), { users: { active: 0, inactive: 0 }, groups: 1 });
    const events = await api(emu, `/events?organization_id=${SEED_IDS.starkOrganizationId}&order=asc&limit=100`);
    assert.deepEqual(events.body.data.map((e: { event: string }) => e.event), [
      'dsync.user.created', 'dsync.group.created', 'dsync.group.user_added', 'dsync.user.updated', 'dsync.group.user_removed', 'dsync.user.deleted',
    ]);
    const updated = events.body.data[3];
    assert.deepEqual(updated.data.previous_attributes, { state: 'active', job_title: null });
    assert.deepEqual(validateComponent('EventList', events.body), []);
    assert.equal((await control('/directory_users/directory_user_nope', 'PATCH', { state: 'active' })).status, 404);
  });
});

describe('webhooks', () => {
  test('signed deliveries verify with the SDK; redeliver resends the same event', async () => {
    const received: { body: string; signature: string }[] = [];
    const receiver = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ body, signature: String(req.headers['workos-signature']) });
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      const secret = 'whsec_test_123';
      assert.equal((await control('/webhook-endpoints', 'POST', { url, secret })).status, 201);
      await emu.createUser(SEED_IDS.emptyDirectoryId, { email: 'hook@starkindustries.com' });
      await emu.webhooksIdle();
      assert.equal(received.length, 1);
      const workos = new WorkOS('sk_test', { apiHostname: '127.0.0.1', https: false });
      const first = received[0]!;
      assert.match(first.signature, /^t=\d{13}, v1=[0-9a-f]{64}$/);
      const event = await workos.webhooks.constructEvent({ payload: JSON.parse(first.body), sigHeader: first.signature, secret });
      assert.equal(event.event, 'dsync.user.created');
      await assert.rejects(workos.webhooks.verifyHeader({ payload: first.body, sigHeader: first.signature, secret: 'wrong' }));
      const deliveries = await control('/webhook-deliveries', 'GET');
      assert.equal(deliveries.body.length, 1);
      assert.equal(deliveries.body[0].status, 200);
      await control('/webhook-endpoints/redeliver', 'POST', { event_id: event.id });
      await emu.webhooksIdle();
      assert.equal(received.length, 2);
      assert.equal(JSON.parse(received[1]!.body).id, event.id);
      assert.equal((await control('/webhook-endpoints/redeliver', 'POST', { event_id: 'event_nope' })).status, 404);
    } finally {
      await new Promise((r) => receiver.close(r));
    }
  });
});

describe('reset', () => {
  test('restores seed data and clears knobs', async () => {
    await emu.setRateLimit(true, 1);
    emu.addFault({ path: '.*', status: 500 });
    await emu.deleteUser(SEED_IDS.acmeJoseUserId);
    assert.equal((await control('/reset', 'POST')).status, 200);
    const jose = await api(emu, `/directory_users/${SEED_IDS.acmeJoseUserId}`);
    assert.equal(jose.status, 200);
    assert.equal((await api(emu, `/directory_users/${SEED_IDS.acmeJoseUserId}`)).status, 200);
    assert.deepEqual((await control('/seed-ids', 'GET')).body, SEED_IDS);
  });
});
