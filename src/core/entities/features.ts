import { matchKey } from '../text/normalize';
import { roughStem } from '../text/clitics';
import { GAZ_FIRST_SHIFT, gazetteer, phraseKey } from './gazetteer';
import { ORG_HEADS, ORG_TAILS, PERSON_TITLES, PLACE_HEADS } from './cues';

/**
 * Feature extraction shared by training (scripts/tasks/train.ts) and tagging: every feature is a
 * 32-bit FNV-1a hash of a template number and a string, so no feature dictionary is needed at
 * run time; the model stores weights only for hashes seen often enough in training.
 */
export type Lang = 'ar' | 'en';

function hash(template: number, s: string): number {
  let h = (0x811c9dc5 ^ template) >>> 0;
  h = Math.imul(h, 0x01000193);
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
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

/** Per-token facts computed once per sentence (keys, stems, gazetteer spans). */
interface TokenView {
  key: string;
  stem: string;
  gazBits: number;
  span: string; // B-LOC / I-LOC… when a multi-word gazetteer name covers the token
}

const NONE: TokenView = { key: '<none>', stem: '<none>', gazBits: 0, span: '' };

function views(words: string[], lang: Lang): TokenView[] {
  const g = gazetteer();
  const out: TokenView[] = words.map((w) => {
    const key = matchKey(w);
    const stem = lang === 'ar' ? roughStem(w) : key;
    const bits = (g.wordTypes.get(key) ?? 0) | (stem !== key ? g.wordTypes.get(stem) ?? 0 : 0);
    return { key, stem, gazBits: bits, span: '' };
  });
  // Longest gazetteer match starting at each token; the first token may carry clitics.
  for (let i = 0; i < out.length; i++) {
    for (let n = Math.min(g.maxWords, out.length - i); n >= 1; n--) {
      const rest = n > 1 ? ' ' + out.slice(i + 1, i + n).map((v) => v.key).join(' ') : '';
      const entry = g.names.get(out[i].key + rest) ?? (lang === 'ar' ? g.names.get(strippedHead(words[i]) + rest) : undefined);
      if (entry) {
        for (let k = 0; k < n; k++) out[i + k].span = (k === 0 ? 'B-' : 'I-') + entry.type;
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/** The first word with its clitics removed but its article kept (وبالولايات → الولايات). */
function strippedHead(word: string): string {
  const key = matchKey(word);
  const stem = roughStem(word);
  return key.endsWith('ال' + stem) && key.length > stem.length + 2 ? 'ال' + stem : stem;
}

/** Hashed features of every token of a sentence. */
export function sentenceFeatures(words: string[], lang: Lang): number[][] {
  const v = views(words, lang);
  const at = (i: number): TokenView => (i >= 0 && i < v.length ? v[i] : NONE);
  const result: number[][] = [];
  // A headline written in capitals says nothing about names: flag the line once.
  const capsLine = lang === 'en' && words.length > 3 && words.every((x) => x === x.toUpperCase());
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const t = v[i];
    const f: number[] = [hash(0, ''), hash(1, t.key), hash(2, t.stem), hash(3, shape(w))];
    const k = t.key;
    for (let n = 1; n <= 4 && n <= k.length; n++) {
      f.push(hash(10 + n, k.slice(0, n)), hash(20 + n, k.slice(-n)));
    }
    if (lang === 'ar' && t.stem !== k) {
      for (let n = 2; n <= 3 && n <= t.stem.length; n++) f.push(hash(14 + n, t.stem.slice(0, n)), hash(24 + n, t.stem.slice(-n)));
    }
    const p1 = at(i - 1), p2 = at(i - 2), n1 = at(i + 1), n2 = at(i + 2);
    f.push(hash(30, p1.key), hash(31, p2.key), hash(32, n1.key), hash(33, n2.key));
    f.push(hash(34, p1.stem), hash(35, n1.stem), hash(39, p1.stem + '|' + t.stem), hash(44, String(Math.min(k.length, 12))), hash(36, p1.key + '|' + k), hash(37, k + '|' + n1.key));
    f.push(hash(38, shape(words[i - 1] ?? '') + '|' + shape(w) + '|' + shape(words[i + 1] ?? '')));
    if (t.gazBits) f.push(hash(40, String(t.gazBits)));
    if (p1.gazBits) f.push(hash(41, String(p1.gazBits & ((1 << GAZ_FIRST_SHIFT) - 1))));
    if (n1.gazBits) f.push(hash(42, String(n1.gazBits & ((1 << GAZ_FIRST_SHIFT) - 1))));
    if (t.span) f.push(hash(43, t.span));
    if (PERSON_TITLES.has(p1.stem) || PERSON_TITLES.has(p1.key)) f.push(hash(50, ''));
    if (PERSON_TITLES.has(p2.stem) || PERSON_TITLES.has(p2.key)) f.push(hash(51, ''));
    if (ORG_HEADS.has(t.stem) || ORG_HEADS.has(k)) f.push(hash(52, ''));
    if (ORG_HEADS.has(p1.stem) || ORG_HEADS.has(p1.key)) f.push(hash(53, ''));
    if (ORG_TAILS.has(n1.key)) f.push(hash(54, ''));
    if (PLACE_HEADS.has(p1.stem)) f.push(hash(55, ''));
    if (gazetteer().nisba.has(k) || gazetteer().nisba.has(strippedHead(w))) f.push(hash(56, ''));
    if (lang === 'en') {
      const cap = shape(w)[0] === 'X';
      if (cap) f.push(hash(60, i === 0 ? 'first' : 'inner'));
      if (w === w.toUpperCase() && /[A-Z]/.test(w)) f.push(hash(61, capsLine ? 'caps-line' : 'caps'));
    }
    result.push(f);
  }
  return result;
}

export { phraseKey };
