/**
 * More labelled Arabic for the tagger, both from Wikipedia (CC BY-SA 3.0):
 *   aqmar     AQMAR (Mohit et al. 2012), ../shared/data/ner/aqmar/*.txt: `token TAG` BIO with
 *             PER/LOC/ORG and MIS0–MIS3 (→ MISC); a few malformed tags are repaired or dropped.
 *   wikifane  WikiFANE Gold (Alotaibi and Lee 2014), ../shared/data/ner/wikifane: 50 fine classes
 *             mapped to PER/ORG/LOC/MISC below. Its tokens split clitics off (و + كتاب + ه); they are
 *             joined back into written words (وكتابه) as in ANERcorp and in the text users read.
 * Each corpus comes as sentences of written words with BIO tags over PER/ORG/LOC/MISC.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface TaggedSentence { words: string[]; tags: string[] }
export const EXTRA_CORPORA = ['aqmar', 'wikifane'] as const;
export type ExtraCorpus = (typeof EXTRA_CORPORA)[number];

/** AQMAR's tag → ours; null when the tag is unusable (the token counts as outside a name). */
function aqmarTag(raw: string): string {
  const m = /^([BI])-+(PER|LOC|ORG|MISS?[0-3-]*)/.exec(raw.trim());
  if (!m) return 'O';
  return `${m[1]}-${m[2].startsWith('MIS') ? 'MISC' : m[2]}`;
}

function aqmar(dataDir: string): TaggedSentence[] {
  const dir = resolve(dataDir, 'ner/aqmar');
  const out: TaggedSentence[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    let s: TaggedSentence = { words: [], tags: [] };
    for (const line of readFileSync(resolve(dir, file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)) {
      const [token, tag] = line.trim().split(/\s+/);
      if (!token) { if (s.words.length) out.push(s); s = { words: [], tags: [] }; continue; }
      s.words.push(token);
      s.tags.push(aqmarTag(tag ?? 'O'));
    }
    if (s.words.length) out.push(s);
  }
  return out.map(repairBio);
}

/**
 * WikiFANE's fine classes by coarse type. People as groups (Group: العرب, المسلمين) and celestial
 * bodies are not names in ANERcorp's or our gold's sense: outside. Facilities count as places,
 * vehicles, weapons and products as MISC.
 */
const WIKIFANE_TYPES: Record<string, string> = {
  ...Object.fromEntries(['Politician', 'Religious_PER', 'Artist', 'Other_PER', 'Scientist', 'Athlete', 'Businessperson', 'Engineer', 'Lawyer', 'Police'].map((c) => [c, 'PER'])),
  ...Object.fromEntries(['Government', 'Commercial', 'Educational', 'Media', 'Religious_ORG', 'Sports', 'Non-Governmental', 'Entertainment', 'Medical-Science'].map((c) => [c, 'ORG'])),
  ...Object.fromEntries(['Nation', 'Population-Center', 'State-or-Province', 'County-or-District', 'GPE-Cluster', 'Continent', 'Water-Body', 'Land-Region-Natural', 'Building-Grounds', 'Airport', 'Path', 'Subarea-Facility'].map((c) => [c, 'LOC'])),
  ...Object.fromEntries(['Air', 'Water', 'Land', 'Book', 'Movie', 'Sound', 'Software', 'Hardware', 'Food', 'Drug', 'Projectile', 'Shooting', 'Blunt', 'Exploding', 'Nuclear', 'Chemical', 'Sharp', 'Plant'].map((c) => [c, 'MISC'])),
};

const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'س']);
const ENCLITICS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'نا', 'ي', 'ك']);
const ARABIC_WORD = /^[\u0621-\u064a]/;

/** Joins split clitics back onto their word: و + كتاب + ه → وكتابه, ل + الكتاب → للكتاب. */
export function joinClitics(s: TaggedSentence): TaggedSentence {
  const words: string[] = [];
  const tags: string[] = [];
  let prefix = '';
  let prefixTag = 'O';
  let afterWord = false; // the previous token became (the end of) an Arabic word
  s.words.forEach((w, i) => {
    const next = s.words[i + 1];
    if (PROCLITICS.has(w) && next !== undefined && ARABIC_WORD.test(next)) {
      prefix += w;
      if (prefixTag === 'O') prefixTag = s.tags[i];
      afterWord = false;
      return;
    }
    const last = words.length - 1;
    if (!prefix && afterWord && ENCLITICS.has(w) && ARABIC_WORD.test(words[last])) {
      words[last] = words[last].replace(/ة$/, 'ت') + w;
      afterWord = false;
      return;
    }
    afterWord = ARABIC_WORD.test(w);
    // A name's tag covers the clitics written onto its first word.
    const joined = prefix.endsWith('ل') && w.startsWith('ال') ? prefix + w.slice(1) : prefix + w;
    words.push(joined);
    tags.push(prefixTag.startsWith('B-') && s.tags[i] !== 'O' ? 'B-' + s.tags[i].slice(2) : s.tags[i]);
    prefix = '';
    prefixTag = 'O';
  });
  if (prefix) { words.push(prefix); tags.push('O'); }
  return { words, tags };
}

function wikifane(dataDir: string): TaggedSentence[] {
  const text = readFileSync(resolve(dataDir, 'ner/wikifane/WikiFANE_Gold_2014_500K.txt'), 'utf8');
  const out: TaggedSentence[] = [];
  let s: TaggedSentence = { words: [], tags: [] };
  for (const raw of text.replace(/^\uFEFF/, '').split('\n')) {
    const [token, tag] = raw.replace(/[\u200e\u200f\r]/g, '').split('\t').map((x) => x.trim());
    if (!token) { if (s.words.length) out.push(joinClitics(s)); s = { words: [], tags: [] }; continue; }
    const m = /^([BI])-(.+)$/.exec(tag ?? '');
    const type = m ? WIKIFANE_TYPES[m[2]] : undefined;
    s.words.push(token);
    s.tags.push(m && type ? `${m[1]}-${type}` : 'O');
  }
  if (s.words.length) out.push(joinClitics(s));
  return out.map(repairBio);
}

/** An I- that continues nothing becomes a B-. */
function repairBio(s: TaggedSentence): TaggedSentence {
  const tags = s.tags.map((t, i) => (t.startsWith('I-') && (i === 0 || s.tags[i - 1].slice(2) !== t.slice(2)) ? 'B-' + t.slice(2) : t));
  return { words: s.words, tags };
}

/** The sentences of a corpus; `maxTokens` keeps an evenly spread sample (every k-th sentence). */
export function extraCorpus(dataDir: string, name: ExtraCorpus, maxTokens = Infinity): TaggedSentence[] {
  const all = name === 'aqmar' ? aqmar(dataDir) : wikifane(dataDir);
  const total = all.reduce((n, s) => n + s.words.length, 0);
  if (total <= maxTokens) return all;
  const keep = maxTokens / total;
  let credit = 0;
  return all.filter(() => ((credit += keep) >= 1 ? (credit -= 1, true) : false));
}
