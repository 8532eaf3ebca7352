/**
 * How the shipped models store their feature and word hashes: base64 bytes of sorted uint32
 * hashes, each written as the difference from the one before (little-endian), unpacked into an
 * open-addressing table. The tagger's weights (perceptron.ts) and the word classes (clusters.ts)
 * share it; the lexicon shares the base64 decoding.
 */

export function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * The table from each stored hash to `valueOf(its row)` (a non-negative number); the lookup
 * answers -1 for a hash that is not stored. Twice as many slots as hashes keeps probes short.
 */
export function hashTable(keyBytes: Uint8Array, valueOf: (row: number) => number): (hash: number) => number {
  const n = keyBytes.length / 4;
  let size = 1;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const table = new Uint32Array(size);
  const values = new Int32Array(size).fill(-1);
  const view = new DataView(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength);
  let key = 0;
  for (let r = 0; r < n; r++) {
    key = (key + view.getUint32(r * 4, true)) >>> 0;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (values[slot] !== -1) slot = (slot + 1) & mask;
    table[slot] = key;
    values[slot] = valueOf(r);
  }
  return (hash) => {
    let slot = Math.imul(hash, 0x9e3779b1) >>> 0 & mask;
    while (values[slot] !== -1) {
      if (table[slot] === hash) return values[slot];
      slot = (slot + 1) & mask;
    }
    return -1;
  };
}
