import { lexiconHashes } from '../src/core/entities/lexicon';

/**
 * The writing side of src/core/entities/packed-table.ts: sorted uint32 hashes stored as the
 * difference from the one before (little-endian), base64. The tagger's weights, its common words,
 * the word classes and the name rates are all written this way.
 */
export function packHashes(sorted: readonly number[]): string {
  const out = Buffer.alloc(sorted.length * 4);
  let prev = 0;
  sorted.forEach((h, r) => { out.writeUInt32LE((h - prev) >>> 0, r * 4); prev = h; });
  return out.toString('base64');
}

/**
 * The writing side of src/core/entities/lexicon.ts's lookup: a Bloom-style bit array of `nBits`
 * bits (a power of two) with `k` hashes per key, base64. The Arabic and English dictionaries are
 * written this way.
 */
export function packBloom(keys: Iterable<string>, nBits: number, k: number): string {
  const bits = new Uint8Array(nBits / 8);
  for (const key of keys) {
    const [h1, h2] = lexiconHashes(key);
    for (let i = 0; i < k; i++) {
      const b = (h1 + Math.imul(i, h2)) >>> 0 & (nBits - 1);
      bits[b >>> 3] |= 1 << (b & 7);
    }
  }
  return Buffer.from(bits).toString('base64');
}
