/**
 * Generates models/lexicon-ar.json: a Bloom-style bit array of the normalised stems of the
 * Ayaspell Arabic Hunspell dictionary (Debian package hunspell-ar, /usr/share/hunspell/ar.dic;
 * GPL 2.0 / LGPL 2.1 / MPL 1.1 tri-licence, used here under the MPL 1.1 option). Only the
 * hashed bits are stored. The recogniser asks it whether a word's stem is an ordinary Arabic
 * word (src/core/entities/lexicon.ts).
 *   apt-get install hunspell-ar
 *   node -r ./scripts/ts-register.cjs scripts/gazetteer/lexicon-ar.ts
 * Deterministic: the same dictionary gives the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lexiconKey, type PackedLexicon } from '../../src/core/entities/lexicon';
import { packBloom } from '../packed-hashes';

const DIC = process.env.HUNSPELL_AR ?? '/usr/share/hunspell/ar.dic';
const BITS = 1 << 21;
const HASHES = 6;

function main(): void {
  const keys = new Set<string>();
  for (const line of readFileSync(DIC, 'utf8').split('\n')) {
    const word = line.split(/[/\t]/)[0].trim();
    // Header lines (the entry count, file separators) are not words.
    if (!word || !/^[\u0621-\u0652]+$/.test(word)) continue;
    const key = lexiconKey(word);
    if (key.length >= 2) keys.add(key);
  }
  const packed: PackedLexicon = {
    source: 'Ayaspell Arabic dictionary (Debian hunspell-ar, ar.dic): normalised stems, hashed',
    licence: 'MPL 1.1 (upstream tri-licence GPL 2.0 / LGPL 2.1 / MPL 1.1)',
    bits: BITS,
    hashes: HASHES,
    data: packBloom(keys, BITS, HASHES),
  };
  const out = resolve(__dirname, '../../models/lexicon-ar.json');
  writeFileSync(out, JSON.stringify(packed) + '\n');
  console.log(`lexicon-ar: ${keys.size} stems → ${out} (${(BITS / 8 / 1024).toFixed(0)} KB of bits)`);
}

main();
