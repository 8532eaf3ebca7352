import { matchKey } from '../text/normalize';
import { cliticPrefixCandidates, roughStem } from '../lang/ar/clitics';
import { GAZ_FIRST_SHIFT, gazetteer, phraseKey } from './gazetteer';
import { ORG_HEADS, PERSON_TITLES } from './cues';
import { PLACE_HEADS } from '../lang/ar/name-cues';
import { ORG_TAILS } from '../lang/en/name-cues';
import { lexiconClass } from './lexicon';
import { cachedWord, type Resources } from '../resources';
import type { WordClusters } from './clusters';
import type { NameRates } from './name-rates';
import { WN_PREFIX, WN_TYPES, type WordNet } from './wordnet';

/**
 * Feature extraction shared by training (scripts/tasks/train.ts) and tagging: every feature is a
 * 32-bit FNV-1a hash of a template number and one or two strings, hashed char by char (no
 * feature strings are built), so no feature dictionary is needed at run time; the model stores
 * weights only for hashes seen often enough in training.
 *
 * Most features depend on one word only (the word itself, or a neighbour seen as "previous" or
 * "next"). Those are computed once per distinct word and cached (`wordInfo`), and the tagger
 * caches their summed weights too; only the few features pairing two words are hashed per token.
 */
export type Lang = 'ar' | 'en';

const PRIME = 0x01000193;
const seed = (template: number): number => Math.imul((0x811c9dc5 ^ template) >>> 0, PRIME);
function mix(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return h;
}
const BAR = 0x7c; // '|' between the strings of a pair

export function hash(template: number, s: string): number {
  return mix(seed(template), s) >>> 0;
}
function hash2(template: number, a: string, b: string): number {
  return mix(Math.imul(mix(seed(template), a) ^ BAR, PRIME), b) >>> 0;
}

/** The feature of the word itself (its match key): how the model knows a word. */
export const wordIdentityFeature = (key: string): number => hash(1, key);

/** Word shape with runs collapsed: `Putin` → Xx, `U.S.` → X.X., `1996-08-22` → d-d-d. */
function shape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && out.length < 8; i++) {
    const c = word.charCodeAt(i);
    let k: string;
    if (c >= 0x41 && c <= 0x5a) k = 'X';
    else if (c >= 0x61 && c <= 0x7a) k = 'x';
    else if (c >= 0x30 && c <= 0x39) k = 'd';
    else if (c >= 0x0621 && c <= 0x06ff) k = 'a';
    else if (c > 0x7f && word[i].toLowerCase() !== word[i]) k = 'X';
    else if (c > 0x7f && word[i].toUpperCase() !== word[i]) k = 'x';
    else k = word[i];
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** Everything about one written word that does not depend on its neighbours. */
export interface WordInfo {
  key: string;
  stem: string;
  /** Clitics removed, article kept (وبالولايات → الولايات): the gazetteer's form of a first word. */
  head: string;
  shape: string;
  capitalised: boolean;
  allCaps: boolean;
  /** English with WordNet: 'w' an ordinary word, 'n' not one; '' otherwise. */
  ordinary: string;
  /** English with WordNet: the word's code there (WN_* bits: listed name types, starts a listed name); 0 otherwise. */
  wordNetCode: number;
  /** Features of the word at the position being labelled. */
  self: number[];
  /** Features the word contributes as the previous / second previous / next / second next word. */
  prev: number[];
  prev2: number[];
  next: number[];
  next2: number[];
  /** Summed weights of the five lists above (filled by the tagger) and the model they are for. */
  scores?: Float64Array;
  scoredBy?: object;
}

/** The first word with its clitics removed but its article kept (وبالولايات → الولايات). */
function strippedHead(key: string, stem: string): string {
  return key.endsWith('ال' + stem) && key.length > stem.length + 2 ? 'ال' + stem : stem;
}

const LOW_BITS = (1 << GAZ_FIRST_SHIFT) - 1;

/** Class levels (of CLUSTER_LEVELS) used as features of the word itself and of a neighbour. */
const SELF_CLASS_LEVELS = [2, 3, 4, 5, 6];
const NEIGHBOUR_CLASS_LEVELS = [3, 5];

/**
 * The word's class from unlabelled text: of its key, else of its clitic-free stem (وموسكو has
 * موسكو's class; the clitics are in the other features), -1 when neither is known.
 */
function wordClass(key: string, stem: string, clusters: WordClusters): number {
  const cls = clusters.classOf(wordIdentityFeature(key));
  return cls >= 0 || stem === key ? cls : clusters.classOf(wordIdentityFeature(stem));
}

/**
 * Templates 120–125: what WordNet says of an English word (wordnet.ts): whether it is an ordinary
 * word, with its written case (`Rally` against `Norvex`), and the types of the names it is listed
 * as, for itself and as a neighbour. positionFeatures adds 126 (a listed multi-word name's span)
 * and 127 (a capitalised word's place in the sentence with whether it is an ordinary word).
 */
function wordNetFeatures(key: string, sh: string, wn: WordNet, self: number[], prev: number[], next: number[]): { ordinary: string; code: number } {
  const ordinary = wn.isWord(key) ? 'w' : 'n';
  self.push(hash(120, ordinary + (sh[0] === 'X' ? 'X' : 'x')));
  prev.push(hash(124, ordinary));
  next.push(hash(125, ordinary));
  const code = wn.codeOf(key);
  const types = code & WN_TYPES;
  if (types) {
    self.push(hash(121, String(types)));
    prev.push(hash(122, String(types)));
    next.push(hash(123, String(types)));
  }
  return { ordinary, code };
}

function buildInfo(word: string, lang: Lang, clusters: WordClusters | null, rates: NameRates | null, wn: WordNet | null): WordInfo {
  const g = gazetteer();
  const key = matchKey(word);
  const stem = lang === 'ar' ? roughStem(word) : key;
  const head = lang === 'ar' ? strippedHead(key, stem) : key;
  const gazBits = (g.wordTypes.get(key) ?? 0) | (stem !== key ? g.wordTypes.get(stem) ?? 0 : 0);
  const sh = shape(word);
  const self = [hash(0, ''), hash(1, key), hash(2, stem), hash(3, sh), hash(44, String(Math.min(key.length, 12)))];
  for (let n = 1; n <= 4 && n <= key.length; n++) {
    self.push(mix(seed(10 + n), key, 0, n) >>> 0, mix(seed(20 + n), key, key.length - n) >>> 0);
  }
  if (lang === 'ar' && stem !== key) {
    for (let n = 2; n <= 3 && n <= stem.length; n++) self.push(mix(seed(14 + n), stem, 0, n) >>> 0, mix(seed(24 + n), stem, stem.length - n) >>> 0);
  }
  if (gazBits) self.push(hash(40, String(gazBits)));
  const title = PERSON_TITLES.has(stem) || PERSON_TITLES.has(key);
  const orgHead = ORG_HEADS.has(stem) || ORG_HEADS.has(key);
  if (orgHead) self.push(hash(52, ''));
  if (g.nisba.has(key) || g.nisba.has(head)) self.push(hash(56, ''));
  const prev = [hash(30, key), hash(34, stem)];
  const prev2 = [hash(31, key), hash(46, stem)];
  const next = [hash(32, key), hash(35, stem)];
  const next2 = [hash(33, key), hash(47, stem)];
  if (gazBits & LOW_BITS) { prev.push(hash(41, String(gazBits & LOW_BITS))); next.push(hash(42, String(gazBits & LOW_BITS))); }
  if (title) { prev.push(hash(50, '')); prev2.push(hash(51, '')); }
  if (orgHead) prev.push(hash(53, ''));
  if (lang === 'ar' && key.length > 4 && key.startsWith('ال')) {
    // A nisba adjective after a name and its gender: a club is masculine (ليون الفرنسي), a city
    // feminine (باريس الفرنسيه); 'g' when the gazetteer knows the adjective.
    const known = g.nisba.has(key) ? 'g' : '';
    if (key.endsWith('يه')) next.push(hash(59, 'f' + known));
    else if (key.endsWith('ي')) next.push(hash(59, 'm' + known));
  }
  if (ORG_TAILS.has(key)) next.push(hash(54, ''));
  if (PLACE_HEADS.has(stem)) prev.push(hash(55, ''));
  if (lang === 'ar' && /[\u0621-\u064a]/.test(key)) {
    // Not an ordinary Arabic word: a cue for transliterated foreign names.
    const lex = lexiconClass(key, key.length === word.length ? cliticPrefixCandidates(word) : []);
    self.push(hash(70, lex), hash2(71, lex, String(Math.min(stem.length, 8))));
    // Transliteration cues: the stem's long-vowel pattern (فلاديمير → CCVCVCVC), letters Arabic
    // words lack (گ پ چ ڤ ژ).
    let cv = '';
    let vowels = 0;
    for (let i = 0; i < stem.length && i < 10; i++) {
      const ch = stem.charCodeAt(i);
      const v = ch === 0x0627 || ch === 0x0648 || ch === 0x064a;
      if (v) vowels++;
      cv += v ? 'V' : 'C';
    }
    self.push(hash2(75, lex, String(Math.min(vowels, 4))));
    if (/[\u067e\u0686\u0698\u06a4\u06af]/.test(key)) self.push(hash(76, ''));
    prev.push(hash(72, lex));
    next.push(hash(73, lex));
  }
  const cls = clusters ? wordClass(key, stem, clusters) : -1;
  if (clusters && cls >= 0) {
    // Templates 80–86 (self, by level), 87–100 (neighbours, by level), 101–102 (second neighbours).
    for (const level of SELF_CLASS_LEVELS) self.push(hash(80 + level, String(clusters.prefix(cls, level))));
    for (const level of NEIGHBOUR_CLASS_LEVELS) {
      const c = String(clusters.prefix(cls, level));
      prev.push(hash(87 + level, c));
      next.push(hash(94 + level, c));
    }
    prev2.push(hash(101, String(clusters.prefix(cls, 3))));
    next2.push(hash(102, String(clusters.prefix(cls, 3))));
  }
  const rate = rates ? rates.rateOf(wordIdentityFeature(key)) ?? (stem !== key ? rates.rateOf(wordIdentityFeature(stem)) : null) : null;
  if (rate) {
    // Templates 110–113: how often unlabelled text read the word as a name, for itself and as a neighbour.
    const typeRate = `${rate.type}${rate.rate}`;
    self.push(hash(110, typeRate), hash(111, `${typeRate}/${rate.count}`));
    prev.push(hash(112, typeRate));
    next.push(hash(113, typeRate));
  }
  const { ordinary, code: wordNetCode } = wn ? wordNetFeatures(key, sh, wn, self, prev, next) : { ordinary: '', code: 0 };
  const c = word.charCodeAt(0);
  const capitalised = lang === 'en' && sh[0] === 'X';
  const allCaps = lang === 'en' && word === word.toUpperCase() && /[A-Z]/.test(word);
  // The score caches are declared up front so every info keeps one shape (fast property access).
  return { key, stem, head, shape: sh, capitalised: capitalised || (c >= 0x41 && c <= 0x5a), allCaps, ordinary, wordNetCode, self, prev, prev2, next, next2, scores: undefined, scoredBy: undefined };
}

/** The facts and features of a written word, cached in the resources. */
export function wordInfo(word: string, lang: Lang, resources: Resources): WordInfo {
  const cache = resources.wordInfos[lang];
  // The hit first: no closure is made for the (far more frequent) words seen before.
  return cache.get(word) ?? cachedWord(cache, word, (w) => buildInfo(w, lang, resources.wordClusters(lang), resources.nameRates(lang), resources.wordNet(lang)));
}

/** The word before the first and after the last one. */
export const boundaryInfo = (lang: Lang, resources: Resources): WordInfo => wordInfo('\u0000', lang, resources);

/** B-/I- plus type of a multi-word gazetteer name covering each token ('' when none). */
function gazetteerSpans(infos: WordInfo[]): string[] {
  const g = gazetteer();
  const out = new Array<string>(infos.length).fill('');
  for (let i = 0; i < infos.length; i++) {
    let best = 0;
    let type = '';
    const t = infos[i];
    for (let pass = 0; pass < 2; pass++) {
      // The written word's key, then its head when clitics were removed from it.
      if (pass === 1 && t.head === t.key) break;
      let node = g.trie.get(pass === 0 ? t.key : t.head);
      for (let n = 1; node; n++) {
        if (node.entry && !node.featureless && n > best) { best = n; type = node.entry.type; }
        node = i + n < infos.length ? node.next?.get(infos[i + n].key) : undefined;
      }
    }
    if (best) {
      for (let k = 0; k < best; k++) out[i + k] = (k === 0 ? 'B-' : 'I-') + type;
      i += best - 1;
    }
  }
  return out;
}

/**
 * B-/I- plus WordNet type bits of a listed multi-word name covering each token ('' when none):
 * the longest listed name starting at a token, found by walking its listed prefixes. A word's own
 * code is read from its cached info, so only the few words that start a listed name cost a lookup.
 */
function wordNetSpans(infos: WordInfo[], wn: WordNet | null): string[] {
  const out = new Array<string>(infos.length).fill('');
  if (!wn) return out;
  for (let i = 0; i < infos.length; i++) {
    let best = 0;
    let types = 0;
    let phrase = infos[i].key;
    let code = infos[i].wordNetCode;
    for (let n = 1; code & WN_PREFIX && i + n < infos.length; n++) {
      phrase += ' ' + infos[i + n].key;
      code = wn.codeOf(phrase);
      if (code & WN_TYPES) { best = n + 1; types = code & WN_TYPES; }
    }
    if (best) {
      for (let k = 0; k < best; k++) out[i + k] = (k === 0 ? 'B' : 'I') + types;
      i += best - 1;
    }
  }
  return out;
}

/** What a sentence's gazetteer and WordNet spans say of each token ('' when nothing). */
export interface SentenceSpans { gazetteer: string[]; wordNet: string[] }

/** Per-token features that pair words or depend on the position: hashed for each token. */
export function positionFeatures(infos: WordInfo[], i: number, lang: Lang, spans: SentenceSpans, capsLine: boolean, none: WordInfo): number[] {
  const t = infos[i];
  const p1 = i > 0 ? infos[i - 1] : none;
  const n1 = i + 1 < infos.length ? infos[i + 1] : none;
  const f = [hash2(39, p1.stem, t.stem), hash2(36, p1.key, t.key), hash2(37, t.key, n1.key), hash2(45, t.stem, n1.stem)];
  f.push(mix(Math.imul(mix(Math.imul(mix(seed(38), p1.shape) ^ BAR, PRIME), t.shape) ^ BAR, PRIME), n1.shape) >>> 0);
  if (spans.gazetteer[i]) f.push(hash(43, spans.gazetteer[i]));
  if (spans.wordNet[i]) f.push(hash(126, spans.wordNet[i]));
  if (lang === 'en') {
    if (t.capitalised) f.push(hash(60, i === 0 ? 'first' : 'inner'));
    // A capitalised ordinary word opening a sentence is most often no name; inside one, more often.
    if (t.capitalised && t.ordinary) f.push(hash2(127, i === 0 ? 'first' : 'inner', t.ordinary));
    if (t.allCaps) f.push(hash(61, capsLine ? 'caps-line' : 'caps'));
  }
  return f;
}

/** What a sentence needs before its tokens are scored. */
export function sentenceContext(words: string[], lang: Lang, resources: Resources): { infos: WordInfo[]; spans: SentenceSpans; capsLine: boolean; none: WordInfo } {
  const infos = words.map((w) => wordInfo(w, lang, resources));
  // A headline written in capitals says nothing about names: flag the line once.
  const capsLine = lang === 'en' && words.length > 3 && words.every((x) => x === x.toUpperCase());
  const spans = { gazetteer: gazetteerSpans(infos), wordNet: wordNetSpans(infos, resources.wordNet(lang)) };
  return { infos, spans, capsLine, none: boundaryInfo(lang, resources) };
}

/** All hashed features of every token of a sentence (training; the tagger sums the same). */
export function sentenceFeatures(words: string[], lang: Lang, resources: Resources): number[][] {
  const { infos, spans, capsLine, none } = sentenceContext(words, lang, resources);
  const at = (i: number): WordInfo => (i >= 0 && i < infos.length ? infos[i] : none);
  return infos.map((t, i) => [
    ...t.self, ...at(i - 1).prev, ...at(i - 2).prev2, ...at(i + 1).next, ...at(i + 2).next2,
    ...positionFeatures(infos, i, lang, spans, capsLine, none),
  ]);
}

export { phraseKey };
