import type { Entity, Mention, Structure } from '../types';
import { isArabicLetter, matchKey } from '../text/normalize';
import { splitSentences, tokenize, type Token } from '../text/tokenize';
import type { Lang } from './features';
import { gazetteer } from './gazetteer';
import { PERSON_TITLES } from './cues';
import { groupMentions, type RawMention } from './link';
import { recogniseDocument } from './recognise';

export { recogniseDocument, spansToBio, type RecogniserMode } from './recognise';
export { parseTokenFile, bioSpans } from './tokenFile';
export { tagWithModel } from './tagger';

/** Paragraph ranges: the structure's blocks, or the text's lines when there are none yet. */
function paragraphs(text: string, structure: Structure): Array<[number, number]> {
  if (structure.blocks.length) return structure.blocks.map((b) => [b.start, b.end]);
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 0x0a) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

function detectLanguage(text: string, structure: Structure): Lang {
  if (structure.language === 'ar' || structure.language === 'en') return structure.language;
  let arabic = 0, latin = 0;
  for (let i = 0; i < text.length && i < 20000; i++) {
    const c = text.charCodeAt(i);
    if (isArabicLetter(c)) arabic++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
  }
  return arabic > latin ? 'ar' : 'en';
}

/**
 * The title and nisba words written right before a person's name (`الرئيس الروسي`,
 * `President`): the role that later stands for the person.
 */
function roleBefore(tokens: Token[], index: number, text: string): Mention | undefined {
  const g = gazetteer();
  let k = index;
  while (k > 0 && index - k < 4 && g.nisba.has(matchKey(tokens[k - 1].text))) k--;
  if (k > 0 && index - k < 2 && k >= 2 && g.nisba.has(matchKey(tokens[k - 2].text) + ' ' + matchKey(tokens[k - 1].text))) k -= 2;
  if (k === 0) return undefined;
  const title = tokens[k - 1];
  const key = matchKey(title.text);
  const bare = key.replace(/^[وف]/, '');
  if (!PERSON_TITLES.has(key) && !PERSON_TITLES.has(bare)) return undefined;
  if (k === index) return undefined; // a bare title (الرئيس) is too vague to stand for one person
  const start = title.start + (key.length - bare.length);
  return { start, end: tokens[index - 1].end, text: text.slice(start, tokens[index - 1].end) };
}

/** Occurrences of a role phrase in the text, a leading clitic (و ف ل ب…) outside the span. */
function occurrencesOf(text: string, tokens: Token[], role: string): Mention[] {
  const target = tokenize(role).map((t) => matchKey(t.text));
  const out: Mention[] = [];
  for (let i = 0; i + target.length <= tokens.length; i++) {
    const first = matchKey(tokens[i].text);
    const offset = first.length - target[0].length;
    const firstOk = first === target[0] || (offset > 0 && offset <= 2 && first.endsWith(target[0].slice(2)) && target[0].startsWith('ال') && /^[وفبلك]+$/.test(first.slice(0, offset + (first.slice(offset - 1, offset + 1) === 'لل' ? 0 : 0))));
    const direct = first === target[0] || (offset > 0 && offset <= 2 && first.slice(offset) === target[0] && /^[وفبلك]+$/.test(first.slice(0, offset)));
    const contracted = target[0].startsWith('ال') && /^[وف]?لل/.test(first) && first.replace(/^[وف]?لل/, '') === target[0].slice(2);
    if (!firstOk && !direct && !contracted) continue;
    if (!direct && !contracted) continue;
    let ok = true;
    for (let k = 1; k < target.length && ok; k++) ok = matchKey(tokens[i + k].text) === target[k];
    if (!ok) continue;
    const cut = contracted ? first.indexOf('لل') + 2 : direct ? offset : 0;
    const start = tokens[i].start + cut;
    const end = tokens[i + target.length - 1].end;
    out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/**
 * Finds the names in an article: the trained tagger over each paragraph's sentences, the rules
 * and the gazetteer, document-level consistency, then grouping into entities with
 * short-form and role coreference. Mentions exclude attached clitics; nisba adjectives are not
 * places by themselves.
 */
export function findEntities(text: string, structure: Structure): Entity[] {
  const lang = detectLanguage(text, structure);
  const sentenceTokens: Token[][] = [];
  const allTokens: Token[] = [];
  for (const [start, end] of paragraphs(text, structure)) {
    const tokens = tokenize(text, start, end).filter((t) => t.text !== '&');
    allTokens.push(...tokens);
    sentenceTokens.push(...splitSentences(tokens));
  }
  const results = recogniseDocument(sentenceTokens.map((s) => s.map((t) => t.text)), lang, 'full');
  const raw: RawMention[] = [];
  const g = gazetteer();
  results.forEach((res, si) => {
    const tokens = sentenceTokens[si];
    for (const span of res.spans) {
      let { start: s, end: e } = span;
      while (s < e && res.views[s].punct) s++;
      while (e > s && res.views[e - 1].punct) e--;
      if (e <= s) continue;
      if (e - s <= 2 && g.nisba.has(res.views.slice(s, e).map((v, k) => (k === 0 ? v.head : v.key)).join(' '))) continue;
      const start = tokens[s].start + res.views[s].prefix;
      const end = tokens[e - 1].end;
      const mention: RawMention = { start, end, text: text.slice(start, end), type: span.type };
      if (span.type === 'PER') mention.role = roleBefore(tokens, s, text);
      raw.push(mention);
    }
  });
  return groupMentions(raw, (role) => occurrencesOf(text, allTokens, role));
}
