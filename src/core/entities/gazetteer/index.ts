import type { EntityType } from '../../types';
import { matchKey } from '../../text/normalize';
import { PERSON_TITLES } from '../cues';
import { tokenize } from '../../text/tokenize';

/** One known name: its forms in both languages and what it is. */
export interface GazetteerEntry {
  type: EntityType;
  code: string;
  ar: string;
  en: string;
  description: string;
}

export interface NisbaEntry {
  /** The place the adjective points to (Arabic canonical form). */
  place: string;
  en: string;
}

/**
 * Whether a listed name (by its match key) is a country or a city state, whose national team
 * is marked as the country (England coach, المنتخب السعودي): never a club or a company.
 */
export function listedCountry(key: string): boolean {
  const known = gazetteer().names.get(key);
  return !!known && (known.code !== '' || /country|city state/i.test(known.description));
}

/** Bits of `wordTypes`: the word occurs in a name of that type (first word / later word). */
export const GAZ_BITS: Record<EntityType, number> = { PER: 1, ORG: 2, LOC: 4, MISC: 8 };
export const GAZ_FIRST_SHIFT = 4;

/**
 * A node of the word trie over `names`: the entry whose key ends here, and the words that may
 * follow. Lookups walk it word by word without building keys.
 */
export interface NameNode {
  entry?: GazetteerEntry;
  /** The name is known well enough to stand where the tagger found nothing (`ar-known`). */
  known?: true;
  /**
   * Only the `ar-known` list has the name: it is no tagger feature (the shipped models learned
   * their gazetteer features without that list, and `npm run train` reproduces them), only a rule span.
   */
  featureless?: true;
  next?: Map<string, NameNode>;
}

export interface Gazetteer {
  /** Whole names by the match keys of their tokens joined with spaces. */
  names: Map<string, GazetteerEntry>;
  /** The same names as a trie from their first word key. */
  trie: Map<string, NameNode>;
  /** Per word key: type bits (low nibble: any position, high nibble: first word). */
  wordTypes: Map<string, number>;
  nisba: Map<string, NisbaEntry>;
  /** Given names by match key: not entities alone, but a family name usually follows. */
  givenNames: Set<string>;
  maxWords: number;
}

let loaded: Gazetteer | null = null;

/** Keys of a phrase's tokens joined by spaces: the lookup key of a multi-word name. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase).map((t) => matchKey(t.text)).join(' ');
}

const displayNames = new Map<string, Intl.DisplayNames>();

function otherLanguageName(code: string, lang: 'ar' | 'en'): string {
  if (!code) return '';
  try {
    let names = displayNames.get(lang);
    if (!names) displayNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'region' })));
    return names.of(code) ?? '';
  } catch {
    return '';
  }
}

/**
 * `الملك سلمان` → `سلمان`: a title is no part of a person's name (it stays outside mentions, and
 * coreference links the title separately). Only titles with the article: `أمين معلوف` keeps its
 * first word, a given name that is also a noun.
 */
function withoutTitle(form: string): string {
  const space = form.indexOf(' ');
  if (space < 0) return form;
  const first = matchKey(form.slice(0, space));
  return first.startsWith('ال') && PERSON_TITLES.has(first) ? form.slice(space + 1) : form;
}

function addName(g: Gazetteer, form: string, entry: GazetteerEntry, wordBits = true, known = false): void {
  const key = phraseKey(form);
  if (!key) return;
  // A name another list has already: it keeps that entry, and becomes known if this one is.
  if (g.names.has(key)) { if (known) markKnown(g, key); return; }
  g.names.set(key, entry);
  const words = key.split(' ');
  let level = g.trie;
  let node: NameNode | undefined;
  for (let k = 0; k < words.length; k++) {
    node = level.get(words[k]);
    if (!node) level.set(words[k], (node = {}));
    if (k + 1 < words.length) level = node.next ??= new Map();
  }
  node!.entry = entry;
  if (known) { node!.known = true; node!.featureless = true; }
  g.maxWords = Math.max(g.maxWords, words.length);
  if (known || (!wordBits && words.length > 1)) return;
  words.forEach((w, i) => {
    const bits = GAZ_BITS[entry.type] | (i === 0 ? GAZ_BITS[entry.type] << GAZ_FIRST_SHIFT : 0);
    g.wordTypes.set(w, (g.wordTypes.get(w) ?? 0) | bits);
  });
}

function markKnown(g: Gazetteer, key: string): void {
  const words = key.split(' ');
  let node = g.trie.get(words[0]);
  for (let k = 1; node && k < words.length; k++) node = node.next?.get(words[k]);
  if (node?.entry) node.known = true;
}

/** The generated lists (see SOURCES.md): one entry a line, in the formats `about` describes. */
interface GazetteerData {
  names: string[];
  nisba: string[];
  givenNames: string[];
}

/**
 * The lists are `require`d inside the function, like the models: the bundler inlines the JSON
 * as a lazily evaluated module, so nothing is parsed until a name is needed.
 */
function gazetteerData(): GazetteerData {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./names.json') as GazetteerData;
}

/** The gazetteer, built on first use from the generated lists (a few milliseconds). */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const data = gazetteerData();
  const g: Gazetteer = { names: new Map(), trie: new Map(), wordTypes: new Map(), nisba: new Map(), givenNames: new Set(), maxWords: 1 };
  for (const line of data.names) {
    const [type, code, ar, en, description, only] = line.split('|');
    const arForms = ar ? ar.split(';') : [];
    const enForms = en ? en.split(';') : [];
    const entry: GazetteerEntry = {
      type: type as EntityType,
      code,
      ar: arForms[0] || otherLanguageName(code, 'ar'),
      en: enForms[0] || otherLanguageName(code, 'en'),
      description,
    };
    // `ar`: a name list of the Arabic press, whose English form is a translation to show only;
    // `ar-phrase`: also, the words of its multi-word forms mark nothing alone (خميس in خميس مشيط);
    // `ar-known`: as `ar-phrase`, and the name stands where the tagger found nothing.
    const arabicOnly = only === 'ar' || only === 'ar-phrase' || only === 'ar-known';
    const phrase = only === 'ar-phrase' || only === 'ar-known';
    for (const form of arabicOnly ? arForms : [...arForms, ...enForms]) addName(g, type === 'PER' ? withoutTitle(form) : form, entry, !phrase, only === 'ar-known');
  }
  for (const line of data.nisba) {
    const [ar, en, place] = line.split('|');
    const entry = { place, en };
    for (const form of ar.split(';')) {
      const key = phraseKey(form);
      g.nisba.set(key, entry);
      g.nisba.set(key.replace(/ي( |$)/g, 'يه$1'), entry); // feminine: الروسية, الكورية الشمالية
    }
    g.nisba.set(phraseKey(en), entry);
  }
  for (const name of data.givenNames) {
    const key = matchKey(name);
    g.givenNames.add(key);
    // As the first word of a person's name: a tagger feature and a clitic-stripping lexicon entry.
    g.wordTypes.set(key, (g.wordTypes.get(key) ?? 0) | GAZ_BITS.PER | (GAZ_BITS.PER << GAZ_FIRST_SHIFT));
  }
  return (loaded = g);
}
