import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Pacer } from './pacer';

/** A fake clock: sleeping advances time, so tests are instant and exact. */
function fakeClock() {
  let now = 1_000_000;
  const starts: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
    starts,
    mark: () => starts.push(now),
  };
}

describe('Pacer', () => {
  test('4/s with burst 1 spaces requests exactly 250 ms apart', async () => {
    const clock = fakeClock();
    const pacer = new Pacer({ ratePerSecond: 4, now: clock.now, sleep: clock.sleep });
    for (let i = 0; i < 9; i++) {
      await pacer.take('d');
      clock.mark();
    }
    const gaps = clock.starts.slice(1).map((t, i) => t - clock.starts[i]!);
    assert.deepEqual(gaps, Array(8).fill(250));
  });

  test('never more than `rate` requests in any sliding one-second window', async () => {
    const clock = fakeClock();
    const pacer = new Pacer({ ratePerSecond: 4, now: clock.now, sleep: clock.sleep });
    for (let i = 0; i < 40; i++) {
      await pacer.take('d');
      clock.mark();
      // Work of varying length between requests never lets the next start early.
      await clock.sleep((i * 37) % 300);
    }
    for (const start of clock.starts) {
      assert.ok(clock.starts.filter((t) => t > start - 1000 && t <= start).length <= 4);
    }
  });

  test('a burst allowance lets that many start at once, then paces', async () => {
    const clock = fakeClock();
    const pacer = new Pacer({ ratePerSecond: 4, burst: 3, now: clock.now, sleep: clock.sleep });
    for (let i = 0; i < 5; i++) {
      await pacer.take('d');
      clock.mark();
    }
    assert.deepEqual(clock.starts.map((t) => t - clock.starts[0]!), [0, 0, 0, 250, 500]);
  });

  test('keys are independent; callers of one key share its budget', async () => {
    const clock = fakeClock();
    const pacer = new Pacer({ ratePerSecond: 2, now: clock.now, sleep: clock.sleep });
    await pacer.take('a');
    const t0 = clock.now();
    await pacer.take('b');
    assert.equal(clock.now(), t0, 'another key does not wait');
    await pacer.take('a');
    assert.equal(clock.now(), t0 + 500);
  });

  test('pause (after a 429 Retry-After) holds the key back', async () => {
    const clock = fakeClock();
    const pacer = new Pacer({ ratePerSecond: 4, now: clock.now, sleep: clock.sleep });
    await pacer.take('d');
    const t0 = clock.now();
    pacer.pause('d', 2000);
    await pacer.take('d');
    assert.equal(clock.now(), t0 + 2000);
  });

  test('a late timer does not let the next request catch up', async () => {
    let now = 0;
    const pacer = new Pacer({ ratePerSecond: 4, now: () => now, sleep: async (ms) => void (now += ms + 40) });
    await pacer.take('d');
    const starts = [now];
    for (let i = 0; i < 4; i++) {
      await pacer.take('d');
      starts.push(now);
    }
    for (let i = 1; i < starts.length; i++) assert.ok(starts[i]! - starts[i - 1]! >= 250, `gap ${i}: ${starts[i]! - starts[i - 1]!}`);
  });

  test('rejects a non-positive rate', () => {
    assert.throws(() => new Pacer({ ratePerSecond: 0 }), RangeError);
  });
});
