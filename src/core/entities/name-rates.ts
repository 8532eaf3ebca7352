/**
 * How often each frequent Arabic word is part of a name in a large unlabelled text, as the
 * tagger itself read it (built by scripts/clusters/name-rates.ts from Arabic Wikipedia): a
 * word the labelled data never showed (a minister's surname, a town, a company) may still have
 * been read as a name hundreds of times in contexts that made it clear. The tagger uses the
 * rate as a feature, so that evidence carries to sentences where the context alone is weak
 * (self-training's corpus-level form; cf. Liang 2005, Ratinov and Roth 2009's gazetteers).
 *
 * Each stored word has one small code: its most frequent name type (the format allows PER, ORG,
 * LOC or MISC; the shipped file keeps persons only), the share of its occurrences read with that
 * type (NAME_RATE_BUCKETS) and how often it was seen. A second list holds the words read very
 * often and almost never as a name: the rules end a name at them (tagger.ts, isCommonWord).
 */
import { loadedOnFirstUse } from '../shipped-model';
import { fromBase64, hashTable } from './packed-table';

/** Share of a word's occurrences with its main type: the upper bounds of the buckets. */
export const NAME_RATE_BUCKETS = [0.05, 0.2, 0.5, 0.8, 1.01];
/** Occurrences: the upper bounds of the frequency buckets. */
export const NAME_COUNT_BUCKETS = [10, 100, 1000, Infinity];
export const NAME_RATE_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** The serialised form committed as models/name-rates-ar.json. */
export interface PackedNameRates {
  /** Identity-feature hashes of the words (wordIdentityFeature of the match key), sorted, as little-endian uint32 deltas, base64. */
  keys: string;
  /** One byte per word: type index × 32 + rate bucket × 4 + count bucket. */
  codes: string;
  /** Identity hashes (deltas, base64) of words read often and almost never as any name: ordinary words. */
  common?: string;
}

export interface NameRate {
  type: (typeof NAME_RATE_TYPES)[number];
  /** Index into NAME_RATE_BUCKETS. */
  rate: number;
  /** Index into NAME_COUNT_BUCKETS. */
  count: number;
}

export interface NameRates {
  /** The rate of the word with this identity feature, or null when it was too rare or never a name. */
  rateOf(identity: number): NameRate | null;
  /** Whether the text read the word often and almost never as a name (an ordinary word). */
  isCommon(identity: number): boolean;
}

export function encodeNameRate(rate: NameRate): number {
  return NAME_RATE_TYPES.indexOf(rate.type) * 32 + rate.rate * 4 + rate.count;
}

export function decodeNameRate(code: number): NameRate {
  return { type: NAME_RATE_TYPES[code >> 5], rate: (code >> 2) & 7, count: code & 3 };
}

export function unpackNameRates(packed: PackedNameRates): NameRates {
  const codes = fromBase64(packed.codes);
  const codeOf = hashTable(fromBase64(packed.keys), (r) => codes[r]);
  const decoded = new Map<number, NameRate>();
  const common = packed.common ? hashTable(fromBase64(packed.common), () => 0) : () => -1;
  return {
    isCommon: (identity) => common(identity) === 0,
    rateOf(identity) {
      const code = codeOf(identity);
      if (code < 0) return null;
      let rate = decoded.get(code);
      if (!rate) decoded.set(code, (rate = decodeNameRate(code)));
      return rate;
    },
  };
}

/** The shipped Arabic name rates, or null when none were built; `require`d lazily as the models are. */
/* eslint-disable-next-line @typescript-eslint/no-require-imports */
export const shippedNameRates = loadedOnFirstUse(() => require('../../../models/name-rates-ar.json') as PackedNameRates);
