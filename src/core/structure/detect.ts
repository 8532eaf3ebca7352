import type { Block, Language } from '../types';
import { normalizeArabic } from '../text/normalize';
import { AR_LEGAL_WORDS, AR_NEWS_WORDS } from '../lang/ar/news-words';
import { EN_LEGAL_WORDS, EN_NEWS_WORDS } from '../lang/en/news-words';
import { wordCount } from './blocks';
import type { Line } from './lines';

/** Lines looked at: the opening of a file tells its kind; a 10 MB log needs no more. */
const SAMPLE_LINES = 400;
const SAMPLE_WORDS = 6000;

/** Both languages' words of news and of legal notices: an article is read in either. */
const NEWS_WORDS: ReadonlySet<string> = new Set([...EN_NEWS_WORDS, ...AR_NEWS_WORDS]);
const LEGAL_WORDS: ReadonlySet<string> = new Set([...EN_LEGAL_WORDS, ...AR_LEGAL_WORDS]);

export interface ArticleEvidence {
  words: number;
  paragraphs: number;
  /** Share of the visible characters that stand in lines of twelve words or more. */
  proseShare: number;
  markupLineShare: number;
  codeLineShare: number;
  recordLineShare: number;
  newsWordsPer100: number;
  legalWordsPer100: number;
}

/**
 * Whether a text is a news article: prose in paragraphs (not lines of records, code
 * or markup), in Arabic or English, with the vocabulary of reporting and without
 * that of licences. Measured on the opening of the text so it costs the same for a huge log.
 */
export function isNewsArticle(text: string, lines: readonly Line[], blocks: readonly Block[], language: Language): boolean {
  if (language === 'other') return false;
  const e = collectEvidence(text, lines, blocks);
  return (
    e.words >= 60 &&
    (e.paragraphs >= 2 || e.words >= 150) &&
    e.proseShare >= 0.5 &&
    e.markupLineShare < 0.2 &&
    e.codeLineShare < 0.1 &&
    e.recordLineShare < 0.3 &&
    e.newsWordsPer100 >= 0.25 &&
    e.legalWordsPer100 < Math.max(2.5, e.newsWordsPer100)
  );
}

export function collectEvidence(text: string, lines: readonly Line[], blocks: readonly Block[]): ArticleEvidence {
  let nonBlank = 0, markup = 0, code = 0, records = 0, chars = 0, proseChars = 0;
  for (const line of lines) {
    if (nonBlank >= SAMPLE_LINES) break;
    // HTML entities are scraping artefacts: `&nbsp;` at a line end must not read as a statement end.
    const s = text.slice(line.start, Math.min(line.end, line.start + 2000)).replace(/&#?\w{1,10};/g, ' ').trim();
    if (!s) continue;
    nonBlank++;
    chars += s.length;
    if (wordCount(s) >= 12 && !looksLikeCode(s)) proseChars += s.length;
    if (looksLikeMarkup(s)) markup++;
    if (looksLikeCode(s)) code++;
    if (looksLikeRecord(s)) records++;
  }
  let words = 0, news = 0, legal = 0;
  for (const block of blocks) {
    if (words >= SAMPLE_WORDS) break;
    for (const raw of block.text.slice(0, 20000).split(/\s+/)) {
      const w = normalizeArabic(raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase());
      if (!w) continue;
      words++;
      if (NEWS_WORDS.has(w)) news++;
      if (LEGAL_WORDS.has(w)) legal++;
    }
  }
  const share = (n: number) => (nonBlank ? n / nonBlank : 0);
  return {
    words,
    paragraphs: blocks.filter((b) => b.kind !== 'title' && b.kind !== 'heading' && b.kind !== 'caption').length,
    proseShare: chars ? proseChars / chars : 0,
    markupLineShare: share(markup),
    codeLineShare: share(code),
    recordLineShare: share(records),
    newsWordsPer100: words ? (100 * news) / words : 0,
    legalWordsPer100: words ? (100 * legal) / words : 0,
  };
}

/** Markdown and list syntax (headings, bullets, numbered items, tables, fences, links), URLs and e-mail addresses. */
function looksLikeMarkup(s: string): boolean {
  // `•` is left out: Arabic newspapers set interviews as `•` questions and `••` answers.
  return /^(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>\s|\||```|={3,}|-{3,})/.test(s) || s.includes('](') || /https?:\/\/|www\.|<[\w.+-]{1,64}@[\w.-]{1,64}>/.test(s) || /`[^`]{1,80}`/.test(s);
}

/** Source code and configuration: braces, statement ends, assignments, tags. */
function looksLikeCode(s: string): boolean {
  return /[{};]\s*$|^\s*[}\]]|=>|^\s*(?:import|export|function|def|class|return|const|let|var|#include|public|private)\b|^<\/?[a-zA-Z][^>]{0,80}>|^\s*[\w.-]{1,40}\s*=\s*\S/.test(s);
}

/** Records: log lines with timestamps, CSV/TSV rows, chat lines `name: text`, key: value pairs. */
function looksLikeRecord(s: string): boolean {
  if (/^\[?\d{1,4}[-/:.]\d{1,2}(?:[-/:.]\d{1,4})?/.test(s)) return true;
  const separators = (s.match(/[,\t;|]/g) ?? []).length;
  if (separators >= 3 && separators * 4 >= wordCount(s)) return true;
  return /^[\w\u0600-\u06ff .@-]{1,25}:\s/.test(s) && wordCount(s) < 25 && !/[.!?؟]\s*$/.test(s.slice(0, 30));
}
