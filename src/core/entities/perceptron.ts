/**
 * The linear-chain tagger: per-token label scores are sums of hashed-feature weights, label
 * transitions add a learned score, and Viterbi finds the best BIO sequence (I-X only after
 * B-X or I-X). Weights are stored quantised to Int8 for the features kept after training.
 */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const L = LABELS.length;

/** May label `to` follow label `from` (-1 = sentence start)? */
export function allowed(from: number, to: number): boolean {
  if (to === 0 || to % 2 === 1) return true; // O or B-*
  return from === to || from === to - 1; // I-X after B-X / I-X
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
}

export interface ScoringModel {
  /** Adds the weights of `features` to `out[0..L)`. */
  score(features: number[], out: Float64Array): void;
  /** The weights of one feature (L values, scaled), or null when the model lacks it. */
  weightsOf(feature: number): Float64Array | null;
  transitions: Float64Array;
}

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Unpacks a model into an open-addressing table from feature hash to weight row. */
export function unpackModel(packed: PackedModel): ScoringModel {
  const keyBytes = fromBase64(packed.keys);
  const weights = new Int8Array(fromBase64(packed.weights).buffer);
  const n = keyBytes.length / 4;
  let size = 1;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const table = new Uint32Array(size);
  const rows = new Int32Array(size).fill(-1);
  const view = new DataView(keyBytes.buffer);
  let key = 0;
  for (let r = 0; r < n; r++) {
    key = (key + view.getUint32(r * 4, true)) >>> 0;
    let slot = (key * 0x9e3779b1) >>> 0 & mask;
    while (rows[slot] !== -1) slot = (slot + 1) & mask;
    table[slot] = key;
    rows[slot] = r * L;
  }
  const scale = packed.scale;
  return {
    transitions: Float64Array.from(packed.transitions),
    weightsOf(f) {
      let slot = (f * 0x9e3779b1) >>> 0 & mask;
      while (rows[slot] !== -1) {
        if (table[slot] === f) return Float64Array.from({ length: L }, (_, l) => weights[rows[slot] + l] * scale);
        slot = (slot + 1) & mask;
      }
      return null;
    },
    score(features, out) {
      for (const f of features) {
        let slot = (f * 0x9e3779b1) >>> 0 & mask;
        while (rows[slot] !== -1) {
          if (table[slot] === f) {
            const base = rows[slot];
            for (let l = 0; l < L; l++) out[l] += weights[base + l] * scale;
            break;
          }
          slot = (slot + 1) & mask;
        }
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
    for (let to = 0; to < L; to++) {
      let top = -Infinity;
      let arg = 0;
      for (let from = 0; from < L; from++) {
        if (!allowed(from, to)) continue;
        const s = best[(i - 1) * L + from] + transitions[(from + 1) * L + to];
        if (s > top) { top = s; arg = from; }
      }
      best[i * L + to] = top + emissions[i * L + to];
      back[i * L + to] = arg;
    }
  }
  let last = 0;
  for (let l = 1; l < L; l++) if (best[(n - 1) * L + l] > best[(n - 1) * L + last]) last = l;
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = last;
    last = back[i * L + last];
  }
  return path;
}
