// Deliberately free of `vscode` imports: the benchmark (plain Node) times
// analyse + planDecorations per keystroke on a 100 KB article.
import type { Analysis, EntityType, QuoteKind, Span } from '../core/types';

export type NameKind = EntityType;
export type QuoteDecorationKind = QuoteKind;
/** Every decoration the editor paints: names by type, quotes by kind, the speaker after-text and scraping artefacts. */
export type DecorationKind = NameKind | QuoteDecorationKind | 'speaker' | 'artefact';

export const NAME_KINDS: readonly NameKind[] = ['PER', 'ORG', 'LOC', 'MISC'];
export const QUOTE_KINDS: readonly QuoteDecorationKind[] = ['speech', 'other', 'reported'];
export const DECORATION_KINDS: readonly DecorationKind[] = [...NAME_KINDS, ...QUOTE_KINDS, 'speaker', 'artefact'];

export interface PlannedDecoration extends Span {
  /** Only on `speaker`: the after-text shown at `end` (an empty span), e.g. `— بوتين`. */
  afterText?: string;
}

export type DecorationPlan = Record<DecorationKind, PlannedDecoration[]>;

/** Which kinds are switched on; structurally the `newsLens.decorations.*` settings. */
export interface DecorationSwitches {
  enabled: boolean;
  names: boolean;
  speech: boolean;
  otherQuotes: boolean;
  reported: boolean;
  speakerAfterText: boolean;
}

export const ALL_ON: DecorationSwitches = { enabled: true, names: true, speech: true, otherQuotes: true, reported: true, speakerAfterText: true };

/** Closing quotation marks the after-text goes behind, so it never lands inside the quote. */
const CLOSING_MARKS = new Set(['"', '”', '»', '’', "'", '›', '」', '』']);

export function emptyPlan(): DecorationPlan {
  const plan = {} as DecorationPlan;
  for (const kind of DECORATION_KINDS) plan[kind] = [];
  return plan;
}

/**
 * The decorations for one analysis of `text`, as UTF-16 offset spans per kind, sorted by start.
 * Kinds that are switched off come back empty (so applying the plan clears them).
 */
export function planDecorations(analysis: Analysis, text: string, switches: DecorationSwitches = ALL_ON): DecorationPlan {
  const plan = emptyPlan();
  if (!switches.enabled) return plan;
  if (switches.names) {
    for (const entity of analysis.entities) {
      for (const m of entity.mentions) plan[entity.type].push({ start: m.start, end: m.end });
    }
  }
  const quoteOn: Record<QuoteKind, boolean> = { speech: switches.speech, other: switches.otherQuotes, reported: switches.reported };
  for (const quote of analysis.quotes) {
    if (quoteOn[quote.kind]) plan[quote.kind].push({ start: quote.start, end: quote.end });
  }
  if (switches.speakerAfterText) plan.speaker = planSpeakerLabels(analysis, text);
  // The grammar dims artefacts in English lines only (it keeps Arabic lines one token), so
  // the artefacts the structure found are marked here, behind the text, in every line.
  plan.artefact = analysis.artefacts.map((a) => ({ start: a.start, end: a.end }));
  for (const kind of DECORATION_KINDS) plan[kind].sort((a, b) => a.start - b.start || a.end - b.end);
  return plan;
}

/** A cheap fingerprint of one kind's spans, to skip re-setting identical decorations (no flicker). */
export function planKey(spans: readonly PlannedDecoration[]): string {
  let key = '';
  for (const s of spans) key += `${s.start}:${s.end}${s.afterText ?? ''},`;
  return key;
}

/**
 * The after-text naming each speech quote's speaker. In a line without right-to-left text
 * it stands right behind the quote's closing mark. In a line holding Arabic it goes to the
 * end of the line, one label for all the line's speakers: VS Code lays the styled runs of
 * such a line out left to right, so text injected mid-line would put the two halves of
 * the sentence in the wrong order (see decoration-styles.ts).
 */
function planSpeakerLabels(analysis: Analysis, text: string): PlannedDecoration[] {
  const labels = new Map<number, string[]>();
  const lineEnds = new LineEnds(text);
  for (const quote of analysis.quotes) {
    if (quote.kind !== 'speech' || !quote.speaker) continue;
    let at = afterClosingMark(text, quote.end);
    const line = lineEnds.lineAround(at);
    if (line.rtl) at = line.end;
    const names = labels.get(at) ?? [];
    const name = oneLine(quote.speaker.text);
    if (names[names.length - 1] !== name) names.push(name);
    labels.set(at, names);
  }
  return [...labels].map(([at, names]) => ({ start: at, end: at, afterText: `\u00a0— ${names.join(lineEnds.lineAround(at).rtl ? '، ' : ', ')}` }));
}

/** Line bounds and whether the line holds right-to-left letters, computed once per line. */
class LineEnds {
  private readonly cache = new Map<number, { end: number; rtl: boolean }>();
  constructor(private readonly text: string) {}

  lineAround(offset: number): { end: number; rtl: boolean } {
    let start = offset;
    while (start > 0 && !isLineBreak(this.text.charCodeAt(start - 1))) start--;
    const cached = this.cache.get(start);
    if (cached) return cached;
    let end = start;
    let rtl = false;
    for (; end < this.text.length && !isLineBreak(this.text.charCodeAt(end)); end++) rtl ||= isRightToLeft(this.text.charCodeAt(end));
    const line = { end, rtl };
    this.cache.set(start, line);
    return line;
  }
}

const isLineBreak = (c: number) => c === 10 || c === 13;
/** Hebrew, Arabic, Syriac, Thaana, NKo and the Arabic presentation forms. */
const isRightToLeft = (c: number) => (c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);

function afterClosingMark(text: string, end: number): number {
  let at = end;
  // The quote's span may or may not hold its marks; step over at most two closing marks.
  for (let i = 0; i < 2 && at < text.length && CLOSING_MARKS.has(text[at]); i++) at++;
  return at;
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
