/**
 * Arabic word classes for the tagger, learned from unlabelled text (`npm run train -- clusters`):
 * words that occur between the same neighbours get the same class, so a name the labelled data
 * never showed (a city, a ministry, a first name) still shares a feature with the ones it did.
 * Brown clusters (Turian et al. 2010; Ratinov and Roth 2009) are the classic choice; their
 * agglomerative search is too slow here, so this builds the same kind of nested classes faster:
 *
 *   1. words are the tagger's match keys (matchKey) of the tokens of Arabic Wikipedia
 *      (../shared/data/unlabelled/arwiki-2017.txt.gz) and of ANERcorp's training part (without
 *      our development split);
 *   2. each of the VOCAB most frequent words is described by its left and right neighbours at
 *      distance 1 and 2 among the CONTEXT most frequent words, weighted by positive pointwise
 *      mutual information, and reduced by a fixed random projection to DIMS numbers;
 *   3. spherical k-means splits all words into BRANCH groups, then each group into BRANCH again,
 *      LEVELS times: a word's class number holds its whole path, and the class at a coarser level
 *      is a prefix of it (the bit-string prefixes of Brown clusters).
 *
 * Deterministic (fixed seeds). Output: models/clusters-ar.json, the identity-feature hashes of
 * the words (no word list) and their class numbers; see src/core/entities/clusters.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { matchKey } from '../../src/core/text/normalize';
import { wordIdentityFeature } from '../../src/core/entities/features';
import { parseTokenFile } from '../../src/core/entities/tokenFile';
import { packHashes } from '../packed-hashes';
import { CLUSTER_BRANCH, CLUSTER_LEVELS, type PackedClusters } from '../../src/core/entities/clusters';

const VOCAB = Number(process.env.CLUSTER_VOCAB ?? 60_000);
const MIN_COUNT = 4;
const CONTEXT = 2048;
const DIMS = 200;
const ITERATIONS = 12;

function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Words and punctuation marks, as ANERcorp separates them (clitics stay attached). */
const TOKEN = /[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu;

/** The token keys of the unlabelled text, one array per paragraph. */
function paragraphs(dataDir: string): string[][] {
  const out: string[][] = [];
  const wiki = gunzipSync(readFileSync(resolve(dataDir, 'unlabelled/arwiki-2017.txt.gz'))).toString('utf8');
  for (const line of wiki.split('\n')) {
    if (!line || line.startsWith('<doc') || line.startsWith('</doc')) continue;
    const keys = line.match(TOKEN);
    if (keys && keys.length > 3) out.push(keys.map(matchKey));
  }
  // ANERcorp's first 90% (the development split stays unseen, as in training).
  const file = parseTokenFile(readFileSync(resolve(dataDir, 'ner/anercorp-train.txt'), 'utf8'));
  const sentences = file.documents.flat();
  const total = sentences.reduce((n, s) => n + s.length, 0);
  let seen = 0;
  for (const s of sentences) {
    if (seen >= total * 0.9) break;
    seen += s.length;
    out.push(s.map((i) => matchKey(file.lines[i].token)));
  }
  return out;
}

/** Gaussian random numbers (Box–Muller) from a seeded source. */
function gaussian(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
}

/** Unit-length PPMI context vectors of the vocabulary, randomly projected (V × DIMS). */
function contextVectors(paras: string[][], vocab: Map<string, number>, context: Map<string, number>): Float32Array {
  // Each (word, side, neighbour) pair as one integer, sorted and counted: 4 sides × CONTEXT.
  let codes = new Uint32Array(1 << 24);
  let n = 0;
  const push = (code: number): void => {
    if (n === codes.length) { const bigger = new Uint32Array(codes.length * 2); bigger.set(codes); codes = bigger; }
    codes[n++] = code;
  };
  const sideCount = new Float64Array(4 * CONTEXT);
  for (const p of paras) {
    const ids = p.map((k) => vocab.get(k) ?? -1);
    const ctx = p.map((k) => context.get(k) ?? -1);
    for (let i = 0; i < p.length; i++) {
      const w = ids[i];
      if (w < 0) continue;
      const sides = [ctx[i - 1], ctx[i - 2], ctx[i + 1], ctx[i + 2]];
      for (let s = 0; s < 4; s++) {
        const c = sides[s];
        if (c === undefined || c < 0) continue;
        push(w * 4 * CONTEXT + s * CONTEXT + c);
        sideCount[s * CONTEXT + c]++;
      }
    }
  }
  const sorted = codes.subarray(0, n).sort();
  const random = gaussian(seededRandom(1301));
  const projection = Float32Array.from({ length: 4 * CONTEXT * DIMS }, random);
  const V = vocab.size;
  const wordCount = new Float64Array(V);
  for (let i = 0; i < n; i++) wordCount[Math.floor(sorted[i] / (4 * CONTEXT))]++;
  const smoothed = sideCount.map((c) => c ** 0.75);
  const smoothedTotal = smoothed.reduce((a, b) => a + b, 0);
  const vectors = new Float32Array(V * DIMS);
  for (let i = 0; i < n;) {
    let j = i;
    while (j < n && sorted[j] === sorted[i]) j++;
    const code = sorted[i];
    const w = Math.floor(code / (4 * CONTEXT));
    const sc = code % (4 * CONTEXT);
    // Pointwise mutual information log(P(w, c) / (P(w) P(c))) over all pairs, positive part only,
    // with the neighbours' counts raised to 0.75 (rare neighbours otherwise dominate; Levy et al. 2015).
    const pmi = Math.log(((j - i) * smoothedTotal) / (wordCount[w] * smoothed[sc]));
    if (pmi > 0) {
      const row = w * DIMS, prow = sc * DIMS;
      for (let d = 0; d < DIMS; d++) vectors[row + d] += pmi * projection[prow + d];
    }
    i = j;
  }
  // Unit length, then the mean direction removed: what all words share says nothing about a class.
  for (let w = 0; w < V; w++) normalise(vectors, w * DIMS);
  const mean = new Float64Array(DIMS);
  for (let w = 0; w < V; w++) for (let d = 0; d < DIMS; d++) mean[d] += vectors[w * DIMS + d] / V;
  for (let w = 0; w < V; w++) {
    for (let d = 0; d < DIMS; d++) vectors[w * DIMS + d] -= mean[d];
    normalise(vectors, w * DIMS);
  }
  return vectors;
}

function normalise(v: Float32Array, at: number): void {
  let norm = 0;
  for (let d = 0; d < DIMS; d++) norm += v[at + d] * v[at + d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMS; d++) v[at + d] /= norm;
}

/** Spherical k-means of the given words into k groups; returns each word's group. */
function kmeans(vectors: Float32Array, words: number[], k: number, random: () => number): number[] {
  const assign = new Array<number>(words.length).fill(0);
  if (words.length <= k) return words.map((_, i) => i % k);
  const centroids = new Float32Array(k * DIMS);
  // k-means++ seeding on a sample keeps the splits stable and cheap.
  const first = words[Math.floor(random() * words.length)];
  centroids.set(vectors.subarray(first * DIMS, first * DIMS + DIMS), 0);
  const best = new Float64Array(words.length).fill(Infinity);
  for (let c = 1; c < k; c++) {
    let total = 0;
    words.forEach((w, i) => {
      const d = 1 - dot(vectors, w * DIMS, centroids, (c - 1) * DIMS);
      if (d < best[i]) best[i] = d;
      total += Math.max(0, best[i]);
    });
    let r = random() * total;
    let pick = words[words.length - 1];
    for (let i = 0; i < words.length; i++) { r -= Math.max(0, best[i]); if (r <= 0) { pick = words[i]; break; } }
    centroids.set(vectors.subarray(pick * DIMS, pick * DIMS + DIMS), c * DIMS);
  }
  for (let it = 0; it < ITERATIONS; it++) {
    words.forEach((w, i) => {
      let top = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(vectors, w * DIMS, centroids, c * DIMS);
        if (s > top) { top = s; assign[i] = c; }
      }
    });
    centroids.fill(0);
    words.forEach((w, i) => { const at = assign[i] * DIMS; for (let d = 0; d < DIMS; d++) centroids[at + d] += vectors[w * DIMS + d]; });
    for (let c = 0; c < k; c++) normalise(centroids, c * DIMS);
  }
  return assign;
}

function dot(a: Float32Array, ai: number, b: Float32Array, bi: number): number {
  let s = 0;
  for (let d = 0; d < DIMS; d++) s += a[ai + d] * b[bi + d];
  return s;
}

/** Builds the classes and writes them to `outPath`. */
export function buildWordClusters(dataDir: string, outPath: string): void {
  const started = Date.now();
  const paras = paragraphs(dataDir);
  const counts = new Map<string, number>();
  for (const p of paras) for (const k of p) counts.set(k, (counts.get(k) ?? 0) + 1);
  const byCount = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const words = byCount.filter(([, c]) => c >= MIN_COUNT).slice(0, VOCAB).map(([k]) => k);
  const vocab = new Map(words.map((k, i) => [k, i]));
  const context = new Map(byCount.slice(0, CONTEXT).map(([k], i) => [k, i]));
  const tokens = paras.reduce((n, p) => n + p.length, 0);
  console.log(`clusters: ${tokens} tokens, ${counts.size} distinct keys, ${words.length} clustered (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  const vectors = contextVectors(paras, vocab, context);
  console.log(`clusters: context vectors (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (process.env.CLUSTER_SHOW) {
    for (const k of ['بوتين', 'موسكو', 'وزاره', 'محمد', 'الرياض']) {
      const i = vocab.get(k);
      if (i === undefined) continue;
      const sims = words.map((_, j) => [j, dot(vectors, i * DIMS, vectors, j * DIMS)] as [number, number]).sort((a, b) => b[1] - a[1]).slice(0, 12);
      console.log(`  near ${k}: ${sims.map(([j, x]) => `${words[j]}:${x.toFixed(2)}`).join(' ')}`);
    }
  }
  // Top-down: every group is split in BRANCH, level after level; the path is the class number.
  const classOf = new Uint16Array(words.length);
  let groups: number[][] = [words.map((_, i) => i)];
  const random = seededRandom(2017);
  for (let level = 0; level < CLUSTER_LEVELS; level++) {
    const next: number[][] = [];
    for (const members of groups) {
      const assign = kmeans(vectors, members, CLUSTER_BRANCH, random);
      const parts: number[][] = Array.from({ length: CLUSTER_BRANCH }, () => []);
      members.forEach((w, i) => { parts[assign[i]].push(w); classOf[w] = classOf[w] * CLUSTER_BRANCH + assign[i]; });
      next.push(...parts);
    }
    groups = next;
    console.log(`clusters: level ${level + 1}, ${groups.filter((g) => g.length).length} classes (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  const entries = words.map((k, i) => [wordIdentityFeature(k), classOf[i]] as [number, number]).sort((a, b) => a[0] - b[0]);
  const ids = Buffer.alloc(entries.length * 2);
  entries.forEach(([, c], r) => ids.writeUInt16LE(c, r * 2));
  const packed: PackedClusters = { branch: CLUSTER_BRANCH, levels: CLUSTER_LEVELS, keys: packHashes(entries.map(([h]) => h)), classes: ids.toString('base64') };
  writeFileSync(outPath, JSON.stringify(packed));
  console.log(`clusters: wrote ${outPath} (${(JSON.stringify(packed).length / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (process.env.CLUSTER_SHOW) {
    // A look at some classes (development only: prints words of Wikipedia, never written anywhere).
    const byClass = new Map<number, string[]>();
    words.forEach((k, i) => { const c = classOf[i] >> 4; if (!byClass.has(c)) byClass.set(c, []); byClass.get(c)!.push(k); });
    for (const k of ['بوتين', 'موسكو', 'وزاره', 'محمد', 'الرياض', 'شركه', 'الامم']) {
      const i = vocab.get(k);
      if (i !== undefined) console.log(`  ${k}: ${byClass.get(classOf[i] >> 4)!.slice(0, 25).join(' ')}`);
    }
  }
}
