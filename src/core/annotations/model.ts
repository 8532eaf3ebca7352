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
  for (const k of set.kept) see(k.text.split('\t', 1)[0]);
  return `${prefix}${max + 1}`;
}

export function getAnnotation(set: AnnotationSet, id: AnnotationId): Annotation | undefined {
  return set.items.find((a) => a.id === id);
}

// ---------------------------------------------------------------- low-level edits

/** Adds an annotation with the next free id; returns the new set and that id. */
export function addAnnotation(set: AnnotationSet, annotation: DistributiveOmit<Annotation, 'id'>): { set: AnnotationSet; id: AnnotationId } {
  throw new Error('not implemented');
}

/** Replaces the annotation with the same id. */
export function replaceAnnotation(set: AnnotationSet, annotation: Annotation): AnnotationSet {
  throw new Error('not implemented');
}

/** Removes annotations by id, with the relations, notes and speaker links that point at them. */
export function removeAnnotations(set: AnnotationSet, ids: Iterable<AnnotationId>): AnnotationSet {
  throw new Error('not implemented');
}

// ---------------------------------------------------------------- what the commands call
// `analysis` is what the user sees (applyDecisions' result), `articleText` the text without BOM.

/** Change the type of the name at `span` (a suggestion becomes a confirmed name). */
export function setNameType(set: AnnotationSet, analysis: Analysis, span: Span, type: EntityType): AnnotationSet {
  throw new Error('not implemented');
}

/** "Not a name": drops name annotations overlapping `span` and records the rejection. */
export function rejectName(set: AnnotationSet, analysis: Analysis, span: Span, articleText: string): AnnotationSet {
  throw new Error('not implemented');
}

/** Mark the selection as a name of this type (replaces name annotations and rejections overlapping it). */
export function markName(set: AnnotationSet, articleText: string, span: Span, type: EntityType): AnnotationSet {
  throw new Error('not implemented');
}

/** "Same entity as…": the name at `span` joins entity `intoEntityId` of the analysis. */
export function mergeEntities(set: AnnotationSet, analysis: Analysis, span: Span, intoEntityId: string): AnnotationSet {
  throw new Error('not implemented');
}

/** "Separate entity": the name at `span` becomes an entity of its own. */
export function separateMention(set: AnnotationSet, analysis: Analysis, span: Span): AnnotationSet {
  throw new Error('not implemented');
}

/** Move the annotation `id` to a new span (e.g. the selection). */
export function editSpan(set: AnnotationSet, articleText: string, id: AnnotationId, span: Span): AnnotationSet {
  throw new Error('not implemented');
}

/**
 * Set who said the quotation at `quoteSpan`: `speakerSpan` is a name of the article or a
 * selection (marked as a person when it is no name yet); null removes the speaker.
 */
export function setSpeaker(set: AnnotationSet, analysis: Analysis, articleText: string, quoteSpan: Span, speakerSpan: Span | null): AnnotationSet {
  throw new Error('not implemented');
}

export function setQuoteKind(set: AnnotationSet, analysis: Analysis, quoteSpan: Span, kind: QuoteKind): AnnotationSet {
  throw new Error('not implemented');
}

/** "Not a quotation". */
export function rejectQuote(set: AnnotationSet, analysis: Analysis, quoteSpan: Span, articleText: string): AnnotationSet {
  throw new Error('not implemented');
}

/** Mark the selection as a quotation. */
export function markQuote(set: AnnotationSet, articleText: string, span: Span, kind?: QuoteKind): AnnotationSet {
  throw new Error('not implemented');
}

/** Every suggestion of the analysis becomes an annotation (names, quotes, speakers, entities). */
export function acceptAll(set: AnnotationSet, analysis: Analysis): AnnotationSet {
  throw new Error('not implemented');
}

/** Removes every annotation, relation and note; lines kept from the file are kept. */
export function clearAll(set: AnnotationSet): AnnotationSet {
  throw new Error('not implemented');
}

// ---------------------------------------------------------------- lookups for the editor

/** The name annotation or mention at an offset, if any. */
export function mentionAt(analysis: Analysis, offset: number): Mention | undefined {
  throw new Error('not implemented');
}

export function quoteAt(analysis: Analysis, offset: number): Quote | undefined {
  throw new Error('not implemented');
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
