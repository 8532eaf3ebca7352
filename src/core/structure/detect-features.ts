import type { Block, Language } from '../types';
import { normalizeArabic } from '../text/normalize';
import { findArtefacts } from './artefacts';
import { readBlocks, wordCount } from './blocks';
import { AR_LEGAL_WORDS, AR_NEWS_WORDS } from '../lang/ar/news-words';
import { AR_SAYING_WORD_FORMS } from '../lang/ar/speech-verbs';
import { AR_FUNCTION_WORDS, AR_PERSONAL_WORDS } from '../lang/ar/stop-words';
import { EN_LEGAL_WORDS, EN_NEWS_WORDS } from '../lang/en/news-words';
import { EN_SAYING_WORD_FORMS } from '../lang/en/speech-verbs';
import { EN_FUNCTION_WORDS, EN_PERSONAL_WORDS } from '../lang/en/stop-words';
import { SENTENCE_ENDS } from '../text/punctuation';
import { detectionPrefix } from './detection-prefix';
import { countScripts, detectLanguage } from '../lang/language';
import { splitLines, type Line } from './lines';

/**
 * The evidence article detection weighs, one number per feature, each one a thing a person
 * would look at: the shape of the first line, paragraphs, sentence punctuation, datelines and
 * agencies, quotations and verbs of saying, names, function words, and the marks of code,
 * markup, lists, logs and licences. Only a bounded prefix of the text is read, so a 10 MB log
 * costs what 16 KB of it costs (detection-prefix.ts).
 */

/** Lines whose shape is looked at: 16 KB of one-word lines tells no more from its 3,000th line than from its 400th. */
const MAX_LINES = 400;

/** The feature names, in the order of `articleFeatures`' values and of the model's weights. */
export const FEATURE_NAMES = [
  'arabic', 'english', 'logWords', 'logLines',
  'titleShape', 'titleWords',
  'logParagraphs', 'logWordsPerParagraph', 'longParagraphShare', 'sentenceEndParagraphShare', 'proseShare', 'shortLineShare',
  'sentenceEndLineShare', 'logWordsPerSentence', 'sentenceEndsPer100Words',
  'datelineOpening', 'logDatelines', 'agencyPer100Words',
  'quoteMarksPer100Words', 'speechVerbsPer100Words', 'capitalisedPer100Words',
  'functionWordsAr', 'functionWordsEn', 'newsWordsPer100', 'legalWordsPer100', 'personalPronounsPer100',
  'digitTokenShare', 'codeTokenShare',
  'codeLineShare', 'markupLineShare', 'tableLineShare', 'speakerLineShare', 'lowercaseStartShare', 'bulletLineShare', 'timestampLineShare', 'hashLineShare', 'keyValueLineShare',
  'bracesPer1000Chars', 'equalsPer1000Chars', 'semicolonsPer1000Chars', 'slashesPer1000Chars', 'urlsPer100Lines',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface DetectionEvidence {
  language: Language;
  /** Values in the order of FEATURE_NAMES. */
  values: number[];
}

/** Each vocabulary of both languages: an article is read in either (the lists live in the language packs). */
const FUNCTION_WORDS_AR = AR_FUNCTION_WORDS;
const FUNCTION_WORDS_EN = EN_FUNCTION_WORDS;
const SPEECH_VERBS: ReadonlySet<string> = new Set([...EN_SAYING_WORD_FORMS, ...AR_SAYING_WORD_FORMS]);
const NEWS_WORDS: ReadonlySet<string> = new Set([...EN_NEWS_WORDS, ...AR_NEWS_WORDS]);
const LEGAL_WORDS: ReadonlySet<string> = new Set([...EN_LEGAL_WORDS, ...AR_LEGAL_WORDS]);
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set([...EN_PERSONAL_WORDS, ...AR_PERSONAL_WORDS]);

/** Agencies and outlets that sign news: a name in brackets or after a dash near the start of a paragraph. */
const AGENCY = /\((?:Reuters|AP|AFP|PA|UPI|dpa|Xinhua|Bloomberg|BBC|CNN)\)|\b(?:Reuters|Associated Press|Agence France-Presse|Press Association)\b|(?:رويترز|أ\s?ف\s?ب|ا\s?ف\s?ب|فرانس برس|واس|د\s?ب\s?أ|الأناضول|كونا|وام|سبق|شينخوا|وكالات|الأنباء)/g;

/** A sentence end (text/punctuation.ts), then any closing quotes or bracket. */
const END_MARK = `[${[...SENTENCE_ENDS].join('')}]["'»”’)]*`;
const SENTENCE_END = new RegExp(`${END_MARK}$`);
const SENTENCE_BREAK = new RegExp(`${END_MARK}(?:\\s|$)`, 'g');
const QUOTE_MARKS = /[«»“”"]/g;
const BULLET = /^(?:[•▪●◦■▶►➢✓✔*+]|[-–—](?!-))\s*\S/;
const TIMESTAMP = /^\[?(?:\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\/\d{1,2}\/\d{2,4})\b|^\d{2}:\d{2}:\d{2},\d{3}/;
const KEY_VALUE = /^\s*[\w.-]{1,40}\s*[:=]\s*\S/;
const URL = /https?:\/\/|www\.|[\w.+-]{1,64}@[\w-]{1,64}\.[\w.]{2,}/g;


/** What the structure already read of a whole text: detection reuses it when it reads that whole text. */
export interface StructureReading {
  language: Language;
  lines: readonly Line[];
  blocks: readonly Block[];
}

/**
 * Reads the evidence from the opening of `text` (see DETECTION_PREFIX). `read` is the structure's
 * reading of all of `text`: when the opening is the whole text (any article of ordinary length),
 * its lines, blocks and language are taken instead of being read a second time.
 */
export function articleFeatures(text: string, read?: StructureReading): DetectionEvidence {
  const prefix = detectionPrefix(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const reuse = read && prefix === text ? read : undefined;
  const language = reuse?.language ?? detectLanguage(countScripts(prefix));
  const lines = reuse?.lines ?? splitLines(prefix);
  const blocks = reuse?.blocks ?? readBlocks(prefix, lines, findArtefacts(prefix));
  const f = new Map<FeatureName, number>();
  f.set('arabic', language === 'ar' ? 1 : 0);
  f.set('english', language === 'en' ? 1 : 0);
  readLines(prefix, lines, f);
  readBlockShapes(blocks, f);
  readWords(prefix, f);
  return { language, values: FEATURE_NAMES.map((n) => f.get(n) ?? 0) };
}

function readLines(prefix: string, lines: readonly Line[], f: Map<FeatureName, number>): void {
  let nonBlank = 0, chars = 0, proseChars = 0, short = 0, ends = 0;
  let code = 0, markup = 0, table = 0, speaker = 0, lowercase = 0, bullets = 0, timestamps = 0, hashes = 0, keyValues = 0;
  for (const line of lines) {
    if (nonBlank >= MAX_LINES) break;
    // HTML entities are scraping artefacts: `&nbsp;` at a line end must not hide a full stop.
    const s = prefix.slice(line.start, line.end).replace(/&#?\w{1,10};/g, ' ').trim();
    if (!s) continue;
    nonBlank++;
    chars += s.length;
    const words = wordCount(s);
    const isCode = looksLikeCode(s);
    if (words >= 12 && !isCode) proseChars += s.length;
    if (words < 6) short++;
    if (SENTENCE_END.test(s)) ends++;
    if (isCode) code++;
    if (looksLikeMarkup(s)) markup++;
    if (looksLikeTableRow(s)) table++;
    if (looksLikeChatLine(s)) speaker++;
    if (/^[a-z]/.test(s)) lowercase++;
    if (BULLET.test(s) || /^\d{1,3}[.)]\s/.test(s)) bullets++;
    if (TIMESTAMP.test(s)) timestamps++;
    if (s.startsWith('#') || s.startsWith('//') || s.startsWith(';') || s.startsWith('.')) hashes++;
    if (KEY_VALUE.test(s)) keyValues++;
  }
  const share = (n: number): number => (nonBlank ? n / nonBlank : 0);
  f.set('logLines', Math.log1p(nonBlank));
  f.set('proseShare', chars ? proseChars / chars : 0);
  f.set('shortLineShare', share(short));
  f.set('sentenceEndLineShare', share(ends));
  f.set('codeLineShare', share(code));
  f.set('markupLineShare', share(markup));
  f.set('tableLineShare', share(table));
  // One `place - source:` opening is a dateline; three lines opening with a name and a colon are a chat.
  f.set('speakerLineShare', speaker >= 3 ? share(speaker) : 0);
  f.set('lowercaseStartShare', share(lowercase));
  f.set('bulletLineShare', share(bullets));
  f.set('timestampLineShare', share(timestamps));
  f.set('hashLineShare', share(hashes));
  f.set('keyValueLineShare', share(keyValues));
  f.set('urlsPer100Lines', nonBlank ? (100 * (prefix.match(URL)?.length ?? 0)) / nonBlank : 0);
  // The title: a short first line without a full stop, set apart from the body by a blank line.
  const first = lines.find((l) => l.end > l.start && prefix.slice(l.start, l.end).trim());
  const firstText = first ? prefix.slice(first.start, first.end).trim() : '';
  const next = first ? lines[first.number] : undefined; // lines are numbered from 1: this is the line after
  const titleWords = wordCount(firstText);
  const apart = !next || !prefix.slice(next.start, next.end).trim();
  f.set('titleShape', titleWords >= 2 && titleWords <= 30 && !/[.;,،:{}()=]$/.test(firstText) && apart ? 1 : 0);
  f.set('titleWords', Math.min(titleWords, 40) / 10);
  const perThousand = (re: RegExp): number => (prefix.length ? (1000 * (prefix.match(re)?.length ?? 0)) / prefix.length : 0);
  f.set('bracesPer1000Chars', perThousand(/[{}[\]<>]/g));
  f.set('equalsPer1000Chars', perThousand(/=/g));
  f.set('semicolonsPer1000Chars', perThousand(/;/g));
  f.set('slashesPer1000Chars', perThousand(/[/\\|_]/g));
}

function readBlockShapes(blocks: readonly Block[], f: Map<FeatureName, number>): void {
  const body = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'lead' || b.kind === 'dateline');
  const words = body.map((b) => wordCount(b.text));
  const total = words.reduce((a, b) => a + b, 0);
  f.set('logParagraphs', Math.log1p(body.length));
  f.set('logWordsPerParagraph', body.length ? Math.log1p(total / body.length) : 0);
  f.set('longParagraphShare', body.length ? words.filter((w) => w >= 25).length / body.length : 0);
  // Paragraphs, not lines: a hard-wrapped article's lines mostly stop mid-sentence, its paragraphs do not.
  f.set('sentenceEndParagraphShare', body.length ? body.filter((b) => SENTENCE_END.test(b.text.trimEnd())).length / body.length : 0);
  const datelines = blocks.filter((b) => b.dateline);
  const opening = blocks.slice(0, 3).some((b) => b.kind === 'dateline');
  f.set('datelineOpening', opening ? 1 : 0);
  f.set('logDatelines', Math.log1p(datelines.length));
}

function readWords(prefix: string, f: Map<FeatureName, number>): void {
  const raw = prefix.split(/\s+/).filter(Boolean);
  let words = 0, fwAr = 0, fwEn = 0, speech = 0, news = 0, legal = 0, personal = 0, digits = 0, codeLike = 0, capitalised = 0;
  let sentenceStart = true;
  for (const token of raw) {
    const bare = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}']+$/gu, '');
    const startsSentence = sentenceStart;
    sentenceStart = SENTENCE_END.test(token);
    if (!bare) continue;
    words++;
    const w = /[\u0600-\u06ff]/.test(bare) ? normalizeArabic(bare) : bare.toLowerCase();
    if (FUNCTION_WORDS_AR.has(w)) fwAr++;
    if (FUNCTION_WORDS_EN.has(w)) fwEn++;
    if (SPEECH_VERBS.has(w)) speech++;
    if (NEWS_WORDS.has(w)) news++;
    if (LEGAL_WORDS.has(w)) legal++;
    if (PERSONAL_PRONOUNS.has(w)) personal++;
    if (/\d/.test(bare)) digits++;
    if (/[_(){}[\]=<>$\\/]|\w\.\w|::/.test(token)) codeLike++;
    // A capitalised word inside a sentence is most often a name: news is full of names.
    if (!startsSentence && /^[A-Z][a-z]/.test(bare) && !FUNCTION_WORDS_EN.has(w)) capitalised++;
  }
  const sentences = prefix.match(SENTENCE_BREAK)?.length ?? 0;
  // Rates on a log scale: beyond a few per hundred words, more of a word says little more (a
  // five-line chat about a minister's statement is not five times as newsy as an article).
  const per100 = (n: number): number => Math.log1p(words ? (100 * n) / words : 0);
  f.set('logWords', Math.log1p(words));
  f.set('logWordsPerSentence', Math.log1p(words / Math.max(1, sentences)));
  f.set('sentenceEndsPer100Words', per100(sentences));
  f.set('agencyPer100Words', per100(prefix.match(AGENCY)?.length ?? 0));
  f.set('quoteMarksPer100Words', per100(prefix.match(QUOTE_MARKS)?.length ?? 0));
  f.set('speechVerbsPer100Words', per100(speech));
  // Per word, not per sentence: a changelog has few full stops, and its sentence count says nothing.
  f.set('capitalisedPer100Words', per100(capitalised));
  f.set('functionWordsAr', per100(fwAr));
  f.set('functionWordsEn', per100(fwEn));
  f.set('newsWordsPer100', per100(news));
  f.set('legalWordsPer100', per100(legal));
  f.set('personalPronounsPer100', per100(personal));
  f.set('digitTokenShare', words ? digits / words : 0);
  f.set('codeTokenShare', words ? codeLike / words : 0);
}

/** Markdown and list syntax (headings, numbered items, tables, fences, links), URLs and e-mail addresses. */
function looksLikeMarkup(s: string): boolean {
  return /^(?:#{1,6}\s|\d{1,3}[.)]\s|>\s|\||```|={3,}|-{3,}|\*\*)/.test(s) || s.includes('](') || /`[^`]{1,80}`/.test(s);
}

/** Source code and configuration: braces, statement ends, assignments, tags. */
function looksLikeCode(s: string): boolean {
  return /[{};]\s*$|^\s*[}\]]|=>|^\s*(?:import|export|function|def|class|return|const|let|var|#include|public|private|if|for|while|elif|fi|done)\b|^<\/?[a-zA-Z][^>]{0,80}>|^\s*[\w.-]{1,40}\s*=\s*\S/.test(s);
}

/** CSV and TSV rows: many separators for the words. */
function looksLikeTableRow(s: string): boolean {
  const separators = (s.match(/[,\t;|]/g) ?? []).length;
  return separators >= 3 && separators * 4 >= wordCount(s);
}

/** A chat line: an optional time or date, then a short speaker name and a colon (`[09:12] Sara: …`, `12/03/2024, 09:14 - Sam: …`). */
function looksLikeChatLine(s: string): boolean {
  return /^(?:\[?[\d/.,:\sAPMapm-]{4,24}\]?\s*[-–]?\s*)?[\w\u0600-\u06ff .@'-]{1,25}:\s/.test(s) && wordCount(s) < 30;
}
