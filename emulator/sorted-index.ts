/**
 * An ordered index of ids sorted by a sort key (`<ISO created_at>|<id>`, so ties on the timestamp
 * break by id and the order is total). Lookups are binary searches over a flat array, so the cost
 * of positioning a cursor is O(log n) and reading a page is O(limit) whatever the collection size.
 * Appends in key order (the common case: new objects are the newest) are O(1) amortized.
 */
export class SortedIndex {
  private keys: string[] = [];
  private ids: string[] = [];

  get size(): number {
    return this.keys.length;
  }

  /** First position whose key is >= key. */
  lowerBound(key: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.keys[mid] as string) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First position whose key is > key. */
  upperBound(key: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.keys[mid] as string) <= key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(key: string, id: string): void {
    const last = this.keys[this.keys.length - 1];
    if (last === undefined || last < key) {
      this.keys.push(key);
      this.ids.push(id);
      return;
    }
    const pos = this.lowerBound(key);
    if (this.keys[pos] === key) return; // already present
    this.keys.splice(pos, 0, key);
    this.ids.splice(pos, 0, id);
  }

  remove(key: string): boolean {
    const pos = this.lowerBound(key);
    if (this.keys[pos] !== key) return false;
    this.keys.splice(pos, 1);
    this.ids.splice(pos, 1);
    return true;
  }

  has(key: string): boolean {
    return this.keys[this.lowerBound(key)] === key;
  }

  idAt(pos: number): string | undefined {
    return this.ids[pos];
  }

  /** All ids in ascending order (copy). For small indexes and tests only. */
  toArray(): string[] {
    return this.ids.slice();
  }
}

export function sortKey(createdAt: string, id: string): string {
  return `${createdAt}|${id}`;
}
