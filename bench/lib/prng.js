// A small seeded PRNG so the same seed always builds the same repository, byte for byte.
// Math.random cannot be seeded, and the benchmark must compare like with like across runs.

/** mulberry32: 32-bit state, fast, good enough spread for synthetic data. */
export function createRandom(seed) {
  let state = (Number(seed) >>> 0) ^ 0x9e3779b9;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    /** A float in [0, 1). */
    next,
    /** An integer in [min, max], both ends included. */
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    /** True with the given probability. */
    chance(probability) {
      return next() < probability;
    },
    /** One element of a non-empty array. */
    pick(items) {
      return items[Math.floor(next() * items.length)];
    },
    /** One key of a { key: weight } table, chosen in proportion to its weight. */
    weighted(table) {
      const entries = Object.entries(table);
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [key, weight] of entries) {
        roll -= weight;
        if (roll < 0) return key;
      }
      return entries[entries.length - 1][0];
    },
  };
}
