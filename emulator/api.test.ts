/** Every route through the real SDK (v12) and raw fetch; wire format checked against the official spec. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { NotFoundException, UnauthorizedException, UnprocessableEntityException } from '@workos-inc/node';
import { SEED_IDS } from './seed';
import type { EmulatorHandle } from './server';
import { api, sdk, start, validateComponent, validateResponse } from './test-helpers';

let emu: EmulatorHandle;
before(async () => { emu = await start(); });
after(async () => { await emu.close(); });

const ok = (errors: string[], what: string) => assert.deepEqual(errors, [], `${what} violates the spec: ${errors.join('; ')}`);

describe('directories', () => {
  test('SDK lists, gets, filters', async () => {
    const workos = sdk(emu);
    const list = await workos.directorySync.listDirectories({ limit: 100 });
    assert.equal(list.data.length, 7);
    const states = new Set(list.data.map((d) => d.state));
    for (const s of ['active', 'validating', 'invalid_credentials', 'inactive', 'deleting']) assert.ok(states.has(s as never), s);
    const byOrg = await workos.directorySync.listDirectories({ organizationId: SEED_IDS.initechOrganizationId });
    assert.deepEqual(byOrg.data.map((d) => d.id).sort(), [SEED_IDS.gsuiteDirectoryId, SEED_IDS.noGroupsDirectoryId].sort());
    const search = await workos.directorySync.listDirectories({ search: 'okta' });
    assert.deepEqual(search.data.map((d) => d.id), [SEED_IDS.largeDirectoryId]);
    const dir = await workos.directorySync.getDirectory({ id: SEED_IDS.largeDirectoryId });
    assert.equal(dir.name, 'Globex Corporation — Okta');
    assert.equal(dir.metadata?.users.active! + dir.metadata?.users.inactive!, 500); // exactly the requested size, after the sampled leaver
    assert.equal(dir.metadata?.groups, 50);
  });

  test('wire format is spec-valid', async () => {
    const list = await api(emu, '/directories?limit=100');
    assert.equal(list.status, 200);
    assert.match(list.headers.get('content-type') ?? '', /application\/json/);
    assert.ok(list.headers.get('x-request-id'));
    ok(validateComponent('DirectoryList', list.body), 'DirectoryList');
    ok(validateResponse('/directories', 'get', '200', list.body), 'GET /directories');
    const one = await api(emu, `/directories/${SEED_IDS.acmeDirectoryId}`);
    ok(validateComponent('Directory', one.body), 'Directory');
    assert.deepEqual(Object.keys(one.body.metadata), ['users', 'groups']);
    const domain = await api(emu, '/directories?domain=acme.io');
    assert.deepEqual(domain.body.data.map((d: { id: string }) => d.id), [SEED_IDS.acmeDirectoryId]);
  });

  test('404 and 422', async () => {
    const missing = await api(emu, '/directories/directory_nope');
    assert.equal(missing.status, 404);
    ok(validateResponse('/directories/{id}', 'get', '404', missing.body), '404');
    assert.equal(missing.body.code, 'entity_not_found');
    await assert.rejects(sdk(emu).directorySync.getDirectory({ id: 'directory_nope' }), NotFoundException);
    const org = await api(emu, '/directories?organization_id=org_unknown');
    assert.equal(org.status, 422);
    ok(validateResponse('/directories', 'get', '422', org.body), '422');
  });
});

describe('directory users', () => {
  test('deprecated routes carry groups; SDK deserializes them', async () => {
    const workos = sdk(emu);
    const users = await workos.directorySync.listUsers({ directory: SEED_IDS.acmeDirectoryId, limit: 100 });
    assert.ok(users.data.length >= 20);
    assert.ok(users.data.every((u) => Array.isArray(u.groups)));
    const jose = await workos.directorySync.getUser({ id: SEED_IDS.acmeJoseUserId });
    assert.equal(jose.firstName, 'José');
    assert.ok(jose.groups.some((g) => g.id === SEED_IDS.acmeEngineeringGroupId));
    const inGroup = await workos.directorySync.listUsers({ group: SEED_IDS.acmeEngineeringGroupId, limit: 100 });
    assert.ok(inGroup.data.some((u) => u.id === SEED_IDS.acmeJoseUserId));
    assert.ok(inGroup.data.every((u) => u.groups.some((g) => g.id === SEED_IDS.acmeEngineeringGroupId)));
  });

  test('spec-valid users, including non-ASCII names and missing optional fields', async () => {
    const list = await api(emu, `/directory_users?directory=${SEED_IDS.acmeDirectoryId}&limit=100`);
    ok(validateResponse('/directory_users', 'get', '200', list.body), 'GET /directory_users');
    const users = list.body.data as Record<string, unknown>[];
    assert.ok(users.some((u) => u.first_name === '太郎'));
    assert.ok(users.some((u) => u.first_name === null && u.last_name === null && u.name === null));
    assert.ok(users.some((u) => !('username' in u)));
    assert.ok(users.some((u) => !('job_title' in u)));
    assert.ok(users.some((u) => u.state === 'suspended'));
    assert.ok(users.some((u) => u.state === 'inactive'));
    assert.ok(users.some((u) => (u.emails as unknown[]).length > 1));
    const one = await api(emu, `/directory_users/${SEED_IDS.acmeJoseUserId}`);
    ok(validateResponse('/directory_users/{id}', 'get', '200', one.body), 'GET /directory_users/{id}');
    const large = await api(emu, `/directory_users?directory=${SEED_IDS.largeDirectoryId}&limit=100`);
    ok(validateComponent('DirectoryUserList', large.body), 'large directory users');
    const gsuite = await api(emu, `/directory_users?directory=${SEED_IDS.gsuiteDirectoryId}&limit=5`);
    assert.equal(gsuite.body.data[0].raw_attributes.kind, 'admin#directory#user');
    ok(validateComponent('DirectoryUserList', gsuite.body), 'gsuite users');
  });

  test('email and idp_id filters', async () => {
    const one = await api(emu, `/directory_users/${SEED_IDS.acmeJoseUserId}`);
    const byEmail = await api(emu, `/directory_users?directory=${SEED_IDS.acmeDirectoryId}&email=${encodeURIComponent(one.body.email.toUpperCase())}`);
    assert.deepEqual(byEmail.body.data.map((u: { id: string }) => u.id), [SEED_IDS.acmeJoseUserId]);
    const byIdp = await api(emu, `/directories/${SEED_IDS.acmeDirectoryId}/users?idp_id=${encodeURIComponent(one.body.idp_id)}`);
    assert.deepEqual(byIdp.body.data.map((u: { id: string }) => u.id), [SEED_IDS.acmeJoseUserId]);
    const sdkIdp = await sdk(emu).directorySync.listDirectoryUsers({ directoryId: SEED_IDS.acmeDirectoryId, idpId: one.body.idp_id });
    assert.equal(sdkIdp.data[0]?.id, SEED_IDS.acmeJoseUserId);
  });

  test('SDK 12 directory-scoped routes: no groups array, cross-directory lookups 404', async () => {
    const workos = sdk(emu);
    const users = await workos.directorySync.listDirectoryUsers({ directoryId: SEED_IDS.acmeDirectoryId, limit: 5 });
    assert.equal(users.data.length, 5);
    const raw = await api(emu, `/directories/${SEED_IDS.acmeDirectoryId}/users?limit=100`);
    for (const u of raw.body.data) {
      assert.ok(!('groups' in u));
      ok(validateComponent('DirectoryUser', u), 'DirectoryUser');
    }
    assert.equal(raw.body.object, 'list');
    const user = await workos.directorySync.getDirectoryUser({ directoryId: SEED_IDS.acmeDirectoryId, userId: SEED_IDS.acmeJoseUserId });
    assert.equal(user.lastName, 'Núñez');
    await assert.rejects(workos.directorySync.getDirectoryUser({ directoryId: SEED_IDS.gsuiteDirectoryId, userId: SEED_IDS.acmeJoseUserId }), NotFoundException);
    const inGroup = await workos.directorySync.listDirectoryUsers({ directoryId: SEED_IDS.acmeDirectoryId, group: SEED_IDS.acmeEngineeringGroupId, limit: 100 });
    assert.ok(inGroup.data.some((u) => u.id === SEED_IDS.acmeJoseUserId));
    const empty = await workos.directorySync.listDirectoryUsers({ directoryId: SEED_IDS.emptyDirectoryId });
    assert.deepEqual(empty.data, []);
    assert.equal(empty.listMetadata.after, null);
  });

  test('422 without directory or group; 401; 404', async () => {
    const neither = await api(emu, '/directory_users');
    assert.equal(neither.status, 422);
    ok(validateResponse('/directory_users', 'get', '422', neither.body), '422');
    await assert.rejects(sdk(emu).directorySync.listUsers({}), UnprocessableEntityException);
    const noKey = await api(emu, `/directory_users?directory=${SEED_IDS.acmeDirectoryId}`, { key: null });
    assert.equal(noKey.status, 401);
    assert.match(noKey.headers.get('content-type') ?? '', /application\/json/);
    assert.ok(noKey.headers.get('x-request-id'));
    await assert.rejects(sdk(emu, 'sk_wrong').directorySync.listDirectories(), UnauthorizedException);
    const missing = await api(emu, '/directory_users/directory_user_nope');
    assert.equal(missing.status, 404);
    ok(validateResponse('/directory_users/{id}', 'get', '404', missing.body), '404');
    assert.equal((await api(emu, '/directories/directory_nope/users')).status, 404);
  });
});

describe('directory groups', () => {
  test('both route generations', async () => {
    const workos = sdk(emu);
    const groups = await workos.directorySync.listGroups({ directory: SEED_IDS.acmeDirectoryId });
    assert.equal(groups.data.length, 8);
    const raw = await api(emu, `/directory_groups?directory=${SEED_IDS.acmeDirectoryId}`);
    ok(validateResponse('/directory_groups', 'get', '200', raw.body), 'GET /directory_groups');
    const ofUser = await workos.directorySync.listGroups({ user: SEED_IDS.acmeJoseUserId });
    assert.ok(ofUser.data.some((g) => g.id === SEED_IDS.acmeEngineeringGroupId));
    const group = await workos.directorySync.getGroup({ id: SEED_IDS.acmeEngineeringGroupId });
    assert.equal(group.name, 'Engineering');
    const one = await api(emu, `/directory_groups/${SEED_IDS.acmeEngineeringGroupId}`);
    ok(validateResponse('/directory_groups/{id}', 'get', '200', one.body), 'GET /directory_groups/{id}');
    const scoped = await workos.directorySync.listDirectoryGroups({ directoryId: SEED_IDS.acmeDirectoryId, user: SEED_IDS.acmeJoseUserId });
    assert.deepEqual(scoped.data.map((g) => g.id).sort(), ofUser.data.map((g) => g.id).sort());
    const g = await workos.directorySync.getDirectoryGroup({ directoryId: SEED_IDS.acmeDirectoryId, groupId: SEED_IDS.acmeEngineeringGroupId });
    assert.equal(g.id, SEED_IDS.acmeEngineeringGroupId);
    await assert.rejects(workos.directorySync.getDirectoryGroup({ directoryId: SEED_IDS.gsuiteDirectoryId, groupId: SEED_IDS.acmeEngineeringGroupId }), NotFoundException);
    const none = await workos.directorySync.listDirectoryGroups({ directoryId: SEED_IDS.noGroupsDirectoryId });
    assert.deepEqual(none.data, []);
    assert.equal((await api(emu, '/directory_groups')).status, 422);
    assert.equal((await api(emu, '/directory_groups/directory_group_nope')).status, 404);
  });
});

describe('events', () => {
  test('the three encodings of the events filter agree, and the SDK encoding works', async () => {
    const names = ['dsync.user.updated', 'dsync.group.user_removed'];
    const comma = await api(emu, `/events?limit=100&events=${names.join(',')}`);
    const repeated = await api(emu, `/events?limit=100&${names.map((n) => `events=${n}`).join('&')}`);
    const brackets = await api(emu, `/events?limit=100&${names.map((n) => `events[]=${n}`).join('&')}`);
    assert.equal(comma.status, 200);
    ok(validateResponse('/events', 'get', '200', comma.body), 'GET /events');
    const ids = (r: typeof comma) => r.body.data.map((e: { id: string }) => e.id);
    assert.ok(ids(comma).length > 3);
    assert.deepEqual(ids(repeated), ids(comma));
    assert.deepEqual(ids(brackets), ids(comma));
    assert.ok(comma.body.data.every((e: { event: string }) => names.includes(e.event)));
    const viaSdk = await sdk(emu).events.listEvents({ events: names as never, limit: 100 });
    assert.deepEqual(viaSdk.data.map((e) => e.id), ids(comma));
    const updated = comma.body.data.find((e: { event: string }) => e.event === 'dsync.user.updated');
    assert.ok(Object.keys(updated.data.previous_attributes).length > 0);
  });

  test('all seeded event kinds are spec-valid; org and range filters', async () => {
    const all = await api(emu, `/events?limit=100&organization_id=${SEED_IDS.acmeOrganizationId}&order=asc`);
    ok(validateComponent('EventList', all.body), 'EventList');
    const kinds = new Set(all.body.data.map((e: { event: string }) => e.event));
    for (const k of ['dsync.activated', 'dsync.user.created', 'dsync.group.created', 'dsync.group.user_added', 'dsync.user.updated', 'dsync.user.deleted', 'dsync.group.user_removed']) {
      assert.ok(kinds.has(k), k);
    }
    const first = all.body.data[0];
    const last = all.body.data.at(-1);
    const ranged = await api(emu, `/events?limit=100&organization_id=${SEED_IDS.acmeOrganizationId}&range_start=${first.created_at}&range_end=${first.created_at}`);
    assert.deepEqual(ranged.body.data.map((e: { id: string }) => e.id), [first.id]);
    assert.ok(last.created_at > first.created_at);
    const bad = await api(emu, '/events?range_start=yesterday');
    assert.equal(bad.status, 422);
    ok(validateResponse('/events', 'get', '422', bad.body), 'events 422');
  });
});

describe('paging parameter validation and hostile input', () => {
  const base = () => `/directory_users?directory=${SEED_IDS.largeDirectoryId}`;
  for (const [query, field] of [['limit=0', 'limit'], ['limit=101', 'limit'], ['limit=abc', 'limit'], ['limit=1.5', 'limit'], ['order=sideways', 'order'], ['after=directory_user_unknown', 'after'], ['before=x&after=y', 'before']]) {
    test(`422 for ${query}`, async () => {
      for (const path of [base(), '/directories?x=1', `/directories/${SEED_IDS.largeDirectoryId}/users?x=1`, '/events?x=1']) {
        const res = await api(emu, `${path}&${query}`);
        assert.equal(res.status, 422, `${path}&${query}`);
        assert.equal(typeof res.body.message, 'string');
        if (field !== 'after') assert.equal(res.body.field ?? res.body.errors?.[0]?.field, field);
      }
    });
  }

  test('never a 5xx on malformed input', async () => {
    const huge = 'x'.repeat(6000);
    const paths = [
      '/directories/%E0%A4%A', '/directories/%', '/directories/..%2F..%2Fetc%2Fpasswd', '/directory_users/%00',
      `/directories/${huge}`, `/directory_users?directory=${huge}`, '/directory_users?directory=%ZZ', '/events?events=%E0%A4%A',
      '/events?events=../../x', `/directories?search=${huge}`, '/directories?limit=%', '/directories?order=%00',
      '/directories/directory_x/users/%2e%2e', '/directory_groups?user=%F0%9F%92%A9', '/nope', '/directories/a/b/c/d',
    ];
    for (const path of paths) {
      const res = await api(emu, path);
      assert.ok(res.status < 500, `${path.slice(0, 80)} → ${res.status}`);
      assert.match(res.headers.get('content-type') ?? '', /application\/json/, path);
      if (res.status >= 400) assert.ok(res.body && typeof res.body.message === 'string', path);
    }
    const tooLong = await api(emu, `/directories/${'y'.repeat(70000)}`);
    assert.equal(tooLong.status, 431);
    assert.equal(typeof tooLong.body.message, 'string');
  });

  test('health', async () => {
    const res = await api(emu, '/health', { key: null });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { status: 'ok' });
  });
});
