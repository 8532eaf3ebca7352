/**
 * The linear-chain tagger: per-token label scores are sums of hashed-feature weights, label
 * transitions add a learned score, and Viterbi finds the best BIOES sequence (B/I/E/S of a type,
 * I and E only after B or I of that type; a name ends with E or S). BIOES rather than BIO lets
 * the model learn how names end. Weights are stored quantised to Int8 for the features kept
 * after training.
 */
import { fromBase64, hashTable } from './packed-table';
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const LABELS = ['O', ...TYPES.flatMap((t) => ['B-' + t, 'I-' + t, 'E-' + t, 'S-' + t])] as const;
export type Label = string;
export const L = LABELS.length;

/** Kind of a label: 0 O, 1 B, 2 I, 3 E, 4 S; and its type index (-1 for O). */
const kindOf = (l: number): number => (l === 0 ? 0 : ((l - 1) % 4) + 1);
const typeOf = (l: number): number => (l === 0 ? -1 : Math.floor((l - 1) / 4));

/** May label `to` follow label `from` (-1 = sentence start)? */
export function allowed(from: number, to: number): boolean {
  const k = kindOf(to);
  const closed = from < 0 || kindOf(from) === 0 || kindOf(from) === 3 || kindOf(from) === 4;
  if (k === 0 || k === 1 || k === 4) return closed;
  return !closed && typeOf(from) === typeOf(to) && (kindOf(from) === 1 || kindOf(from) === 2);
}

/** May a sentence end on this label? */
export const canEnd = (l: number): boolean => kindOf(l) !== 1 && kindOf(l) !== 2;

/** For each label, the labels allowed before it (precomputed for Viterbi). */
const PREDECESSORS: number[][] = LABELS.map((_, to) => LABELS.map((__, from) => from).filter((from) => allowed(from, to)));

/** BIOES labels → BIO tags (E → I, S → B), the format of the files and the evaluation. */
export function toBio(label: string): string {
  if (label.startsWith('E-')) return 'I-' + label.slice(2);
  if (label.startsWith('S-')) return 'B-' + label.slice(2);
  return label;
}

/** BIO tags → BIOES label indices (training). */
export function bioToBioes(tags: readonly string[]): number[] {
  return tags.map((tag, i) => {
    if (tag === 'O') return 0;
    const type = tag.slice(2);
    const continues = tags[i + 1] === 'I-' + type;
    const inside = tag.startsWith('I-') && i > 0 && tags[i - 1] !== 'O' && tags[i - 1].slice(2) === type;
    const kind = inside ? (continues ? 'I-' : 'E-') : continues ? 'B-' : 'S-';
    return LABELS.indexOf(kind + type);
  });
}

/** The serialised form committed under models/. */
export interface PackedModel {
  lang: string;
  labels: readonly string[];
  scale: number;
  /** Feature hashes, sorted, as little-endian uint32 deltas in base64. */
  keys: string;
  /** Int8 weights, L per feature, base64. */
  weights: string;
  /** (L+1)×L transition scores (row 0 = start), already scaled. */
  transitions: number[];
  /** Identity-feature hashes of words that training saw often and almost never in a name (deltas, base64). */
  common?: string;
  /** What training used besides ANERcorp/CoNLL: word classes, extra corpora (absent in older models: none). */
  trainedWith?: { clusters: boolean; corpora: string[]; nameRates?: boolean; wordNet?: boolean };
}

export interface ScoringModel {
  /** Adds the weights of `features` to `out[offset..offset+L)`. */
  score(features: number[], out: Float64Array, offset?: number): void;
  /** The weights of one feature (L values, scaled), or null when the model lacks it. */
  weightsOf(feature: number): Float64Array | null;
  /** Was the word with this identity feature frequent and almost always outside names in training? */
  isCommon(feature: number): boolean;
  transitions: Float64Array;
}

/** Unpacks a model into an open-addressing table from feature hash to weight row. */
export function unpackModel(packed: PackedModel): ScoringModel {
  const keyBytes = fromBase64(packed.keys);
  const weights = new Int8Array(fromBase64(packed.weights).buffer);
  const rowOf = hashTable(keyBytes, (r) => r * L);
  const scale = packed.scale;
  const common = new Set<number>();
  if (packed.common) {
    const bytes = fromBase64(packed.common);
    const v = new DataView(bytes.buffer);
    let h = 0;
    for (let r = 0; r < bytes.length / 4; r++) common.add((h = (h + v.getUint32(r * 4, true)) >>> 0));
  }
  return {
    isCommon: (f) => common.has(f),
    transitions: Float64Array.from(packed.transitions),
    weightsOf(f) {
      const base = rowOf(f);
      return base < 0 ? null : Float64Array.from({ length: L }, (_, l) => weights[base + l] * scale);
    },
    score(features, out, offset = 0) {
      for (let k = 0; k < features.length; k++) {
        const base = rowOf(features[k]);
        if (base >= 0) for (let l = 0; l < L; l++) out[offset + l] += weights[base + l] * scale;
      }
    },
  };
}

/** Best label sequence for a sentence given per-token emission scores (flattened n×L). */
export function viterbi(emissions: Float64Array, n: number, transitions: Float64Array): number[] {
  if (n === 0) return [];
  const best = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  for (let l = 0; l < L; l++) best[l] = allowed(-1, l) ? emissions[l] + transitions[l] : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * L, prevRow = row - L;
    for (let to = 0; to < L; to++) {
      let top = -Infinity;
      let arg = 0;
      for (const from of PREDECESSORS[to]) {
        const s = best[prevRow + from] + transitions[(from + 1) * L + to];
        if (s > top) { top = s; arg = from; }
      }
      best[row + to] = top + emissions[row + to];
      back[row + to] = arg;
    }
  }
  let last = 0;
  for (let l = 1; l < L; l++) if (canEnd(l) && best[(n - 1) * L + l] > best[(n - 1) * L + last]) last = l;
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = last;
    last = back[i * L + last];
  }
  return path;
}
