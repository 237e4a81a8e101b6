/**
 * Answers kept for the run, in groups (a language, a base URL, a site root): the same link texts
 * and routes recur on every page. Each group holds at most `limit` answers (emptied when full).
 */
export class GroupedMemo<G, K, V> {
  private readonly groups = new Map<G, Map<K, V>>();

  constructor(private readonly limit: number) {}

  get(group: G, key: K, compute: () => V): V {
    let known = this.groups.get(group);
    if (known === undefined) {
      known = new Map();
      this.groups.set(group, known);
    }
    let value = known.get(key);
    if (value === undefined) {
      value = compute();
      if (known.size >= this.limit) known.clear();
      known.set(key, value);
    }
    return value;
  }
}
