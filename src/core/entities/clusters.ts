/**
 * Arabic word classes learned from unlabelled text (built by scripts/clusters/word-clusters.ts):
 * each frequent word's class is a path of CLUSTER_LEVELS choices among CLUSTER_BRANCH, so the
 * class at a coarser level is a prefix of the finer one (as with Brown clusters' bit strings).
 * The tagger uses the classes of a word and of its neighbours as features.
 */
import { loadedOnFirstUse } from '../shipped-model';
import { fromBase64, hashTable } from './packed-table';
export const CLUSTER_BRANCH = 4;
export const CLUSTER_LEVELS = 6;

/** The serialised form committed as models/clusters-ar.json. */
export interface PackedClusters {
  branch: number;
  levels: number;
  /** Identity-feature hashes of the words (wordIdentityFeature of the match key), sorted, as little-endian uint32 deltas, base64. */
  keys: string;
  /** The class path of each word, little-endian uint16, base64. */
  classes: string;
}

export interface WordClusters {
  /** The class path of the word with this identity feature, or -1 when the text was too rare. */
  classOf(identity: number): number;
  /** Class at a coarser level (1 = the first split), a prefix of the full path. */
  prefix(cls: number, level: number): number;
  readonly levels: number;
}

/** Unpacks into an open-addressing table (hash → class). */
export function unpackClusters(packed: PackedClusters): WordClusters {
  const keyBytes = fromBase64(packed.keys);
  const classBytes = fromBase64(packed.classes);
  const classes = new DataView(classBytes.buffer, classBytes.byteOffset, classBytes.byteLength);
  const classOf = hashTable(keyBytes, (r) => classes.getUint16(r * 2, true));
  const branch = packed.branch, levels = packed.levels;
  return {
    levels,
    classOf,
    prefix: (cls, level) => Math.floor(cls / branch ** (levels - level)),
  };
}

/** The shipped Arabic classes, or null when none were built; `require`d lazily as the models are (see model.ts). */
/* eslint-disable-next-line @typescript-eslint/no-require-imports */
export const shippedClusters = loadedOnFirstUse(() => require('../../../models/clusters-ar.json') as PackedClusters);
