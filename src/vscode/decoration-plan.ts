// Deliberately free of `vscode` imports: the benchmark (plain Node) times
// analyse + planDecorations per keystroke on a 100 KB article.
import type { Analysis, EntityType, QuoteKind, Span } from '../core/types';
import { speakerDisplayName } from '../core/quotes/speaker-name';
import { unsureSpeaker } from '../core/quotes/speaker-ranker';

export type NameKind = EntityType;
/** A name the user confirmed or marked (solid underline), as against a suggestion (`PER`…, dashed). */
export type ConfirmedNameKind = `confirmed-${NameKind}`;
export type QuoteDecorationKind = QuoteKind;
/**
 * Every decoration the editor shows: names by type (suggested or confirmed), quotes by kind
 * (a confirmed one also gets `confirmed-quote`), the speaker labels (inlay hints) and artefacts.
 */
export type DecorationKind = NameKind | ConfirmedNameKind | QuoteDecorationKind | 'confirmed-quote' | 'speaker' | 'artefact';

export const NAME_KINDS: readonly NameKind[] = ['PER', 'ORG', 'LOC', 'MISC'];
export const CONFIRMED_NAME_KINDS: readonly ConfirmedNameKind[] = ['confirmed-PER', 'confirmed-ORG', 'confirmed-LOC', 'confirmed-MISC'];
export const QUOTE_KINDS: readonly QuoteDecorationKind[] = ['speech', 'other', 'reported'];
export const DECORATION_KINDS: readonly DecorationKind[] = [...NAME_KINDS, ...CONFIRMED_NAME_KINDS, ...QUOTE_KINDS, 'confirmed-quote', 'speaker', 'artefact'];

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
  /** Speakers the ranker was unsure of in the after-text, marked `?` (off: left out of it). */
  unsureSpeakers: boolean;
}

export const ALL_ON: DecorationSwitches = { enabled: true, names: true, speech: true, otherQuotes: true, reported: true, speakerAfterText: true, unsureSpeakers: true };

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
      for (const m of entity.mentions) plan[m.confirmed ? (`confirmed-${entity.type}` as const) : entity.type].push({ start: m.start, end: m.end });
    }
  }
  const quoteOn: Record<QuoteKind, boolean> = { speech: switches.speech, other: switches.otherQuotes, reported: switches.reported };
  for (const quote of analysis.quotes) {
    if (!quoteOn[quote.kind]) continue;
    plan[quote.kind].push({ start: quote.start, end: quote.end });
    if (quote.confirmed) plan['confirmed-quote'].push({ start: quote.start, end: quote.end });
  }
  if (switches.speakerAfterText) plan.speaker = planSpeakerLabels(analysis, text, switches.unsureSpeakers);
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
 *
 * Linear in the text: the quotes are visited in order of their label's place, and one
 * cursor walks the lines forward, scanning each line once (a 0.4 MB one-line article
 * once took minutes when every quote walked back to its line's start).
 */
function planSpeakerLabels(analysis: Analysis, text: string, showUnsure: boolean): PlannedDecoration[] {
  const placed: { at: number; name: string }[] = [];
  // Each speaker is shown by its entity's fullest name (فلاديمير بوتين, not وبوتين), worked out
  // once per entity and written form.
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const shown = new Map<string, string>();
  for (const quote of analysis.quotes) {
    const speaker = quote.kind === 'speech' ? quote.speaker : null;
    // A user who prefers no name to a doubtful one hides the unsure (the hover still has them).
    const unsure = unsureSpeaker(quote);
    if (!speaker || (unsure && !showUnsure)) continue;
    const key = `${speaker.entity ?? ''}\u0000${speaker.text}`;
    let name = shown.get(key);
    if (name === undefined) {
      name = oneLine(speakerDisplayName(speaker, speaker.entity ? entities.get(speaker.entity) : undefined));
      shown.set(key, name);
    }
    // A speaker the ranker was unsure of asks to be checked: `— بيسكوف؟`, `— Ms Price?`.
    if (unsure && name) name += /[\u0600-\u06ff]/.test(name) ? '\u061f' : '?';
    placed.push({ at: afterClosingMark(text, quote.end), name });
  }
  placed.sort((a, b) => a.at - b.at);
  // Each label's names in order of appearance, each once (a Set keeps insertion order).
  const labels = new Map<number, { names: Set<string>; rtl: boolean }>();
  const lines = new LineCursor(text);
  for (const { at: closing, name } of placed) {
    const line = lines.lineHolding(closing);
    const at = line.rtl ? line.end : closing;
    const label = labels.get(at) ?? { names: new Set<string>(), rtl: line.rtl };
    if (name) label.names.add(name);
    labels.set(at, label);
  }
  const planned: PlannedDecoration[] = [];
  for (const [at, { names, rtl }] of labels) if (names.size) planned.push({ start: at, end: at, afterText: speakerLabel([...names], rtl) });
  return planned;
}

/** At most this many names are spelled out in one label; the rest are counted (`+3`). */
export const MAX_LABEL_NAMES = 2;
/** The names spelled out in one label take at most this many UTF-16 code units. */
export const MAX_LABEL_NAMES_LENGTH = 24;

/**
 * `— بوتين، لافروف +3`. Kept short on purpose: one label gathers every speaker of an Arabic
 * line (a one-line article can have thousands), and it must read as a glance, not a list.
 * (It is shown as an inlay hint, which VS Code wraps with the line: see speaker-hints.ts.)
 * Names are shown whole while they fit (the first always, cut with `…` if it alone is too
 * long); the others are counted.
 */
export function speakerLabel(names: readonly string[], rtl: boolean): string {
  const separator = rtl ? '، ' : ', ';
  let shown = cut(names[0] ?? '', MAX_LABEL_NAMES_LENGTH);
  let count = 1;
  for (; count < Math.min(names.length, MAX_LABEL_NAMES); count++) {
    const longer = shown + separator + names[count];
    if (longer.length > MAX_LABEL_NAMES_LENGTH) break;
    shown = longer;
  }
  const rest = names.length - count;
  return `\u00a0— ${shown}${rest > 0 ? `\u00a0+${rest}` : ''}`;
}

/** `value` cut to `max` code units with an ellipsis, at a space when one is near, never inside a surrogate pair. */
function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = max - 1;
  const space = value.lastIndexOf(' ', end);
  if (space >= max / 2) end = space;
  else if (isHighSurrogate(value.charCodeAt(end - 1))) end--;
  return `${value.slice(0, end).trimEnd()}…`;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

interface LineBounds {
  /** The offset of the line's first character. */
  start: number;
  /** The offset of the line's break (or the end of the text): the line's last position. */
  end: number;
  /** Whether the line holds right-to-left letters. */
  rtl: boolean;
}

/**
 * Walks the text's lines forward, as VS Code splits them (CR, LF or CRLF), scanning each
 * line once. Offsets asked for must not decrease.
 */
class LineCursor {
  private line: LineBounds = { start: 0, end: 0, rtl: false };
  /** Where the line after `line` starts (past its break); `text.length + 1` after the last line. */
  private next = 0;

  constructor(private readonly text: string) {
    this.scanFrom(0);
  }

  /** The line holding `offset`; an offset inside a line break belongs to the line it ends. */
  lineHolding(offset: number): LineBounds {
    while (offset >= this.next && this.next <= this.text.length) this.scanFrom(this.next);
    return this.line;
  }

  private scanFrom(start: number): void {
    const text = this.text;
    let end = start;
    let rtl = false;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      if (!rtl && isRightToLeft(c)) rtl = true;
    }
    this.line = { start, end, rtl };
    if (end >= text.length) this.next = text.length + 1;
    else this.next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
}

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
