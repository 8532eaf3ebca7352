import type { Entity, Mention, Structure } from '../types';
import { matchKey, normalizeArabic } from '../text/normalize';
import { AR_NEWS_SOURCES } from '../lang/ar/news-words';
import type { Doc } from '../doc';
import { INITIAL, splitSentences, tokenize, type Token } from '../text/tokenize';
import { gazetteer } from './gazetteer';
import { PERSON_TITLES } from './cues';
import { groupMentions, type RawMention } from './link';
import type { WordView } from './words';
import { recogniseDocument, type SentenceResult } from './recognise';
import { timed, type PipelineOptions } from '../pipeline';
import { AR_COUNTERPARTS, AR_CURRENCIES, ORG_BODIES } from '../lang/ar/name-cues';
import { EN_ADDRESS_TITLES, EN_COUNTERPARTS, EN_CURRENCIES, EN_ROLE_OPENERS } from '../lang/en/name-cues';

export { recogniseDocument, spansToBio, type RecogniserMode } from './recognise';
export { parseTokenFile, bioSpans } from './tokenFile';
export { tagWithModel } from './tagger';

/** `نظيره الأميركي` (his American counterpart) holds the same office as the person before. */
const COUNTERPARTS: ReadonlySet<string> = new Set([...AR_COUNTERPARTS, ...EN_COUNTERPARTS]);

/**
 * The title and nisba words written right before a person's name (`الرئيس الروسي`,
 * `President`): the role that later stands for the person. For a counterpart
 * (`الرئيس الروسي ... مع نظيره الفرنسي جان دوبوا`) the nearest earlier title gives the office,
 * so `الرئيس الأميركي` is an alias of the role.
 */
function roleBefore(tokens: Token[], index: number, text: string): { role: Mention; aliases: string[] } | undefined {
  const g = gazetteer();
  let k = index;
  while (k > 0 && index - k < 4 && g.nisba.has(matchKey(tokens[k - 1].text))) k--;
  if (k > 0 && index - k < 2 && k >= 2 && g.nisba.has(matchKey(tokens[k - 2].text) + ' ' + matchKey(tokens[k - 1].text))) k -= 2;
  // وزير الخارجية الأمريكي: the ministry's word between the title and its nisba is the office's.
  let body = false;
  const titleKey = k >= 2 ? matchKey(tokens[k - 2].text) : '';
  if (k >= 2 && ORG_BODIES.has(matchKey(tokens[k - 1].text)) && (PERSON_TITLES.has(titleKey) || PERSON_TITLES.has(titleKey.replace(/^[وف]/, '')))) { k--; body = true; }
  if (k === 0) return undefined;
  const title = tokens[k - 1];
  const key = matchKey(title.text);
  // The title without a conjunction or preposition written on it (وبنظيره → نظيره).
  const bare = [key, key.replace(/^[وف]/, ''), key.replace(/^[وف]?[بل]/, '')].find((k) => PERSON_TITLES.has(k));
  if (!bare) return undefined;
  if (k === index && !body) return englishOffice(tokens, k - 1, index, text); // a bare title (الرئيس) is too vague
  const start = title.start + (key.length - bare.length);
  const role = { start, end: tokens[index - 1].end, text: text.slice(start, tokens[index - 1].end) };
  const aliases: string[] = [];
  if (COUNTERPARTS.has(bare)) {
    const nisba = text.slice(tokens[k].start, tokens[index - 1].end);
    for (let j = k - 2; j >= 0 && j >= k - 40; j--) {
      const written = matchKey(tokens[j].text);
      const office = written.replace(/^[وف]/, '');
      if (PERSON_TITLES.has(office) && !COUNTERPARTS.has(office) && office.startsWith('ال')) {
        aliases.push(`${tokens[j].text.slice(written.length - office.length)} ${nisba}`);
        break;
      }
    }
  }
  return { role, aliases };
}

/**
 * An English office written before a name as capitalised words ending in a title: `Foreign
 * Secretary Jack Straw`, `Prime Minister Tony Blair`. The office (not `Mr`) stands for the person
 * later, written in any case (`the foreign secretary said`).
 */
function englishOffice(tokens: Token[], title: number, index: number, text: string): { role: Mention; aliases: string[] } | undefined {
  const key = matchKey(tokens[title].text);
  if (!/^[A-Z]/.test(tokens[title].text) || EN_ADDRESS_TITLES.has(key)) return undefined;
  let from = title;
  while (from > 0 && title - from < 2 && /^[A-Z][a-z]/.test(tokens[from - 1].text) && !EN_ROLE_OPENERS.has(matchKey(tokens[from - 1].text))) from--;
  if (from === title) return undefined;
  const start = tokens[from].start;
  return { role: { start, end: tokens[index - 1].end, text: text.slice(start, tokens[index - 1].end) }, aliases: [] };
}

/** Currency words: ANERcorp tags them MISC, but a reader does not want `دولار` as a name. */
const CURRENCIES: ReadonlySet<string> = new Set([...AR_CURRENCIES, ...EN_CURRENCIES]);

/** Conjunctions and prepositions written on the first word of a role phrase. */
const isCliticRun = (s: string): boolean => /^[وف]?[بلك]?$/.test(s) && s.length > 0;

/** Conjunctions and prepositions that may be written on a role's first word (see isCliticRun). */
const CLITIC_RUNS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

/** Token positions by match key: built once per document, for finding role phrases. */
type KeyIndex = Map<string, number[]>;

function indexKeys(keys: string[]): KeyIndex {
  const index: KeyIndex = new Map();
  for (let i = 0; i < keys.length; i++) {
    const at = index.get(keys[i]);
    if (at) at.push(i);
    else index.set(keys[i], [i]);
  }
  return index;
}

/** Occurrences of a role phrase in the text, a leading clitic (و ف ل ب…) outside the span. */
function occurrencesOf(text: string, keys: string[], index: KeyIndex, tokens: Token[], role: string): RawMention[] {
  const target = tokenize(role).map((t) => matchKey(t.text));
  const out: RawMention[] = [];
  if (!target.length) return out;
  const head = target[0];
  // The only written forms the first word can have: the head behind a clitic run, or with the
  // article contracted after ل (للرئيس). Their positions, in text order.
  let positions: number[];
  if (head) {
    const forms = CLITIC_RUNS.map((c) => c + head);
    if (head.startsWith('ال')) for (const c of ['لل', 'ولل', 'فلل']) forms.push(c + head.slice(2));
    positions = [];
    for (const form of new Set(forms)) for (const i of index.get(form) ?? []) positions.push(i);
    positions.sort((a, b) => a - b);
  } else {
    positions = keys.map((_, i) => i);
  }
  for (const i of positions) {
    if (i + target.length > tokens.length) continue;
    const first = keys[i];
    if (!first.endsWith(head.startsWith('ال') ? head.slice(2) : head)) continue;
    const offset = first.length - head.length;
    const direct = first === head || (offset > 0 && first.endsWith(head) && isCliticRun(first.slice(0, offset)));
    // للرئيس = ل + الرئيس with the article's alef elided: the span starts after the preposition,
    // at the article's lam (لرئيس الروسي), so only the clitic is left out.
    const contracted = !direct && head.startsWith('ال') && /^[وف]?لل$/.test(first.slice(0, offset + 2)) && first.slice(offset + 2) === head.slice(2);
    if (!direct && !contracted) continue;
    if (offset !== 0 && first.length !== tokens[i].text.length) continue; // marks inside: offsets unknown
    let ok = true;
    for (let k = 1; k < target.length && ok; k++) ok = keys[i + k] === target[k];
    if (!ok) continue;
    const start = tokens[i].start + (contracted ? offset + 1 : offset);
    const end = tokens[i + target.length - 1].end;
    out.push({ start, end, text: text.slice(start, end), type: 'PER', isRole: true });
  }
  return out;
}

/**
 * The mentions of one span: trimmed of punctuation at its edges, and cut in parts at a bracket
 * inside it (`(إيغور) مورغولوف`): each part is a clean mention of the same whole name.
 */
function spanMentions(text: string, tokens: Token[], views: WordView[], s: number, e: number, type: RawMention['type']): RawMention[] {
  while (s < e && views[s].punct) s++;
  while (e > s && views[e - 1].punct) e--;
  if (e <= s) return [];
  // A contracted لل keeps the article's lam in the span (لكرملين for للكرملين); the name then
  // gets its alef back for display and grouping (الكرملين).
  const first = views[s];
  const contracted = first.prefix >= 2 && first.head.startsWith('ال') && first.key.slice(first.prefix - 2, first.prefix) === 'لل';
  const parts: Array<[number, number]> = [];
  let partStart = s;
  for (let i = s; i <= e; i++) {
    // An initial's full stop (`S. Best`) is part of the name; other marks inside a span split it.
    if (i < e && (!views[i].punct || (views[i].raw === '.' && i > s && INITIAL.test(views[i - 1].raw)))) continue;
    if (i > partStart) parts.push([partStart, i]);
    partStart = i + 1;
  }
  const startOf = (i: number): number => tokens[i].start + (i === s && contracted ? first.prefix - 1 : views[i].prefix);
  let fullName = '';
  if (parts.length > 1 || contracted) {
    const words: string[] = [];
    for (let i = s; i < e; i++) if (!views[i].punct) words.push(text.slice(startOf(i), tokens[i].end));
    if (contracted) words[0] = 'ا' + words[0];
    fullName = words.join(' ');
  }
  return parts.map(([a, b]) => {
    const start = startOf(a);
    const end = tokens[b - 1].end;
    const mention: RawMention = { start, end, text: text.slice(start, end), type };
    if (fullName) mention.fullName = fullName;
    return mention;
  });
}

/**
 * Finds the names in an article: the trained tagger over each paragraph's sentences, the rules
 * and the gazetteer, document-level consistency, then grouping into entities with
 * short-form and role coreference. Mentions exclude attached clitics; nisba adjectives are not
 * places by themselves; currencies are not names.
 */
export function findEntities(doc: Doc, options: PipelineOptions = {}): Entity[] {
  const { text, structure, language: lang } = doc;
  const { sentenceTokens, allTokens } = timed('sentences', options, () => documentSentences(text, structure));
  const results = recogniseDocument(sentenceTokens.map((s) => s.map((t) => t.text)), lang, 'full', undefined, options);
  const raw = timed('mentions', options, () => mentionsOf(text, sentenceTokens, results));
  if (lang === 'ar') datelineOutlets(text, structure, raw);
  let keys: string[] | undefined;
  let index: KeyIndex | undefined;
  return timed('entities', options, () => groupMentions(raw, (role) => {
    keys ??= allTokens.map((t) => matchKey(t.text));
    return occurrencesOf(text, keys, (index ??= indexKeys(keys)), allTokens, role);
  }));
}

/** Dateline sources that are no outlet's name (`وكالات`, `خاص`) or mostly a city's (`الرياض`). */
const NOT_OUTLET_NAMES: ReadonlySet<string> = new Set(['وكالات', 'خاص', 'متابعات', 'الرياض', 'المدينه'].map(matchKey));

/**
 * `سبق- ينبع:`, `سبق- الرياض:`: an outlet that names itself in a dateline is an organisation,
 * though its name is an ordinary word elsewhere (سبق: preceded). Any dash-separated part of the
 * dateline that is an outlet the dateline parser knows (the parser keeps one source, the later
 * of two: الرياض in `سبق- الرياض`), where no name was found.
 */
function datelineOutlets(text: string, structure: Structure, raw: RawMention[]): void {
  for (const { dateline } of structure.blocks) {
    if (!dateline) continue;
    const part = /[^\s\-\u2013\u2014:«»"][^\-\u2013\u2014:«»"]*/g;
    const prefix = text.slice(dateline.start, dateline.end);
    for (let m = part.exec(prefix); m; m = part.exec(prefix)) {
      const name = m[0].trimEnd();
      if (!AR_NEWS_SOURCES.has(normalizeArabic(name)) || NOT_OUTLET_NAMES.has(matchKey(name))) continue;
      const start = dateline.start + m.index;
      const end = start + name.length;
      if (!raw.some((x) => x.start < end && start < x.end)) raw.push({ start, end, text: name, type: 'ORG' });
    }
  }
}

/**
 * The tokens of every paragraph, and the same tokens cut into sentences for the tagger (training
 * on article gold cuts its text the same way).
 */
export function documentSentences(text: string, structure: Structure): { sentenceTokens: Token[][]; allTokens: Token[] } {
  const sentenceTokens: Token[][] = [];
  const allTokens: Token[] = [];
  for (const { start, end } of structure.blocks) {
    const tokens = tokenize(text, start, end).filter((t) => t.text !== '&');
    // No spread operator: a 1 MB line has more tokens than a call's arguments may be.
    for (const t of tokens) allTokens.push(t);
    for (const sentence of splitSentences(tokens)) sentenceTokens.push(sentence);
  }
  return { sentenceTokens, allTokens };
}

/**
 * `السعودية` is both the adjective (الشركة السعودية, Saudi) and the country's everyday name
 * (في السعودية, موقف السعودية, وكانت السعودية قد رحبت). A one-word span that the gazetteer knows
 * as a place is the country unless it follows a definite word it can qualify: after a
 * preposition written on it (بالسعودية), a verb, a particle, a noun in construct or another
 * place it is a noun.
 */
function countryAsNoun(views: readonly WordView[], s: number, e: number): boolean {
  if (e - s !== 1) return false;
  const view = views[s];
  if (gazetteer().names.get(view.head)?.type !== 'LOC') return false;
  if (/[بلك]/.test(view.key.slice(0, view.prefix))) return true;
  const before = s > 0 ? views[s - 1] : undefined;
  // A definite word before it is the noun it qualifies, unless that word is a place (الإمارات والسعودية).
  return before === undefined || !before.head.startsWith('ال') || gazetteer().names.get(before.head)?.type === 'LOC';
}

/** The mentions of the recognised spans: nisba adjectives and currencies dropped, roles attached. */
function mentionsOf(text: string, sentenceTokens: Token[][], results: SentenceResult[]): RawMention[] {
  const raw: RawMention[] = [];
  const g = gazetteer();
  results.forEach((res, si) => {
    const tokens = sentenceTokens[si];
    for (const span of res.spans) {
      const { start: s, end: e } = span;
      if (e - s <= 2 && g.nisba.has(res.views.slice(s, e).map((v, k) => (k === 0 ? v.head : v.key)).join(' ')) && !countryAsNoun(res.views, s, e)) continue;
      if (span.type === 'MISC' && e - s === 1 && (CURRENCIES.has(res.views[s].head) || CURRENCIES.has(res.views[s].key))) continue;
      const mentions = spanMentions(text, tokens, res.views, s, e, span.type);
      if (span.type === 'PER' && mentions.length) {
        const role = roleBefore(tokens, s, text);
        if (role) {
          mentions[0].role = role.role;
          if (role.aliases.length) mentions[0].roleAliases = role.aliases;
        }
      }
      for (const m of mentions) raw.push(m);
    }
  });
  return raw;
}
