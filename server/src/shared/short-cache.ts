/**
 * A per-process cache whose entries live a few seconds, kept apart per owner (a DataSource: two
 * databases never share entries, even with equal keys). It holds the pending promise, so concurrent
 * misses for one key cost one statement; a failed load is forgotten at once. Used for what every
 * request reads and almost never changes (the caller's account, a province's district list): the
 * staleness bound is `ttlMs` per process.
 */
export class ShortCache<Owner extends object, K, V> {
  private readonly entries = new WeakMap<Owner, Map<K, { at: number; value: Promise<V> }>>();

  constructor(private readonly ttlMs: number) {}

  get(owner: Owner, key: K, load: () => Promise<V>): Promise<V> {
    let byKey = this.entries.get(owner);
    if (!byKey) this.entries.set(owner, (byKey = new Map()));
    const now = Date.now();
    const hit = byKey.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    if (byKey.size > 10_000) byKey.clear(); // bounded: at worst everyone reloads once
    const value = load();
    const map = byKey;
    map.set(key, { at: now, value });
    value.catch(() => {
      if (map.get(key)?.value === value) map.delete(key);
    });
    return value;
  }

  /** Forgets one key (or everything of the owner): the next read loads afresh. */
  forget(owner: Owner, key?: K): void {
    if (key === undefined) this.entries.delete(owner);
    else this.entries.get(owner)?.delete(key);
  }
}
