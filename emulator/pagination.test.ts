/** Unit tests of the ordered index + pagination; proves a page's cost does not grow with the collection. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { paginate, parsePageParams, type PageParams } from './pagination';
import { SortedIndex, sortKey } from './sorted-index';

function build(n: number): { index: SortedIndex; keys: Map<string, string>; ids: string[] } {
  const index = new SortedIndex();
  const keys = new Map<string, string>();
  const ids: string[] = [];
  const t0 = Date.parse('2025-01-01T00:00:00.000Z');
  for (let i = 0; i < n; i++) {
    const id = `obj_${String(i).padStart(7, '0')}`;
    const key = sortKey(new Date(t0 + Math.floor(i / 3) * 1000).toISOString(), id); // ties on time break by id
    index.insert(key, id);
    keys.set(id, key);
    ids.push(id);
  }
  return { index, keys, ids };
}

const params = (p: Partial<PageParams>): PageParams => ({ limit: 10, order: 'desc', ...p });

describe('paginate', () => {
  test('page cost is independent of size (index slots visited)', () => {
    for (const n of [100, 100_000]) {
      const { index, keys, ids } = build(n);
      const mid = ids[Math.floor(n / 2)] as string;
      for (const p of [params({}), params({ after: mid }), params({ before: mid }), params({ order: 'asc', after: mid }), params({ order: 'normal', before: mid }), params({ limit: 100, after: mid })]) {
        const page = paginate(index, p, (id) => keys.get(id));
        assert.ok(page.visited <= p.limit + 2, `n=${n} visited ${page.visited} for ${JSON.stringify(p)}`);
      }
    }
  });

  test('out-of-order inserts and removals keep the order', () => {
    const index = new SortedIndex();
    for (const k of ['c', 'a', 'e', 'b', 'd']) index.insert(`2025|${k}`, k);
    assert.deepEqual(index.toArray(), ['a', 'b', 'c', 'd', 'e']);
    index.remove('2025|c');
    assert.deepEqual(index.toArray(), ['a', 'b', 'd', 'e']);
    assert.equal(index.has('2025|c'), false);
  });

  test('filters skip entries; cursors stay exact', () => {
    const { index, keys } = build(50);
    const even = (id: string) => Number(id.slice(4)) % 2 === 0;
    const first = paginate(index, params({ order: 'asc', limit: 5 }), (id) => keys.get(id), even);
    assert.deepEqual(first.ids, ['obj_0000000', 'obj_0000002', 'obj_0000004', 'obj_0000006', 'obj_0000008']);
    const second = paginate(index, params({ order: 'asc', limit: 5, after: first.after! }), (id) => keys.get(id), even);
    const back = paginate(index, params({ order: 'asc', limit: 5, before: second.before! }), (id) => keys.get(id), even);
    assert.deepEqual(back.ids, first.ids);
    assert.equal(back.before, null);
  });

  test('parsePageParams', () => {
    assert.deepEqual(parsePageParams(new URLSearchParams('')), { limit: 10, order: 'desc', before: undefined, after: undefined });
    assert.equal(parsePageParams(new URLSearchParams('limit=100&order=normal')).limit, 100);
    for (const bad of ['limit=0', 'limit=101', 'limit=abc', 'limit=-1', 'limit=1e1', 'order=ASC', 'before=a&after=b']) {
      assert.throws(() => parsePageParams(new URLSearchParams(bad)), (e: { status?: number }) => e.status === 422, bad);
    }
  });
});
