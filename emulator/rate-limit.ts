import { rateLimited } from './errors';

/**
 * WorkOS documents 4 requests/second per directory on the directory-users endpoints. Sliding
 * one-second window per directory; answering 429 carries Retry-After in whole seconds.
 */
export class RateLimiter {
  enabled = false;
  perSecond = 4;
  private hits = new Map<string, number[]>();

  configure(enabled: boolean, perSecond?: number): void {
    this.enabled = enabled;
    if (perSecond !== undefined) this.perSecond = perSecond;
    this.hits.clear();
  }

  /** Throws a 429 ApiError when the directory's budget for the current second is spent. */
  check(directoryId: string, now = Date.now()): void {
    if (!this.enabled) return;
    const recent = (this.hits.get(directoryId) ?? []).filter((t) => now - t < 1000);
    if (recent.length >= this.perSecond) {
      this.hits.set(directoryId, recent);
      const waitMs = 1000 - (now - (recent[0] as number));
      throw rateLimited(Math.max(1, Math.ceil(waitMs / 1000)));
    }
    recent.push(now);
    this.hits.set(directoryId, recent);
  }
}
