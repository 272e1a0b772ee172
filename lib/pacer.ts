/**
 * A token bucket per key (a directory id): `take(key)` resolves when one request may start.
 *
 * WorkOS allows 4 requests/s per directory on the users endpoints (API.md §1) and counts them in a
 * sliding one-second window, so the bucket holds a single token (burst 1): requests go out evenly
 * every 1/rate s. A burst of 4 followed by a steady 4/s would put 5 requests in one window and earn
 * a 429. Keys share one bucket across concurrent callers, so two exports of one directory split
 * the budget instead of doubling it.
 */
export interface PacerOptions {
  ratePerSecond: number;
  burst?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Pacer {
  private readonly intervalMs: number;
  private readonly burst: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Per key: when the bucket is next full enough for one request ("theoretical arrival time"). */
  private readonly next = new Map<string, number>();

  constructor({ ratePerSecond, burst = 1, now = Date.now, sleep = realSleep }: PacerOptions) {
    if (!(ratePerSecond > 0)) throw new RangeError('ratePerSecond must be positive');
    this.intervalMs = 1000 / ratePerSecond;
    this.burst = Math.max(1, Math.floor(burst));
    this.now = now;
    this.sleep = sleep;
  }

  /**
   * Waits for this key's next slot (GCRA: `next` is the bucket's theoretical arrival time). Slots are
   * reserved before sleeping, so concurrent callers queue in order instead of racing.
   */
  async take(key: string): Promise<void> {
    const now = this.now();
    const slot = Math.max(this.next.get(key) ?? now, now);
    this.next.set(key, slot + this.intervalMs);
    // Keys idle for a minute are forgotten, so the map stays as small as the set of active keys.
    for (const [other, at] of this.next) if (at < now - 60_000) this.next.delete(other);
    const wait = slot - (this.burst - 1) * this.intervalMs - now;
    if (wait <= 0) return;
    await this.sleep(wait);
    // A timer that fires late must not let the next request catch up: a sliding-window limiter
    // counts real start times, so the lateness moves this key's schedule back.
    const late = this.now() - (now + wait);
    if (late > 0) this.next.set(key, (this.next.get(key) ?? 0) + late);
  }

  /** After a 429: nobody starts a request for this key before `ms` from now. */
  pause(key: string, ms: number): void {
    this.next.set(key, Math.max(this.next.get(key) ?? 0, this.now() + ms + (this.burst - 1) * this.intervalMs));
  }
}
