/**
 * Pairs quotation marks inside one paragraph the way a careful editor reads them:
 * context decides whether an ambiguous mark opens or closes, marks nest, and an
 * unbalanced mark is recovered locally (never past the paragraph) instead of
 * swallowing the rest of the article. One left-to-right pass with a bounded stack.
 */
import { isLineBreak, isProcliticLetter, isSentenceEnd, isSpace, isLeadingPunct, isTrailingPunct, quoteMarkInfo, type MarkFamily } from './chars';

export interface MarkedQuote {
  /** Content span, without the marks. */
  start: number;
  end: number;
  /** Offset of the opening mark, or -1 when the opening was recovered. */
  openMark: number;
  /** Offset of the closing mark, or -1 when the end was recovered. */
  closeMark: number;
  mark: string;
  /** How many other quotes of this paragraph contain this one. */
  depth: number;
  /** A whole paragraph inside a quotation opened in an earlier paragraph and closed in a later one. */
  continues?: true;
}

/** Where a language allows an unbalanced quotation to start or stop. */
export interface RecoveryHints {
  /** Sorted offsets where a quotation whose closing mark is missing should stop. */
  stops: number[];
  /** Sorted offsets where a quotation whose opening mark is missing may start. */
  starts: number[];
}

interface Open {
  at: number;
  family: MarkFamily;
  mark: string;
}

interface Pending {
  open: Open;
  /** The furthest the content can reach (where the mark was found unclosed). */
  limit: number;
}

const MAX_STACK = 12;
const TATWEEL = 0x0640;

/** Marks that cannot belong to a pair: a proclitic written before a word that never came (`فـ" قوة`). */
function isOrphanAfterProclitic(text: string, i: number, start: number): boolean {
  let j = i - 1;
  if (j >= start && text.charCodeAt(j) === TATWEEL) j--;
  if (j < start || !isProcliticLetter(text.charCodeAt(j))) return false;
  const before = j - 1 < start ? 0x20 : text.charCodeAt(j - 1);
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
  return (isSpace(before) || isLeadingPunct(before)) && isSpace(after);
}

function gluedToProclitic(text: string, i: number, start: number): boolean {
  let j = i - 1;
  if (j >= start && text.charCodeAt(j) === TATWEEL) j--;
  if (j < start || !isProcliticLetter(text.charCodeAt(j))) return false;
  const before = j - 1 < start ? 0x20 : text.charCodeAt(j - 1);
  return isSpace(before) || isLeadingPunct(before) || quoteMarkInfo(before) !== null;
}

function endsSentenceBefore(text: string, i: number, start: number): number {
  let j = i - 1;
  let spaces = 0;
  while (j >= start && isSpace(text.charCodeAt(j)) && spaces < 4) { j--; spaces++; }
  if (spaces === 0 || j < start) return -1;
  let c = text.charCodeAt(j);
  if (c === 0x27 || c === 0x2019) { j--; c = j >= start ? text.charCodeAt(j) : 0; }
  return isSentenceEnd(c) ? j + 1 : -1;
}

function trimEnd(text: string, start: number, end: number, dropFinalStop: boolean): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (dropFinalStop && end > start && text.charCodeAt(end - 1) === 0x2e) {
    end--;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  }
  return end;
}

/** At most this many words between an open « and a free-standing « that closes it. */
const SHORT_OPEN_WORDS = 4;

/** The quotation opened at `openAt` holds at most SHORT_OPEN_WORDS words up to `at`, within one sentence. */
function shortOpen(text: string, openAt: number, at: number): boolean {
  if (at - openAt > 80) return false;
  let words = 0;
  for (let i = openAt + 1; i < at; i++) {
    const c = text.charCodeAt(i);
    if (isSentenceEnd(c)) return false;
    if (isSpace(c) && i > openAt + 1 && !isSpace(text.charCodeAt(i - 1))) words++;
  }
  return words <= SHORT_OPEN_WORDS;
}

function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Finds the quotations of the paragraph `[start, end)`. `continued`: a quotation opened in an
 * earlier paragraph closes in this one, so its first stray closing mark ends a quotation that
 * starts at the paragraph's first word.
 */
export function pairMarks(text: string, start: number, end: number, hints: RecoveryHints, dropFinalStop: boolean, continued = false): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  const stack: Open[] = [];
  const unclosed: Pending[] = [];
  const strayCloses: { at: number; mark: string; floor: number }[] = [];
  let floor = start;

  const emit = (open: Open, closeAt: number): void => {
    if (hasContent(text, open.at + 1, closeAt)) {
      // «المها « عن: a space before the closing mark is no part of the words.
      quotes.push({ start: open.at + 1, end: trimEnd(text, open.at + 1, closeAt, false), openMark: open.at, closeMark: closeAt, mark: open.mark, depth: 0 });
    }
    if (stack.length === 0) floor = closeAt + 1;
  };
  const abandon = (open: Open, limit: number): void => {
    if (open.family !== 'single') unclosed.push({ open, limit });
  };

  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const info = quoteMarkInfo(c);
    if (!info) continue;
    if (isOrphanAfterProclitic(text, i, start)) continue;
    const prev = i > start ? text.charCodeAt(i - 1) : 0x20;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : 0x20;
    const leftFree = i === start || isSpace(prev) || isLeadingPunct(prev) || quoteMarkInfo(prev) !== null || gluedToProclitic(text, i, start);
    const rightFree = i + 1 >= end || isSpace(next) || isTrailingPunct(next) || quoteMarkInfo(next) !== null;
    let depthOfFamily = -1;
    for (let k = stack.length - 1; k >= 0 && k >= stack.length - 4; k--) {
      if (stack[k].family === info.family) { depthOfFamily = k; break; }
    }
    let role: 'open' | 'close';
    if (leftFree && !rightFree) role = 'open';
    else if (rightFree && !leftFree) role = 'close';
    else if (info.family === 'single') continue; // apostrophes and lone primes
    // «سابك « عن توزيع …: a « standing free between spaces, a few words after an open «, closes it
    // (some keyboards give writers « for both marks); else it opened a quotation that ran on
    // to the paragraph's next ».
    else if (leftFree && rightFree && info.family === 'guillemet' && depthOfFamily >= 0 && shortOpen(text, stack[depthOfFamily].at, i)) role = 'close';
    else if (info.lean === 'open') role = 'open';
    else role = depthOfFamily >= 0 ? 'close' : 'open';
    if (info.family === 'single' && role === 'close' && depthOfFamily < 0) continue;

    if (role === 'close') {
      if (depthOfFamily < 0) {
        strayCloses.push({ at: i, mark: text[i], floor });
        floor = i + 1;
        continue;
      }
      while (stack.length - 1 > depthOfFamily) abandon(stack.pop()!, i);
      const open = stack.pop()!;
      emit(open, i);
      continue;
    }
    // An opening mark of the family already open: a new sentence after a full stop
    // restarts the quotation (news style repeats the opening mark, never closing the
    // previous sentence); otherwise it is a quotation nested inside the open one.
    const top = stack.length > 0 ? stack[stack.length - 1] : null;
    if (top && top.family === info.family && info.family !== 'guillemet') {
      const stop = endsSentenceBefore(text, i, top.at + 2);
      if (stop >= 0) {
        stack.pop();
        quotes.push({ start: top.at + 1, end: stop, openMark: top.at, closeMark: -1, mark: top.mark, depth: 0 });
      }
    }
    if (stack.length >= MAX_STACK) abandon(stack.shift()!, i);
    stack.push({ at: i, family: info.family, mark: text[i] });
  }
  while (stack.length > 0) abandon(stack.pop()!, end);

  recoverEnds(text, unclosed, hints.stops, quotes, dropFinalStop);
  recoverStarts(text, strayCloses, hints.starts, end, quotes, continued);
  return withDepths(quotes);
}

function recoverEnds(text: string, unclosed: Pending[], stops: number[], out: MarkedQuote[], dropFinalStop: boolean): void {
  unclosed.sort((a, b) => a.open.at - b.open.at);
  let k = 0;
  for (const { open, limit } of unclosed) {
    const contentStart = open.at + 1;
    while (k < stops.length && stops[k] <= contentStart) k++;
    let stop = k < stops.length && stops[k] < limit ? stops[k] : limit;
    // A line break inside a block (a heading glued to its paragraph) also ends it.
    for (let i = contentStart; i < stop; i++) if (isLineBreak(text.charCodeAt(i))) { stop = i; break; }
    const endAt = trimEnd(text, contentStart, stop, dropFinalStop && stop === limit);
    if (hasContent(text, contentStart, endAt)) {
      out.push({ start: contentStart, end: endAt, openMark: open.at, closeMark: -1, mark: open.mark, depth: 0 });
    }
  }
}

function recoverStarts(text: string, strays: { at: number; mark: string; floor: number }[], starts: number[], end: number, out: MarkedQuote[], continued: boolean): void {
  let k = 0;
  for (const stray of strays) {
    // The paragraph's first mark closes (the scanner checked), so the quotation starts at its start.
    if (continued && stray === strays[0] && hasContent(text, stray.floor, stray.at)) {
      let from = stray.floor;
      while (from < stray.at && isSpace(text.charCodeAt(from))) from++;
      out.push({ start: from, end: stray.at, openMark: -1, closeMark: stray.at, mark: stray.mark, depth: 0 });
      continue;
    }
    while (k + 1 < starts.length && starts[k + 1] < stray.at) k++;
    // A start before earlier pairs is fine inside one sentence: they nest in the recovered
    // quotation (وأضاف: أنه … مثل «متنزه …» فضلا عن …»).
    const hint = k < starts.length && starts[k] < stray.at ? starts[k] : -1;
    let from = hint >= 0 && (hint >= stray.floor || oneSentence(text, hint, stray.at)) ? hint : -1;
    if (from < 0 && closesParagraph(text, stray.at + 1, end)) from = stray.floor;
    if (from < 0) continue;
    while (from < stray.at && isSpace(text.charCodeAt(from))) from++;
    if (hasContent(text, from, stray.at)) {
      out.push({ start: from, end: stray.at, openMark: -1, closeMark: stray.at, mark: stray.mark, depth: 0 });
    }
  }
}

/**
 * Whether `[start, end)` holds any quotation mark; single quotes count only when `family` is
 * theirs (elsewhere they are mostly apostrophes).
 */
export function hasQuoteMark(text: string, start: number, end: number, family: MarkFamily): boolean {
  for (let i = start; i < end; i++) {
    const info = quoteMarkInfo(text.charCodeAt(i));
    if (info !== null && (info.family !== 'single' || family === 'single')) return true;
  }
  return false;
}

/** How far a recovered start may reach back over earlier pairs: keeps the scan linear. */
const MAX_NESTING_REACH = 1000;

function oneSentence(text: string, from: number, to: number): boolean {
  if (to - from > MAX_NESTING_REACH) return false;
  for (let i = from; i < to; i++) if (isSentenceEnd(text.charCodeAt(i)) && i + 1 < to && isSpace(text.charCodeAt(i + 1))) return false;
  return true;
}

function closesParagraph(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && !isTrailingPunct(c)) return false;
  }
  return true;
}

/** Depth by containment, after recovery may have shortened some quotations. */
function withDepths(quotes: MarkedQuote[]): MarkedQuote[] {
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  const ends: number[] = [];
  for (const q of quotes) {
    while (ends.length > 0 && ends[ends.length - 1] <= q.start) ends.pop();
    q.depth = ends.length;
    ends.push(q.end);
  }
  return quotes;
}

/** The paragraph ends inside a quotation whose closing mark never came (`«… .` then a blank line). */
export function endsOpen(text: string, quotes: MarkedQuote[], paragraphEnd: number): MarkedQuote | null {
  for (const q of quotes) {
    if (q.depth === 0 && q.openMark >= 0 && q.closeMark < 0 && closesParagraph(text, q.end, paragraphEnd)) return q;
  }
  return null;
}

/** The first quotation mark of `[start, end)` closes (…مصيرهم». ) and is of `family`'s kind. */
export function firstMarkCloses(text: string, start: number, end: number, mark: string): boolean {
  const family = quoteMarkInfo(mark.charCodeAt(0))?.family;
  for (let i = start; i < end; i++) {
    const info = quoteMarkInfo(text.charCodeAt(i));
    if (!info) continue;
    if (info.family !== family) return false;
    const prev = i > start ? text.charCodeAt(i - 1) : 0x20;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : 0x20;
    const leftFree = i === start || isSpace(prev) || isLeadingPunct(prev);
    const rightFree = i + 1 >= end || isSpace(next) || isTrailingPunct(next);
    // Only a mark glued to the word before it closes for sure (`:» أحرص` opens, written backwards).
    return rightFree && !leftFree;
  }
  return false;
}
