import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ReadCache } from './read-cache';

function clock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('ReadCache', () => {
  it('serves a repeat read from cache until the TTL passes', async () => {
    const time = clock();
    const cache = new ReadCache(60_000, 100, time.now);
    let loads = 0;
    const load = async () => ++loads;
    assert.equal((await cache.read('k', [], load)).value, 1);
    time.advance(59_999);
    assert.equal((await cache.read('k', [], load)).value, 1);
    time.advance(2);
    assert.equal((await cache.read('k', [], load)).value, 2);
  });

  it('reports when the value was fetched', async () => {
    const time = clock(5_000);
    const cache = new ReadCache(60_000, 100, time.now);
    await cache.read('k', [], async () => 'v');
    time.advance(3_000);
    assert.equal((await cache.read('k', [], async () => 'other')).fetchedAt, 5_000);
  });

  it('shares one request between concurrent identical reads', async () => {
    const cache = new ReadCache(60_000);
    let loads = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const load = async () => {
      loads++;
      await gate;
      return 'v';
    };
    const reads = Promise.all([cache.read('k', [], load), cache.read('k', [], load), cache.read('k', [], load)]);
    release();
    assert.deepEqual((await reads).map((r) => r.value), ['v', 'v', 'v']);
    assert.equal(loads, 1);
  });

  it('does not cache failures', async () => {
    const cache = new ReadCache(60_000);
    await assert.rejects(cache.read('k', [], async () => Promise.reject(new Error('boom'))));
    assert.equal((await cache.read('k', [], async () => 'ok')).value, 'ok');
  });

  it('drops exactly the entries of an invalidated tag, even in flight', async () => {
    const cache = new ReadCache(60_000);
    await cache.read('a', ['directory:1', 'directories'], async () => 'a1');
    await cache.read('b', ['directory:2'], async () => 'b1');
    let release!: () => void;
    const inFlight = cache.read('c', ['directory:1'], () => new Promise<string>((resolve) => (release = () => resolve('c1'))));
    assert.equal(cache.invalidate('directory:1'), 2);
    release();
    await inFlight;
    assert.equal((await cache.read('a', [], async () => 'a2')).value, 'a2');
    assert.equal((await cache.read('b', [], async () => 'b2')).value, 'b1');
    assert.equal((await cache.read('c', [], async () => 'c2')).value, 'c2', 'an invalidated in-flight read is not stored');
  });

  it('evicts the least recently used entry past its bound', async () => {
    const cache = new ReadCache(60_000, 2);
    await cache.read('a', [], async () => 1);
    await cache.read('b', [], async () => 2);
    await cache.read('a', [], async () => 0); // touch a
    await cache.read('c', [], async () => 3); // evicts b
    assert.equal(cache.size, 2);
    assert.equal((await cache.read('b', [], async () => 22)).value, 22);
  });

  it('with a TTL of 0, never caches', async () => {
    const cache = new ReadCache(0);
    let loads = 0;
    await cache.read('k', [], async () => ++loads);
    await cache.read('k', [], async () => ++loads);
    assert.equal(loads, 2);
  });
});
