import type { Dateline } from '../types';
import { normalizeArabic } from '../text/normalize';
import { AR_DATELINE_SPEECH_OPENERS, AR_NEWS_SOURCES } from '../lang/ar/news-words';

/** How far into a paragraph a dateline may reach; keeps every match below bounded. */
const MAX_PREFIX = 80;

// `PLACE[, Month Day] (Agency) -` or `PLACE -`, bounded by MAX_PREFIX.
const ENGLISH_DATELINE = /^([A-Z][A-Z.'\- ]{1,30}?)(?:,\s*[A-Za-z .]{1,25}?)?\s*(?:\(([^()\n]{1,30})\)\s*)?[-\u2013\u2014]{1,2}\s/;
// Up to three dash-separated parts ending in a colon: `القاهرة - رويترز:`, `سبق- أبها:`.
const ARABIC_DATELINE = /^([^\s:\-\u2013\u2014"«».،,؟?!]+(?:\s+[^\s:\-\u2013\u2014"«».،,؟?!]+){0,3}(?:\s*[-\u2013\u2014]\s*(?:[«"]?[^:\-\u2013\u2014"«»\n.،,]{1,30}[»"]?)){0,2})\s*:(?=\s|$)/;
const ARABIC_OR_QUOTED_PART = /^[«"]?([^]*?)[»"]?$/;
/**
 * Every line terminator: CR and LF (VS Code's and the structure's only line breaks, see
 * splitLines) and U+2028, U+2029 and NEL, which VS Code keeps inside a line but other readers
 * break at. A dateline never crosses any of them.
 */
const LINE_BREAK = /[\r\n\u2028\u2029\u0085]/;

/**
 * Parses a dateline at the start of `paragraph` (after leading spaces): returns its
 * span relative to the paragraph, with the source and place where they can be told.
 */
export function parseDateline(paragraph: string): Dateline | null {
  const lead = paragraph.length - paragraph.trimStart().length;
  const prefix = paragraph.slice(lead, lead + MAX_PREFIX);
  const lineEnd = prefix.search(LINE_BREAK);
  const head = lineEnd < 0 ? prefix : prefix.slice(0, lineEnd);
  return parseEnglish(head, lead) ?? parseArabic(head, lead);
}

function parseEnglish(head: string, lead: number): Dateline | null {
  const m = ENGLISH_DATELINE.exec(head);
  if (!m) return null;
  const place = m[1].trim();
  // An all-capitals place of at least two letters, not a one-word sentence opener such as `A -`.
  if (place.replace(/[^A-Z]/g, '').length < 2) return null;
  const end = lead + m[0].trimEnd().length;
  return { start: lead, end, place, ...(m[2] ? { source: m[2].trim() } : {}) };
}

function parseArabic(head: string, lead: number): Dateline | null {
  const m = ARABIC_DATELINE.exec(head);
  if (!m) return null;
  const rawParts = m[1].split(/[-\u2013\u2014]/).map((p) => p.trim()).filter((p) => p.length > 0);
  const parts = rawParts.map((p) => (ARABIC_OR_QUOTED_PART.exec(p)?.[1] ?? '').trim());
  if (parts.length === 0 || parts.some((p) => p.length === 0)) return null;
  if (AR_DATELINE_SPEECH_OPENERS.has(normalizeArabic(parts[0].split(' ')[0]))) return null;
  if (!/[\u0621-\u064a]/.test(parts.join(''))) return null;
  // A colon followed by a quotation opens speech (`المتحدث: "…"`), not a dateline.
  const after = head.slice(m[0].length).trimStart();
  if (after.startsWith('"') || after.startsWith('«') || after.startsWith('“')) return null;
  const end = lead + m[0].length;
  // When two parts could be outlets (`الرياض - واس:`: Al Riyadh is also a city), the later one is: place, then source.
  const isSource = (p: string, i: number): boolean => AR_NEWS_SOURCES.has(normalizeArabic(p)) || /^[«"]/.test(rawParts[i]);
  const sourceIndex = parts.filter(isSource).length > 1 ? parts.length - 1 - [...parts].reverse().findIndex((p, j) => isSource(p, parts.length - 1 - j)) : parts.findIndex(isSource);
  if (parts.length === 1) {
    return sourceIndex === 0 ? { start: lead, end, source: parts[0] } : { start: lead, end, place: parts[0] };
  }
  if (sourceIndex < 0) return { start: lead, end, place: parts[0], source: parts[1] };
  const place = sourceIndex === parts.length - 1 ? parts[0] : parts[parts.length - 1];
  return { start: lead, end, source: parts[sourceIndex], place };
}
