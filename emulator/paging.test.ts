/** Walks the whole large directory forward and back in every order; cursor semantics at both ends. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SEED_IDS } from './seed';
import type { EmulatorHandle } from './server';
import { api, sdk, start } from './test-helpers';

const USERS = 1_500;
let emu: EmulatorHandle;
let expectedAsc: string[];

before(async () => {
  emu = await start({ largeDirectoryUsers: USERS });
  // Ground truth: the store's own ascending order (created_at, id).
  expectedAsc = [];
  let cursor: string | null = null;
  do {
    const res: { body: { data: { id: string; created_at: string }[]; list_metadata: { after: string | null } } } =
      await api(emu, `/directories/${SEED_IDS.largeDirectoryId}/users?order=asc&limit=100${cursor ? `&after=${cursor}` : ''}`);
    expectedAsc.push(...res.body.data.map((u) => u.id));
    cursor = res.body.list_metadata.after;
  } while (cursor);
});
after(async () => { await emu.close(); });

type Page = { ids: string[]; before: string | null; after: string | null };
async function page(path: string, query: string): Promise<Page> {
  const res = await api(emu, `${path}${path.includes('?') ? '&' : '?'}${query}`);
  assert.equal(res.status, 200, res.text);
  return { ids: res.body.data.map((x: { id: string }) => x.id), before: res.body.list_metadata.before, after: res.body.list_metadata.after };
}

describe('full walks', () => {
  test('ground truth is sorted by created_at and complete', () => {
    assert.equal(expectedAsc.length, USERS); // the seed adds one extra user for the sampled leaver
    assert.equal(new Set(expectedAsc).size, expectedAsc.length);
  });

  for (const route of ['/directory_users?directory=DIR', '/directories/DIR/users']) {
    for (const order of ['asc', 'desc', 'normal'] as const) {
      for (const limit of [10, 100]) {
        test(`${route} order=${order} limit=${limit}: forward then back`, async () => {
          const path = route.replace('DIR', SEED_IDS.largeDirectoryId);
          const expected = order === 'asc' ? expectedAsc : [...expectedAsc].reverse();
          // In `normal`, `before` moves to older records (display-forward), `after` to newer.
          const next = order === 'normal' ? 'before' : 'after';
          const prev = order === 'normal' ? 'after' : 'before';
          const pages: Page[] = [];
          let p = await page(path, `order=${order}&limit=${limit}`);
          assert.equal(p[prev], null, 'no previous cursor on the first page');
          pages.push(p);
          while (p[next]) {
            const cursor: string = p[next] as string;
            p = await page(path, `order=${order}&limit=${limit}&${next}=${cursor}`);
            assert.equal(p[prev], p.ids[0], 'previous cursor = first id on later pages');
            pages.push(p);
          }
          assert.equal(p[next], null, 'no next cursor on the last page');
          assert.deepEqual(pages.flatMap((x) => x.ids), expected);
          // Walk back from the last page using the previous-page cursor: each page exactly reproduced.
          for (let i = pages.length - 1; i > 0; i--) {
            const back = await page(path, `order=${order}&limit=${limit}&${prev}=${(pages[i] as Page)[prev]}`);
            assert.deepEqual(back.ids, (pages[i - 1] as Page).ids, `page ${i - 1} via ${prev}`);
            if (i - 1 === 0) assert.equal(back[prev], null);
          }
        });
      }
    }
  }

  test('SDK autoPagination collects a group of the large directory exactly once', async () => {
    // A department group spans a few pages of 100; the SDK sleeps 350 ms between pages, so not the whole directory.
    const groups = await api(emu, `/directory_groups?directory=${SEED_IDS.largeDirectoryId}&limit=100`);
    const group = groups.body.data.find((g: { name: string }) => g.name === 'Engineering');
    const members = await page(`/directory_users?group=${group.id}`, 'limit=100&order=asc');
    const all = [...members.ids];
    let cursor = members.after;
    while (cursor) {
      const p = await page(`/directory_users?group=${group.id}`, `limit=100&order=asc&after=${cursor}`);
      all.push(...p.ids);
      cursor = p.after;
    }
    assert.ok(all.length > 10);
    const list = await sdk(emu).directorySync.listDirectoryUsers({ directoryId: SEED_IDS.largeDirectoryId, group: group.id, order: 'asc' });
    assert.deepEqual((await list.autoPagination()).map((u) => u.id), all);
  });
});

describe('cursor semantics at the ends', () => {
  const path = () => `/directories/${SEED_IDS.largeDirectoryId}/users`;
  test('after the last id → empty page, both cursors null', async () => {
    const p = await page(path(), `order=asc&after=${expectedAsc.at(-1)}`);
    assert.deepEqual(p, { ids: [], before: null, after: null });
  });
  test('before the first id → empty page', async () => {
    const p = await page(path(), `order=asc&before=${expectedAsc[0]}`);
    assert.deepEqual(p.ids, []);
  });
  test('before a position near the start returns the short previous page', async () => {
    const p = await page(path(), `order=asc&limit=10&before=${expectedAsc[3]}`);
    assert.deepEqual(p.ids, expectedAsc.slice(0, 3));
    assert.equal(p.before, null);
    assert.equal(p.after, expectedAsc[2]);
  });
  test('a deleted object stays a valid cursor (tombstone)', async () => {
    const victim = expectedAsc[20] as string;
    await emu.deleteUser(victim);
    const p = await page(path(), `order=asc&limit=5&after=${victim}`);
    assert.deepEqual(p.ids, expectedAsc.slice(21, 26));
    await emu.reset();
  });
  test('directories and groups page the same way', async () => {
    const dirs = await page('/directories', 'order=asc&limit=3');
    const rest = await page('/directories', `order=asc&limit=100&after=${dirs.after}`);
    assert.equal(dirs.ids.length + rest.ids.length, 7);
    const back = await page('/directories', `order=asc&limit=3&before=${rest.ids[0]}`);
    assert.deepEqual(back.ids, dirs.ids);
    const groups = await page(`/directory_groups?directory=${SEED_IDS.largeDirectoryId}`, 'limit=20');
    const g2 = await page(`/directory_groups?directory=${SEED_IDS.largeDirectoryId}`, `limit=20&after=${groups.after}`);
    const g1 = await page(`/directory_groups?directory=${SEED_IDS.largeDirectoryId}`, `limit=20&before=${g2.before}`);
    assert.deepEqual(g1.ids, groups.ids);
  });
});
