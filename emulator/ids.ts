/**
 * Deterministic id generation. WorkOS ids are `<prefix>_<ULID>`: 10 Crockford-base32 chars of
 * millisecond time followed by 16 random chars. The seed must produce the same ids on every start,
 * so randomness comes from a seeded PRNG (never Math.random) and time from fixed base timestamps.
 */

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** mulberry32: tiny, fast, good enough for demo data; state is a single 32-bit integer. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** Uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from empty list');
    return item;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

function encodeTime(ms: number): string {
  let out = '';
  let t = Math.floor(ms);
  for (let i = 0; i < 10; i++) {
    out = CROCKFORD[t % 32] + out;
    t = Math.floor(t / 32);
  }
  return out;
}

export function ulid(timeMs: number, rng: Rng): string {
  let rand = '';
  for (let i = 0; i < 16; i++) rand += CROCKFORD[rng.int(32)];
  return encodeTime(timeMs) + rand;
}

/**
 * Id factory bound to one PRNG. Used by the seed (fixed seed number) and by runtime mutations
 * (control API), which use a separate PRNG so that reset + replay stays deterministic too.
 */
export class IdFactory {
  constructor(private readonly rng: Rng) {}
  make(prefix: string, timeMs: number): string {
    return `${prefix}_${ulid(timeMs, this.rng)}`;
  }
}
