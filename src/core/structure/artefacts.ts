import type { Artefact, ArtefactKind, Span } from '../types';
import { partitionPoint } from '../partition-point';

const MAX_ENTITY_NAME = 10;

/**
 * Finds the scraping artefacts a reader does not see: a stray `&` ending a line,
 * HTML entities (`&nbsp;`, `&#1234;`, `&#x200f;`), direction marks, tatweel runs and
 * control characters. One pass over the text; entity names are bounded in length so
 * a long run of `&` or letters costs linear time.
 */
export function findArtefacts(text: string): Artefact[] {
  const found: Artefact[] = [];
  const push = (start: number, end: number, kind: ArtefactKind) => {
    const last = found[found.length - 1];
    if (last && last.kind === kind && last.end === start && kind !== 'html-entity') last.end = end;
    else found.push({ start, end, kind });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x26 /* & */) {
      const entityEnd = htmlEntityEnd(text, i);
      if (entityEnd > 0) {
        push(i, entityEnd, 'html-entity');
        i = entityEnd - 1;
      } else if (endsLine(text, i + 1)) {
        push(i, i + 1, 'ampersand');
      }
    } else if (c === 0x0640) {
      push(i, i + 1, 'tatweel');
    } else if (isDirectionMark(c)) {
      push(i, i + 1, 'direction-mark');
    } else if (isControl(c) || (c === 0xfeff && i > 0)) {
      push(i, i + 1, 'control');
    }
  }
  return found;
}

/** `&name;`, `&#123;` or `&#x1F;` starting at `at`; returns the end offset or -1. */
function htmlEntityEnd(text: string, at: number): number {
  let i = at + 1;
  if (text.charCodeAt(i) === 0x23 /* # */) {
    i++;
    const hex = text.charCodeAt(i) === 0x78 || text.charCodeAt(i) === 0x58;
    if (hex) i++;
    const digitsStart = i;
    while (i < text.length && i - digitsStart < 7 && (hex ? isHexDigit(text.charCodeAt(i)) : isDigit(text.charCodeAt(i)))) i++;
    return i > digitsStart && text.charCodeAt(i) === 0x3b ? i + 1 : -1;
  }
  const nameStart = i;
  while (i < text.length && i - nameStart <= MAX_ENTITY_NAME && isAsciiAlnum(text.charCodeAt(i))) i++;
  return i - nameStart >= 2 && text.charCodeAt(i) === 0x3b ? i + 1 : -1;
}

/** True when only spaces/tabs stand between `from` and the end of the line. */
function endsLine(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

export function isDirectionMark(c: number): boolean {
  return c === 0x200e || c === 0x200f || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

function isControl(c: number): boolean {
  return (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHexDigit = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isAsciiAlnum = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The text of `span` with the artefacts inside it removed and whitespace trimmed. */
export function cleanText(text: string, span: Span, artefacts: readonly Artefact[]): string {
  let out = '';
  let at = span.start;
  for (const a of artefactsWithin(artefacts, span)) {
    out += text.slice(at, Math.max(at, a.start));
    at = Math.max(at, a.end);
  }
  out += text.slice(at, span.end);
  return out.replace(/\s+/g, ' ').trim();
}

/** The artefacts overlapping `span` (artefacts are sorted by start). */
export function artefactsWithin(artefacts: readonly Artefact[], span: Span): Artefact[] {
  const lo = partitionPoint(artefacts.length, (i) => artefacts[i].end <= span.start);
  const out: Artefact[] = [];
  for (let i = lo; i < artefacts.length && artefacts[i].start < span.end; i++) out.push(artefacts[i]);
  return out;
}
