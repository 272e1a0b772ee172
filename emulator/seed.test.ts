/** Seed determinism, coverage of states/types, seed files. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SEED_IDS, seedStore } from './seed';
import { Store } from './store';
import { api, start } from './test-helpers';

function snapshot(store: Store) {
  return {
    dirs: store.directoryIndex.toArray(),
    users: [...store.users.keys()].sort(),
    groups: [...store.groups.keys()].sort(),
    events: store.eventIndex.toArray(),
    firstUser: JSON.stringify(store.users.get(SEED_IDS.acmeJoseUserId)),
  };
}

describe('built-in seed', () => {
  test('two builds produce identical ids and data', () => {
    const a = new Store();
    const b = new Store();
    seedStore(a, { largeDirectoryUsers: 300 });
    seedStore(b, { largeDirectoryUsers: 300 });
    assert.deepEqual(snapshot(a), snapshot(b));
  });

  test('two servers serve the same ids', async () => {
    const [x, y] = await Promise.all([start({ largeDirectoryUsers: 50 }), start({ largeDirectoryUsers: 50 })]);
    try {
      const ids = async (emu: typeof x) => (await api(emu, `/directory_users?directory=${SEED_IDS.largeDirectoryId}&limit=100`)).body.data.map((u: { id: string }) => u.id);
      assert.deepEqual(await ids(x), await ids(y));
    } finally {
      await Promise.all([x.close(), y.close()]);
    }
  });

  test('SEED_IDS exist; every state; several types; empty and group-less directories', () => {
    const store = new Store();
    seedStore(store, { largeDirectoryUsers: 100 });
    for (const [name, id] of Object.entries(SEED_IDS)) {
      const found = store.organizations.has(id) || store.directories.has(id) || store.users.has(id) || store.groups.has(id);
      assert.ok(found, `${name} = ${id}`);
    }
    const dirs = [...store.directories.values()];
    assert.deepEqual(new Set(dirs.map((d) => d.state)), new Set(['linked', 'validating', 'invalid_credentials', 'unlinked', 'deleting']));
    assert.ok(new Set(dirs.map((d) => d.type)).size >= 6);
    assert.equal(store.usersOfDirectory(SEED_IDS.emptyDirectoryId).size, 0);
    assert.equal(store.groupsOfDirectory(SEED_IDS.emptyDirectoryId).size, 0);
    assert.ok(store.usersOfDirectory(SEED_IDS.noGroupsDirectoryId).size > 0);
    assert.equal(store.groupsOfDirectory(SEED_IDS.noGroupsDirectoryId).size, 0);
    assert.equal(store.groupsOfDirectory(SEED_IDS.largeDirectoryId).size, 50);
    const counts = store.directoryCounts(SEED_IDS.acmeDirectoryId);
    const acmeUsers = store.usersOfDirectory(SEED_IDS.acmeDirectoryId).toArray().map((id) => store.users.get(id)!);
    assert.equal(counts.active, acmeUsers.filter((u) => u.state === 'active').length);
    assert.equal(counts.inactive, acmeUsers.filter((u) => u.state !== 'active').length);
  });

  test('the large directory size is configurable and its event history stays bounded', () => {
    const small = new Store();
    const big = new Store();
    seedStore(small, { largeDirectoryUsers: 1_000 });
    seedStore(big, { largeDirectoryUsers: 20_000 });
    assert.equal(big.usersOfDirectory(SEED_IDS.largeDirectoryId).size, 20_000);
    assert.equal(big.events.size, small.events.size);
    assert.ok(big.events.size < 3_000);
  });
});

describe('seed file', () => {
  const example = fileURLToPath(new URL('./examples/seed.example.json', import.meta.url));

  test('the example file loads with exact ids, memberships and history', async () => {
    const emu = await start({ seedFile: example });
    try {
      const dirs = await api(emu, '/directories?limit=100');
      assert.equal(dirs.body.data.length, 2);
      const dir = await api(emu, '/directories/directory_01HEXAMPLE000000000000001');
      assert.deepEqual(dir.body.metadata, { users: { active: 1, inactive: 1 }, groups: 2 });
      const eng = await api(emu, '/directory_users?group=directory_group_01HEXAMPLE00000000001');
      assert.deepEqual(eng.body.data.map((u: { id: string }) => u.id), ['directory_user_01HEXAMPLE000000000001']);
      const events = await api(emu, '/events?limit=100&order=asc');
      assert.equal(events.body.data[0].event, 'dsync.activated');
      assert.ok(events.body.data.some((e: { event: string }) => e.event === 'dsync.group.user_added'));
    } finally {
      await emu.close();
    }
  });

  test('invalid files are rejected with a readable message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-seed-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ directories: [{ organization_id: 'org_x', name: 'X', type: 'not a type' }] }));
    await assert.rejects(start({ seedFile: bad }), /Invalid seed file/);
  });
});
