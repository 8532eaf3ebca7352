/**
 * Arabic name rates for the tagger (src/core/entities/name-rates.ts), learned from unlabelled
 * text (`npm run train -- name-rates`): a tagger trained without them reads every sentence of
 * Arabic Wikipedia (../shared/data/unlabelled/arwiki-2017.txt.gz), and each word's match key
 * keeps how often it was read as part of a PER, ORG, LOC or MISC name. Words seen at least
 * MIN_COUNT times and read with one of KEPT_TYPES as their main type at least MIN_RATE of the
 * time are kept, with that type, a rate bucket and a frequency bucket; the others are left to
 * the tagger's own features. Words read very often and almost never as a name are kept apart
 * as ordinary words (COMMON_*), for the rules that end a name at an ordinary word.
 *
 * The reading tagger is given by the caller (train.ts trains one without name rates first), so
 * the rates never learn from themselves. Deterministic. Output: models/name-rates-ar.json, the
 * identity-feature hashes of the words (no word list) and one code byte each.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { matchKey } from '../../src/core/text/normalize';
import { wordIdentityFeature } from '../../src/core/entities/features';
import { tagWithModel } from '../../src/core/entities/tagger';
import type { PackedModel } from '../../src/core/entities/perceptron';
import { createResources } from '../../src/core/resources';
import { packHashes } from '../packed-hashes';
import type { PackedClusters } from '../../src/core/entities/clusters';
import { encodeNameRate, NAME_COUNT_BUCKETS, NAME_RATE_BUCKETS, NAME_RATE_TYPES, type PackedNameRates } from '../../src/core/entities/name-rates';

const MIN_COUNT = Number(process.env.NAME_RATES_MIN_COUNT ?? 5);
const MIN_RATE = Number(process.env.NAME_RATES_MIN_RATE ?? 0.05);
/**
 * The name types kept. Persons only: with every type, person names rose but places fell on the
 * development split and all three real-article sets (places are mostly in the gazetteer already,
 * and Wikipedia reads many words as places that news uses otherwise); persons alone rose on all
 * four (see the commit that added the rates).
 */
const KEPT_TYPES = (process.env.NAME_RATES_TYPES ?? 'PER').split(',');
/**
 * Ordinary words: read at least COMMON_MIN_COUNT times and as part of any name less than
 * COMMON_MAX_RATE of the time. The rules already stop a name at a word training saw often
 * outside names (`كتب` after a person's name); 9.5 M tokens know many more such words than 125 k.
 * The stricter of the two settings tried (20 and 1%: ANERcorp dev +0.007 but round thirteen
 * −0.003; 50 and 0.5%: +0.003 and +0.001, the pools +0.001 on both).
 */
const COMMON_MIN_COUNT = 50;
const COMMON_MAX_RATE = 0.005;
/** Longest run of tokens tagged as one sentence when no full stop comes (Wikipedia lists). */
const MAX_SENTENCE = 80;

/** Words and punctuation marks, as ANERcorp separates them (clitics stay attached). */
const TOKEN = /[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu;
const SENTENCE_END = new Set(['.', '!', '?', '\u061f']);

/** Per match key: occurrences read outside a name, then as PER, ORG, LOC and MISC. */
function countNameReadings(dataDir: string, model: PackedModel, clusters: PackedClusters | null): Map<string, Int32Array> {
  const resources = createResources({ taggerModels: { ar: model }, wordClusters: clusters, nameRates: null });
  const counts = new Map<string, Int32Array>();
  const typeIndex = new Map<string, number>(NAME_RATE_TYPES.map((t, i) => [t, i + 1]));
  const tagSentence = (words: string[]): void => {
    const tags = tagWithModel(words, 'ar', resources);
    words.forEach((w, i) => {
      const key = matchKey(w);
      let c = counts.get(key);
      if (!c) counts.set(key, (c = new Int32Array(1 + NAME_RATE_TYPES.length)));
      c[tags[i] === 'O' ? 0 : typeIndex.get(tags[i].slice(2)) ?? 0]++;
    });
  };
  const wiki = gunzipSync(readFileSync(resolve(dataDir, 'unlabelled/arwiki-2017.txt.gz'))).toString('utf8');
  for (const line of wiki.split('\n')) {
    if (!line || line.startsWith('<doc') || line.startsWith('</doc')) continue;
    const tokens = line.match(TOKEN);
    if (!tokens || tokens.length < 3) continue;
    let sentence: string[] = [];
    for (const t of tokens) {
      sentence.push(t);
      if (SENTENCE_END.has(t) || sentence.length >= MAX_SENTENCE) { tagSentence(sentence); sentence = []; }
    }
    if (sentence.length) tagSentence(sentence);
  }
  return counts;
}

/** Packs identity hash → code (a negative code: left out) and the ordinary words into the committed form. */
export function packNameRates(entries: Map<number, number>, common: ReadonlySet<number> = new Set()): PackedNameRates {
  const sorted = [...entries].filter(([, code]) => code >= 0).sort((a, b) => a[0] - b[0]);
  const packed: PackedNameRates = { keys: packHashes(sorted.map(([h]) => h)), codes: Buffer.from(sorted.map(([, code]) => code)).toString('base64') };
  if (common.size) packed.common = packHashes([...common].sort((a, b) => a - b));
  return packed;
}

const bucketOf = (value: number, bounds: readonly number[]): number => bounds.findIndex((b) => value < b);

/** Reads Wikipedia with `model` and writes the rates of its frequent name words to outPath. */
export function buildNameRates(dataDir: string, model: PackedModel, clusters: PackedClusters | null, outPath: string): void {
  const started = Date.now();
  const counts = countNameReadings(dataDir, model, clusters);
  const entries = new Map<number, number>();
  const common = new Set<number>();
  for (const [key, c] of counts) {
    let total = 0;
    let best = 1;
    for (let i = 0; i < c.length; i++) total += c[i];
    for (let i = 2; i < c.length; i++) if (c[i] > c[best]) best = i;
    if (total >= COMMON_MIN_COUNT && (total - c[0]) / total < COMMON_MAX_RATE) common.add(wordIdentityFeature(key));
    const rate = c[best] / total;
    if (total < MIN_COUNT || rate < MIN_RATE) continue;
    if (!KEPT_TYPES.includes(NAME_RATE_TYPES[best - 1])) continue;
    const code = encodeNameRate({ type: NAME_RATE_TYPES[best - 1], rate: bucketOf(rate, NAME_RATE_BUCKETS), count: bucketOf(total, NAME_COUNT_BUCKETS) });
    const hash = wordIdentityFeature(key);
    // Two keys with one hash (rare): neither is kept rather than one's rate given to the other.
    entries.set(hash, entries.has(hash) ? -1 : code);
  }
  const packed = packNameRates(entries, common);
  writeFileSync(outPath, JSON.stringify(packed));
  console.log(`name rates: ${counts.size} words read, ${atob(packed.codes).length} kept, ${common.size} ordinary; wrote ${outPath} (${(JSON.stringify(packed).length / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
