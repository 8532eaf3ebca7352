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
