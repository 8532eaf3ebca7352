/**
 * Generates models/wordnet-en.json from Princeton WordNet 3.0 (Debian package wordnet-base,
 * /usr/share/wordnet; WordNet 3.0 licence, notice in models/NOTICE): hashes only, no word list.
 * Read by src/core/entities/wordnet.ts.
 *   apt-get install wordnet-base
 *   node -r ./scripts/ts-register.cjs scripts/gazetteer/wordnet-en.ts
 * Ordinary words: every lemma WordNet writes in lower case (nouns, verbs, adjectives, adverbs)
 * and the irregular forms of its exception lists (`went`, `children`). Names: every capitalised
 * noun lemma, typed by the lexicographer file WordNet put its synset in (people, places and
 * natural objects, groups); capitalised nouns of events, artefacts, communication and doctrines,
 * the capitalised nouns of people that are no individuals (`Grenadian`, `Democrat`) and
 * capitalised adjectives (`French`) are other names, as CoNLL's MISC. Plants, animals, times and
 * the rest are left out: Latin genus names and month names are no news names.
 * Deterministic: the same WordNet gives the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tokenize } from '../../src/core/text/tokenize';
import { matchKey } from '../../src/core/text/normalize';
import { WN_LOC, WN_MISC, WN_ORG, WN_PER, WN_PREFIX, phraseHash, type PackedWordNet } from '../../src/core/entities/wordnet';
import { packBloom, packHashes } from '../packed-hashes';

const DIR = process.env.WORDNET_DIR ?? '/usr/share/wordnet';
const WORD_BITS = 1 << 20;
const WORD_HASHES = 6;

/** Noun lexicographer files (WordNet's lexnames) and the name type of a capitalised lemma in each. */
const NOUN_FILES: Record<number, { instance: number; other: number }> = {
  18: { instance: WN_PER, other: WN_MISC }, // noun.person: `Einstein`; `Grenadian`, `Democrat`
  15: { instance: WN_LOC, other: WN_LOC }, // noun.location
  17: { instance: WN_LOC, other: 0 }, // noun.object: rivers, seas, mountains
  14: { instance: WN_ORG, other: WN_ORG }, // noun.group: `Hezbollah`, `Labour Party`
  4: { instance: WN_MISC, other: WN_MISC }, // noun.act: wars, battles
  6: { instance: WN_MISC, other: 0 }, // noun.artifact: named buildings and works
  10: { instance: WN_MISC, other: WN_MISC }, // noun.communication: languages, books
  9: { instance: WN_MISC, other: WN_MISC }, // noun.cognition: doctrines, religions
};

interface Synset { lexFile: number; lemmas: string[]; instance: boolean }

function synsets(file: string): Synset[] {
  const out: Synset[] = [];
  for (const line of readFileSync(resolve(DIR, file), 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue; // the licence header starts with spaces
    const f = line.split(' ');
    const count = parseInt(f[3], 16);
    const lemmas: string[] = [];
    for (let i = 0; i < count; i++) lemmas.push(f[4 + 2 * i].replace(/\([a-z]+\)$/, '').replace(/_/g, ' '));
    const pointers = Number(f[4 + 2 * count]);
    let instance = false;
    for (let p = 0; p < pointers; p++) if (f[5 + 2 * count + 4 * p] === '@i') instance = true;
    out.push({ lexFile: Number(f[1]), lemmas, instance });
  }
  return out;
}

/** A lemma's key as the tagger sees the text: its tokens' match keys, space-joined. */
const keysOf = (lemma: string): string[] => tokenize(lemma).map((t) => matchKey(t.text));

/**
 * The packed form of ordinary words (lower-case lemmas and forms) and names (lemma → WN_* type
 * bits); each name's proper prefixes are stored with WN_PREFIX so a span scan knows to go on.
 */
export function packWordNet(words: Iterable<string>, names: ReadonlyMap<string, number>): PackedWordNet {
  const codes = new Map<string, number>();
  for (const [lemma, type] of names) {
    const keys = keysOf(lemma);
    if (!keys.length || keys.length > 6) continue;
    for (let n = 1; n < keys.length; n++) {
      const prefix = keys.slice(0, n).join(' ');
      codes.set(prefix, (codes.get(prefix) ?? 0) | WN_PREFIX);
    }
    const key = keys.join(' ');
    codes.set(key, (codes.get(key) ?? 0) | type);
  }
  const sorted = [...codes.entries()].map(([k, code]) => [phraseHash(k), code] as const).sort((a, b) => a[0] - b[0]);
  return {
    source: 'Princeton WordNet 3.0 (Debian wordnet-base): lower-case lemmas and irregular forms as a Bloom-style bit array; capitalised lemmas and their prefixes as hashes with a type code',
    licence: 'WordNet 3.0 licence (Princeton University); the notice is in models/NOTICE',
    names: packHashes(sorted.map(([h]) => h)),
    codes: Buffer.from(sorted.map(([, c]) => c)).toString('base64'),
    words: { bits: WORD_BITS, hashes: WORD_HASHES, data: packBloom(words, WORD_BITS, WORD_HASHES) },
  };
}

function main(): void {
  const words = new Set<string>();
  const names = new Map<string, number>();
  const addName = (lemma: string, type: number): void => { names.set(lemma, (names.get(lemma) ?? 0) | type); };
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const s of synsets(`data.${pos}`)) {
      for (const lemma of s.lemmas) {
        if (/^[a-z][a-z'-]*$/.test(lemma)) { words.add(lemma); continue; }
        if (!/^[A-Z]/.test(lemma)) continue;
        if (pos === 'adj') { addName(lemma, WN_MISC); continue; }
        const file = pos === 'noun' ? NOUN_FILES[s.lexFile] : undefined;
        const type = file ? (s.instance ? file.instance : file.other) : 0;
        if (type) addName(lemma, type);
      }
    }
    // Irregular inflections of ordinary words (`went` → go), one "form lemma…" per line.
    for (const line of readFileSync(resolve(DIR, `${pos}.exc`), 'utf8').split('\n')) {
      const [form, ...lemmas] = line.split(' ');
      if (form && /^[a-z][a-z'-]*$/.test(form) && lemmas.some((l) => words.has(l))) words.add(form);
    }
  }
  const out = resolve(__dirname, '../../models/wordnet-en.json');
  writeFileSync(out, JSON.stringify(packWordNet(words, names)) + '\n');
  console.log(`wordnet-en: ${words.size} ordinary words, ${names.size} names → ${out}`);
}

if (require.main === module) main();
