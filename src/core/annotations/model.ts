/**
 * The user's annotations of one article: what they decided, kept beside the article in a brat
 * `.ann` file (brat.ts) and laid over the recogniser's analysis (apply.ts).
 *
 * Offsets are ours (src/core/types.ts): UTF-16 code units into the text without BOM, `end`
 * exclusive. brat.ts converts to and from brat's code points.
 *
 * Every function here is pure: it takes a set and returns a new one, never changing its input,
 * so an editor can keep the previous set for Undo.
 */
import type { Analysis, EntityType, Mention, Quote, QuoteKind, Span } from '../types';
import { trimmedSpan } from './selection';

/** A brat id: `T3` (span), `R2` (relation), `#1` (note). */
export type AnnotationId = string;

interface SpanAnnotation extends Span {
  id: AnnotationId;
  /** The article's text at [start, end), kept to re-anchor the span when the article changes. */
  text: string;
}

/** A name the user confirmed or marked. */
export interface NameAnnotation extends SpanAnnotation {
  kind: 'name';
  type: EntityType;
  /** An accepted suggestion not yet looked at by the user (brat: `A Suggested Tn`). */
  suggested?: true;
  /** Split off the entity the recogniser grouped it into: it is an entity of its own. */
  separate?: true;
}

/** "Not a name" / "not a quotation" over a span: the recogniser's suggestions there are dropped. */
export interface Rejection extends SpanAnnotation {
  kind: 'not-name' | 'not-quote';
}

/** A quotation the user confirmed or marked. */
export interface QuoteAnnotation extends SpanAnnotation {
  kind: 'quote';
  quoteKind: QuoteKind;
  /** The id of the name annotation of who said it (brat: `R Said Arg1:Tquote Arg2:Tname`). */
  speaker?: AnnotationId;
  suggested?: true;
}

export type Annotation = NameAnnotation | Rejection | QuoteAnnotation;

/** Two name annotations are the same entity (brat: `R SameAs Arg1:Tn Arg2:Tm`). */
export interface SameAs {
  id: AnnotationId;
  type: 'SameAs';
  arg1: AnnotationId;
  arg2: AnnotationId;
}

export type Relation = SameAs;

/** A brat `AnnotatorNotes` comment on an annotation. */
export interface Note {
  id: AnnotationId;
  target: AnnotationId;
  text: string;
}

/** A line of the .ann kept verbatim because we do not understand it or could not anchor it. */
export interface KeptLine {
  /** 1-based line in the file it was read from (0 when it did not come from a file). */
  line: number;
  /** The line as it was, without its line break. */
  text: string;
  reason: string;
}

export interface AnnotationSet {
  items: Annotation[];
  relations: Relation[];
  notes: Note[];
  kept: KeptLine[];
}

export function emptySet(): AnnotationSet {
  return { items: [], relations: [], notes: [], kept: [] };
}

/** True when the set holds nothing at all (no file needs writing). */
export function isEmptySet(set: AnnotationSet): boolean {
  return set.items.length === 0 && set.relations.length === 0 && set.notes.length === 0 && set.kept.length === 0;
}

/** The next free id with this prefix (`T`, `R` or `#`), one above the highest used, kept lines included. */
export function nextId(set: AnnotationSet, prefix: 'T' | 'R' | '#'): AnnotationId {
  let max = 0;
  const see = (id: string): void => {
    if (!id.startsWith(prefix)) return;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  };
  if (prefix === 'T') for (const a of set.items) see(a.id);
  if (prefix === 'R') for (const r of set.relations) see(r.id);
  if (prefix === '#') for (const n of set.notes) see(n.id);
  // Kept lines may name ids too (an unanchored T, an attribute on it): never reuse them.
  for (const k of set.kept) for (const m of k.text.matchAll(/(?:^|[\s:])([TR#A*]\d+)(?=[\s]|$)/g)) see(m[1]);
  return `${prefix}${max + 1}`;
}

export function getAnnotation(set: AnnotationSet, id: AnnotationId): Annotation | undefined {
  return set.items.find((a) => a.id === id);
}

// ---------------------------------------------------------------- low-level edits

/** Adds an annotation with the next free id; returns the new set and that id. */
export function addAnnotation(set: AnnotationSet, annotation: DistributiveOmit<Annotation, 'id'>): { set: AnnotationSet; id: AnnotationId } {
  const id = nextId(set, 'T');
  return { set: { ...set, items: [...set.items, { ...annotation, id } as Annotation] }, id };
}

/** Replaces the annotation with the same id. */
export function replaceAnnotation(set: AnnotationSet, annotation: Annotation): AnnotationSet {
  return { ...set, items: set.items.map((a) => (a.id === annotation.id ? annotation : a)) };
}

/** Removes annotations by id, with the relations, notes and speaker links that point at them. */
export function removeAnnotations(set: AnnotationSet, ids: Iterable<AnnotationId>): AnnotationSet {
  const gone = new Set(ids);
  if (gone.size === 0) return set;
  return {
    items: set.items.filter((a) => !gone.has(a.id)).map((a) => (a.kind === 'quote' && a.speaker && gone.has(a.speaker) ? withoutKey(a, 'speaker') : a)),
    relations: set.relations.filter((r) => !gone.has(r.arg1) && !gone.has(r.arg2)),
    notes: set.notes.filter((n) => !gone.has(n.target)),
    kept: set.kept,
  };
}

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): T {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;


function namesOf(set: AnnotationSet): NameAnnotation[] {
  return set.items.filter((a): a is NameAnnotation => a.kind === 'name');
}

function quotesOf(set: AnnotationSet): QuoteAnnotation[] {
  return set.items.filter((a): a is QuoteAnnotation => a.kind === 'quote');
}

function mentionsWithType(analysis: Analysis): Array<{ mention: Mention; type: EntityType; entity: string }> {
  return analysis.entities.flatMap((e) => e.mentions.map((mention) => ({ mention, type: e.type, entity: e.id })));
}

/**
 * The name annotation at `span`, created from the analysis's mention there when there is none
 * (a suggestion the user acts on becomes confirmed). Undefined when neither exists.
 */
function ensureName(set: AnnotationSet, analysis: Analysis, span: Span): { set: AnnotationSet; id: AnnotationId } | undefined {
  const existing = namesOf(set).find((a) => sameSpan(a, span));
  if (existing) {
    if (!existing.suggested) return { set, id: existing.id };
    return { set: replaceAnnotation(set, withoutKey(existing, 'suggested')), id: existing.id };
  }
  const found = mentionsWithType(analysis).find((m) => sameSpan(m.mention, span));
  if (!found) return undefined;
  return addAnnotation(set, { kind: 'name', start: span.start, end: span.end, text: found.mention.text, type: found.type });
}

// ---------------------------------------------------------------- what the commands call
// `analysis` is what the user sees (applyDecisions' result), `articleText` the text without BOM.

/** Change the type of the name at `span` (a suggestion becomes a confirmed name). */
export function setNameType(set: AnnotationSet, analysis: Analysis, span: Span, type: EntityType): AnnotationSet {
  const named = ensureName(set, analysis, span);
  if (!named) return set;
  const annotation = getAnnotation(named.set, named.id) as NameAnnotation;
  return replaceAnnotation(named.set, { ...annotation, type });
}

/** "Not a name": drops name annotations overlapping `span` and records the rejection. */
export function rejectName(set: AnnotationSet, analysis: Analysis, span: Span, articleText: string): AnnotationSet {
  void analysis; // the rejection covers the span whatever the recogniser found there
  return reject(set, articleText, span, 'not-name');
}

function reject(set: AnnotationSet, articleText: string, span: Span, kind: 'not-name' | 'not-quote'): AnnotationSet {
  const target = trimmedSpan(articleText, span);
  if (target.start === target.end) return set;
  const replaced = kind === 'not-name' ? 'name' : 'quote';
  const cleared = removeAnnotations(set, set.items.filter((a) => a.kind === replaced && overlaps(a, target)).map((a) => a.id));
  if (cleared.items.some((a) => a.kind === kind && a.start <= target.start && target.end <= a.end)) return cleared;
  return addAnnotation(cleared, { kind, start: target.start, end: target.end, text: articleText.slice(target.start, target.end) }).set;
}

/** Mark the selection as a name of this type (replaces name annotations and rejections overlapping it). */
export function markName(set: AnnotationSet, articleText: string, span: Span, type: EntityType): AnnotationSet {
  return markNameWithId(set, articleText, span, type)?.set ?? set;
}

function markNameWithId(set: AnnotationSet, articleText: string, span: Span, type: EntityType): { set: AnnotationSet; id: AnnotationId } | undefined {
  const target = trimmedSpan(articleText, span);
  if (target.start === target.end) return undefined;
  const exact = namesOf(set).find((a) => sameSpan(a, target));
  if (exact) return { set: replaceAnnotation(set, { ...withoutKey(exact, 'suggested'), type }), id: exact.id };
  const cleared = removeAnnotations(set, set.items.filter((a) => (a.kind === 'name' || a.kind === 'not-name') && overlaps(a, target)).map((a) => a.id));
  return addAnnotation(cleared, { kind: 'name', start: target.start, end: target.end, text: articleText.slice(target.start, target.end), type });
}

/** "Same entity as…": the name at `span` joins entity `intoEntityId` of the analysis. */
export function mergeEntities(set: AnnotationSet, analysis: Analysis, span: Span, intoEntityId: string): AnnotationSet {
  const into = analysis.entities.find((e) => e.id === intoEntityId);
  if (!into) return set;
  const source = ensureName(set, analysis, span);
  if (!source) return set;
  let next = source.set;
  // Link to a mention the user already decided when there is one: it does not move.
  const names = namesOf(next);
  const decided = into.mentions.find((m) => !sameSpan(m, span) && names.some((a) => sameSpan(a, m) && !a.suggested));
  const anchor = decided ?? into.mentions.find((m) => !sameSpan(m, span));
  if (!anchor) return set;
  const target = ensureName(next, analysis, anchor);
  if (!target) return set;
  next = target.set;
  // It leaves whatever it was split from or joined to before.
  const annotation = getAnnotation(next, source.id) as NameAnnotation;
  if (annotation.separate) next = replaceAnnotation(next, withoutKey(annotation, 'separate'));
  next = { ...next, relations: next.relations.filter((r) => r.arg1 !== source.id) };
  const id = nextId(next, 'R');
  return { ...next, relations: [...next.relations, { id, type: 'SameAs', arg1: source.id, arg2: target.id }] };
}

/** "Separate entity": the name at `span` becomes an entity of its own. */
export function separateMention(set: AnnotationSet, analysis: Analysis, span: Span): AnnotationSet {
  const named = ensureName(set, analysis, span);
  if (!named) return set;
  const annotation = getAnnotation(named.set, named.id) as NameAnnotation;
  const next = replaceAnnotation(named.set, { ...annotation, separate: true });
  return { ...next, relations: next.relations.filter((r) => r.arg1 !== named.id && r.arg2 !== named.id) };
}

/** Move the annotation `id` to a new span (e.g. the selection). */
export function editSpan(set: AnnotationSet, articleText: string, id: AnnotationId, span: Span): AnnotationSet {
  const annotation = getAnnotation(set, id);
  const target = trimmedSpan(articleText, span);
  if (!annotation || target.start === target.end) return set;
  const moved = { ...annotation, start: target.start, end: target.end, text: articleText.slice(target.start, target.end) };
  return replaceAnnotation(set, 'suggested' in moved ? withoutKey(moved, 'suggested') : moved);
}

/**
 * The quote annotation at `quoteSpan`, created from the analysis's quotation there when there is
 * none, with its kind and its speaker (so changing the kind keeps the speaker found).
 */
function ensureQuote(set: AnnotationSet, analysis: Analysis, quoteSpan: Span): { set: AnnotationSet; id: AnnotationId } | undefined {
  const existing = quotesOf(set).find((a) => sameSpan(a, quoteSpan));
  if (existing) return { set: existing.suggested ? replaceAnnotation(set, withoutKey(existing, 'suggested')) : set, id: existing.id };
  const quote = analysis.quotes.find((q) => sameSpan(q, quoteSpan));
  if (!quote) return undefined;
  const next = addQuoteFromAnalysis(set, analysis, quote, false);
  return { set: next, id: quotesOf(next).find((a) => sameSpan(a, quoteSpan))!.id };
}

function addQuoteFromAnalysis(set: AnnotationSet, analysis: Analysis, quote: Quote, suggested: boolean): AnnotationSet {
  let next = set;
  let speaker: AnnotationId | undefined;
  if (quote.speaker) {
    const speakerSpan = quote.speaker;
    const named = namesOf(next).find((a) => sameSpan(a, speakerSpan)) ?? namesOf(next).find((a) => overlaps(a, speakerSpan));
    if (named) speaker = named.id;
    else {
      const mention = mentionsWithType(analysis).find((m) => overlaps(m.mention, speakerSpan));
      if (mention) {
        const added = addAnnotation(next, { kind: 'name', start: mention.mention.start, end: mention.mention.end, text: mention.mention.text, type: mention.type, ...(suggested ? { suggested: true as const } : {}) });
        next = added.set;
        speaker = added.id;
      }
    }
  }
  return addAnnotation(next, { kind: 'quote', start: quote.start, end: quote.end, text: quote.text, quoteKind: quote.kind, ...(speaker ? { speaker } : {}), ...(suggested ? { suggested: true as const } : {}) }).set;
}

/**
 * Set who said the quotation at `quoteSpan`: `speakerSpan` is a name of the article or a
 * selection (marked as a person when it is no name yet); null removes the speaker.
 */
export function setSpeaker(set: AnnotationSet, analysis: Analysis, articleText: string, quoteSpan: Span, speakerSpan: Span | null): AnnotationSet {
  const quoted = ensureQuote(set, analysis, quoteSpan);
  if (!quoted) return set;
  let next = quoted.set;
  const quote = getAnnotation(next, quoted.id) as QuoteAnnotation;
  if (speakerSpan === null) return replaceAnnotation(next, withoutKey(quote, 'speaker'));
  const target = trimmedSpan(articleText, speakerSpan);
  const named = ensureName(next, analysis, target) ?? markNameWithId(next, articleText, target, 'PER');
  if (!named) return next;
  next = named.set;
  return replaceAnnotation(next, { ...(getAnnotation(next, quoted.id) as QuoteAnnotation), speaker: named.id });
}

export function setQuoteKind(set: AnnotationSet, analysis: Analysis, quoteSpan: Span, kind: QuoteKind): AnnotationSet {
  const quoted = ensureQuote(set, analysis, quoteSpan);
  if (!quoted) return set;
  return replaceAnnotation(quoted.set, { ...(getAnnotation(quoted.set, quoted.id) as QuoteAnnotation), quoteKind: kind });
}

/** "Not a quotation". */
export function rejectQuote(set: AnnotationSet, analysis: Analysis, quoteSpan: Span, articleText: string): AnnotationSet {
  void analysis;
  return reject(set, articleText, quoteSpan, 'not-quote');
}

/** Mark the selection as a quotation. */
export function markQuote(set: AnnotationSet, articleText: string, span: Span, kind: QuoteKind = 'speech'): AnnotationSet {
  const target = trimmedSpan(articleText, span);
  if (target.start === target.end) return set;
  const cleared = removeAnnotations(set, set.items.filter((a) => (a.kind === 'quote' || a.kind === 'not-quote') && overlaps(a, target)).map((a) => a.id));
  return addAnnotation(cleared, { kind: 'quote', start: target.start, end: target.end, text: articleText.slice(target.start, target.end), quoteKind: kind }).set;
}

/**
 * Every suggestion of the analysis becomes a confirmed annotation: names, the recogniser's
 * grouping of them into entities (SameAs to each entity's first mention), quotes and speakers.
 */
export function acceptAll(set: AnnotationSet, analysis: Analysis): AnnotationSet {
  const confirmed: AnnotationSet = { ...set, items: set.items.map((a) => ('suggested' in a && a.suggested ? (withoutKey(a, 'suggested') as Annotation) : a)) };
  return absorb(confirmed, analysis, false);
}

/**
 * The set with every mention and quote of `analysis` (applyDecisions' result) that has no
 * annotation added as a suggested one (`A Suggested`), unless the analysis marks it confirmed
 * (a workspace rule): what an export with suggestions writes.
 */
export function withSuggestions(set: AnnotationSet, analysis: Analysis): AnnotationSet {
  return absorb(set, analysis, true);
}

function absorb(set: AnnotationSet, analysis: Analysis, markSuggested: boolean): AnnotationSet {
  let next = set;
  const byStart = new Map<string, AnnotationId>();
  for (const a of namesOf(next)) byStart.set(`${a.start}:${a.end}`, a.id);
  const items = [...next.items];
  const relations = [...next.relations];
  let t = Number(nextId(next, 'T').slice(1));
  let r = Number(nextId(next, 'R').slice(1));
  const linked = new Set(relations.flatMap((x) => [x.arg1, x.arg2]));
  const added = new Set<AnnotationId>();
  for (const entity of analysis.entities) {
    const ids: AnnotationId[] = [];
    for (const m of entity.mentions) {
      const key = `${m.start}:${m.end}`;
      let id = byStart.get(key);
      if (id === undefined) {
        id = `T${t++}`;
        items.push({ id, kind: 'name', start: m.start, end: m.end, text: m.text, type: entity.type, ...(markSuggested && !m.confirmed ? { suggested: true as const } : {}) });
        byStart.set(key, id);
        added.add(id);
      }
      ids.push(id);
    }
    // Only the names added here are linked to their entity: the user's own links stay as they are.
    for (const id of ids.slice(1)) {
      if (linked.has(id) || !added.has(id)) continue;
      relations.push({ id: `R${r++}`, type: 'SameAs', arg1: id, arg2: ids[0] });
    }
  }
  next = { ...next, items, relations };
  const quoteSpans = new Set(quotesOf(next).map((q) => `${q.start}:${q.end}`));
  for (const quote of analysis.quotes) {
    if (quoteSpans.has(`${quote.start}:${quote.end}`)) continue;
    next = addQuoteFromAnalysis(next, analysis, quote, markSuggested && !quote.confirmed);
  }
  return next;
}

/** Removes every annotation, relation and note; lines kept from the file are kept. */
export function clearAll(set: AnnotationSet): AnnotationSet {
  return { items: [], relations: [], notes: [], kept: set.kept };
}

// ---------------------------------------------------------------- lookups
// (The analysis's mentions and quotes at an offset: src/vscode/entity-lookup.ts.)

/** The annotation at an offset (the narrowest). */
export function annotationAt(set: AnnotationSet, offset: number, kind?: Annotation['kind']): Annotation | undefined {
  let best: Annotation | undefined;
  for (const a of set.items) if ((!kind || a.kind === kind) && a.start <= offset && offset <= a.end && (!best || a.end - a.start < best.end - best.start)) best = a;
  return best;
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
