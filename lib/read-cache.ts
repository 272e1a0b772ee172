/**
 * A small in-process cache for API reads: entries expire after a TTL, carry tags so a change can
 * drop exactly the views it affects, concurrent identical reads share one request, and the oldest
 * entries are evicted past a size bound. In-process on purpose: one `next start` serves the
 * dashboard; several instances would each keep their own copy (and each be invalidated by the
 * webhook only if it reaches them), which the README says.
 */
export interface CachedRead<T> {
  value: T;
  /** When the value was read from the API (ms since epoch). */
  fetchedAt: number;
}

interface Entry {
  promise: Promise<CachedRead<unknown>>;
  tags: readonly string[];
  /** Set once the read succeeded; until then the entry is an in-flight request. */
  expiresAt: number;
}

export class ReadCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached value for `key`, or the result of `load()` (shared by concurrent callers). Failures are not cached. */
  async read<T>(key: string, tags: readonly string[], load: () => Promise<T>): Promise<CachedRead<T>> {
    const existing = this.entries.get(key);
    if (existing && existing.expiresAt > this.now()) {
      // Refresh its place in the LRU order.
      this.entries.delete(key);
      this.entries.set(key, existing);
      return existing.promise as Promise<CachedRead<T>>;
    }
    if (this.ttlMs <= 0) return { value: await load(), fetchedAt: this.now() };

    const entry: Entry = { promise: Promise.resolve(null as never), tags, expiresAt: Number.POSITIVE_INFINITY };
    entry.promise = load().then(
      (value) => {
        const fetchedAt = this.now();
        if (this.entries.get(key) === entry) entry.expiresAt = fetchedAt + this.ttlMs;
        return { value, fetchedAt };
      },
      (error: unknown) => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
        throw error;
      },
    );
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return entry.promise as Promise<CachedRead<T>>;
  }

  /** Drops every entry carrying any of `tags`, including reads still in flight (they will not be stored). */
  invalidate(...tags: string[]): number {
    let dropped = 0;
    for (const [key, entry] of this.entries) {
      if (entry.tags.some((tag) => tags.includes(tag))) {
        this.entries.delete(key);
        dropped++;
      }
    }
    return dropped;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
