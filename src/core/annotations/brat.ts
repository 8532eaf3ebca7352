/**
 * brat standoff (.ann) read and written. The conventions are in docs/annotations.md: T types
 * PER ORG LOC MISC Quote NotName NotQuote; A QuoteKind / Suggested / Separate; R Said / SameAs;
 * # AnnotatorNotes, and `# Unanchored` for an annotation that could not be found in the text.
 * Whatever else the file holds is kept verbatim and written back.
 */
import type { EntityType, QuoteKind } from '../types';
import type { Annotation, AnnotationSet, KeptLine, Note, Relation } from './model';
import { BratOffsets, splitBom } from './offsets';

export interface AnnProblem {
  /** 1-based line of the .ann. */
  line: number;
  message: string;
}

export interface BratOptions {
  /** Whether the article file starts with a BOM (when `articleText` is given without it, as VS Code does). */
  bom?: boolean;
}

const NAME_TYPES: Record<string, EntityType> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };
/** Other tools' names for the same types, read (and written back as ours). */
const TYPE_ALIASES: Record<string, EntityType> = {
  PERS: 'PER', PERSON: 'PER', Person: 'PER',
  ORGANIZATION: 'ORG', ORGANISATION: 'ORG', Organization: 'ORG', Organisation: 'ORG',
  LOCATION: 'LOC', Location: 'LOC', GPE: 'LOC',
  Misc: 'MISC',
};
const QUOTE_KINDS: ReadonlySet<string> = new Set(['speech', 'reported', 'other']);

/** The note type that keeps an annotation we could not find in the text (reanchor.ts). */
export const UNANCHORED = 'Unanchored';

const T_LINE = /^(T\d+)\t(\S+) ([^\t]*)\t([^]*)$/;
const A_LINE = /^(A\d+)\t(\S+) (T\d+)(?: (\S+))?$/;
const R_LINE = /^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)$/;
const NOTE_LINE = /^(#\d*)\t(\S+) ([TR]\d+)\t([^]*)$/;

/**
 * Reads a .ann (loadAnnotations in load.ts also re-anchors it). `lines` gives each span's line.
 * `articleText` is the article (with its BOM when it was read with one; otherwise
 * say `bom`). Offsets come out as ours. A span whose text no longer matches the article is kept
 * with its own text: call reanchor() to find it again.
 */
export function parseBrat(annText: string, articleText: string, options: BratOptions = {}): { set: AnnotationSet; problems: AnnProblem[]; lines: Map<string, number> } {
  const { text, bom } = splitBom(articleText, options.bom);
  const offsets = new BratOffsets(text, bom);
  const problems: AnnProblem[] = [];
  const kept: KeptLine[] = [];
  const keep = (line: number, raw: string, reason: string): void => {
    kept.push({ line, text: raw, reason });
    problems.push({ line, message: reason });
  };
  const lines = annText.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();

  // First the spans (brat allows any order of lines), then what refers to them.
  const items = new Map<string, Annotation>();
  const spanLines = new Map<string, number>();
  const later: Array<[number, string]> = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    if (raw.startsWith('T')) {
      const parsed = parseSpanLine(raw, text, offsets);
      if (typeof parsed === 'string') keep(line, raw, parsed);
      else if (items.has(parsed.id)) keep(line, raw, `${parsed.id} is defined twice`);
      else {
        items.set(parsed.id, parsed);
        spanLines.set(parsed.id, line);
      }
    } else if (raw.startsWith('#') && raw.split('\t')[1]?.startsWith(`${UNANCHORED} `)) {
      const parsed = parseUnanchored(raw);
      if (parsed && !items.has(parsed.id)) {
        items.set(parsed.id, parsed);
        spanLines.set(parsed.id, line);
      } else keep(line, raw, 'an unanchored annotation that cannot be read');
    } else {
      later.push([line, raw]);
    }
  });

  const relations: Relation[] = [];
  const notes: Note[] = [];
  for (const [line, raw] of later) {
    const problem = raw.startsWith('A') ? readAttribute(raw, items) : raw.startsWith('R') ? readRelation(raw, items, relations) : raw.startsWith('#') ? readNote(raw, items, relations, notes) : `not a line News Lens reads (${describeLine(raw)})`;
    if (problem) keep(line, raw, problem);
  }
  return { set: { items: [...items.values()], relations, notes, kept }, problems, lines: spanLines };
}

function describeLine(raw: string): string {
  const kinds: Record<string, string> = { E: 'an event', M: 'a modification', N: 'a normalisation', '*': 'an equivalence' };
  return kinds[raw[0]] ?? 'unknown kind';
}

function parseSpanLine(raw: string, text: string, offsets: BratOffsets): Annotation | string {
  const m = T_LINE.exec(raw);
  if (!m) return 'a malformed span line (expected Tn<TAB>TYPE START END<TAB>TEXT)';
  const [, id, typeName, range, written] = m;
  if (range.includes(';')) return `${id}: a discontinuous span (${range}) is not supported`;
  const bounds = /^(\d+) (\d+)$/.exec(range);
  if (!bounds) return `${id}: offsets '${range}' are not two whole numbers`;
  const bratStart = Number(bounds[1]);
  const bratEnd = Number(bounds[2]);
  if (bratStart >= bratEnd) return `${id}: an empty or reversed span (${range})`;
  let start = offsets.toOurs(bratStart);
  let end = offsets.toOurs(bratEnd);
  // Offsets past the end of an edited article are kept (clamped) for reanchor() to find the text again.
  if (start === undefined || end === undefined) {
    start = Math.min(start ?? text.length, text.length);
    end = Math.min(end ?? text.length, text.length);
  }
  // brat writes a span's line breaks and tabs as spaces: the article's own slice is the text.
  const slice = text.slice(start, end);
  const spanText = oneLine(slice) === written ? slice : written;
  const base = { id, start, end, text: spanText };
  if (NAME_TYPES[typeName] || TYPE_ALIASES[typeName]) return { ...base, kind: 'name', type: NAME_TYPES[typeName] ?? TYPE_ALIASES[typeName] };
  if (typeName === 'Quote') return { ...base, kind: 'quote', quoteKind: 'speech' };
  if (typeName === 'NotName') return { ...base, kind: 'not-name' };
  if (typeName === 'NotQuote') return { ...base, kind: 'not-quote' };
  return `${id}: unknown type '${typeName}' (News Lens reads PER, ORG, LOC, MISC, Quote, NotName, NotQuote)`;
}

function parseUnanchored(raw: string): Annotation | undefined {
  const [, head, json] = raw.split('\t');
  const id = head.slice(UNANCHORED.length + 1);
  if (!/^T\d+$/.test(id) || json === undefined) return undefined;
  try {
    const value = JSON.parse(json) as Annotation;
    const valid = typeof value === 'object' && value !== null && ['name', 'quote', 'not-name', 'not-quote'].includes(value.kind) && Number.isInteger(value.start) && Number.isInteger(value.end) && typeof value.text === 'string' && value.text.length > 0;
    if (!valid) return undefined;
    if (value.kind === 'name' && !NAME_TYPES[value.type]) return undefined;
    if (value.kind === 'quote' && !QUOTE_KINDS.has(value.quoteKind)) return undefined;
    return { ...value, id };
  } catch {
    return undefined;
  }
}

function readAttribute(raw: string, items: Map<string, Annotation>): string | undefined {
  const m = A_LINE.exec(raw);
  if (!m) return 'a malformed attribute line (expected An<TAB>NAME Tn [VALUE])';
  const [, id, name, target, value] = m;
  const item = items.get(target);
  if (!item) return `${id}: ${target} is not a span News Lens read`;
  if (name === 'QuoteKind') {
    if (item.kind !== 'quote') return `${id}: QuoteKind on ${target}, which is not a Quote`;
    if (!value || !QUOTE_KINDS.has(value)) return `${id}: QuoteKind '${value ?? ''}' (speech, reported or other)`;
    items.set(target, { ...item, quoteKind: value as QuoteKind });
    return undefined;
  }
  if (name === 'Suggested') {
    if (value !== undefined) return `${id}: Suggested takes no value`;
    if (item.kind !== 'name' && item.kind !== 'quote') return `${id}: Suggested on ${target}, which is not a name or a Quote`;
    items.set(target, { ...item, suggested: true });
    return undefined;
  }
  if (name === 'Separate') {
    if (value !== undefined) return `${id}: Separate takes no value`;
    if (item.kind !== 'name') return `${id}: Separate on ${target}, which is not a name`;
    items.set(target, { ...item, separate: true });
    return undefined;
  }
  return `${id}: unknown attribute '${name}' (News Lens reads QuoteKind, Suggested, Separate)`;
}

function readRelation(raw: string, items: Map<string, Annotation>, relations: Relation[]): string | undefined {
  const m = R_LINE.exec(raw);
  if (!m) return 'a malformed relation line (expected Rn<TAB>TYPE Arg1:Tn Arg2:Tm)';
  const [, id, type, arg1, arg2] = m;
  const first = items.get(arg1);
  const second = items.get(arg2);
  if (!first || !second) return `${id}: ${!first ? arg1 : arg2} is not a span News Lens read`;
  if (type === 'Said') {
    if (first.kind !== 'quote' || second.kind !== 'name') return `${id}: Said goes from a Quote (Arg1) to a name (Arg2)`;
    if (first.speaker) return `${id}: ${arg1} already has a speaker (${first.speaker})`;
    items.set(arg1, { ...first, speaker: arg2 });
    return undefined;
  }
  if (type === 'SameAs') {
    if (first.kind !== 'name' || second.kind !== 'name') return `${id}: SameAs links two names`;
    relations.push({ id, type: 'SameAs', arg1, arg2 });
    return undefined;
  }
  return `${id}: unknown relation '${type}' (News Lens reads Said, SameAs)`;
}

function readNote(raw: string, items: Map<string, Annotation>, relations: Relation[], notes: Note[]): string | undefined {
  const m = NOTE_LINE.exec(raw);
  if (!m) return 'a malformed note line (expected #n<TAB>AnnotatorNotes Tn<TAB>TEXT)';
  const [, id, type, target, text] = m;
  if (type !== 'AnnotatorNotes') return `${id}: unknown note type '${type}'`;
  if (!items.has(target) && !relations.some((r) => r.id === target)) return `${id}: ${target} is not an annotation News Lens read`;
  notes.push({ id, target, text });
  return undefined;
}

/**
 * A field of the .ann holds no tab and nothing any reader may take for a line break (Python's
 * splitlines also breaks at VT, FF, FS-RS, NEL, U+2028 and U+2029): each becomes a space.
 */
export const oneLine = (s: string): string => s.replace(/[\t\n\v\f\r\u001c-\u001e\u0085\u2028\u2029]/g, ' ');

/**
 * Writes a .ann for the article (with its BOM when it has one; otherwise say `bom`). Spans are
 * written in the order of the set, then attributes, relations, notes and the kept lines as read.
 */
export function writeBrat(set: AnnotationSet, articleText: string, options: BratOptions = {}): string {
  const { text, bom } = splitBom(articleText, options.bom);
  const offsets = new BratOffsets(text, bom);
  const keptIds = new Set(set.kept.map((k) => k.text.split('\t', 1)[0]));
  const freshId = (prefix: string, used: Set<string>): (() => string) => {
    let n = 0;
    return () => {
      let id: string;
      do id = `${prefix}${++n}`;
      while (used.has(id) || keptIds.has(id));
      return id;
    };
  };
  const spans: string[] = [];
  const attributes: string[] = [];
  const relations: string[] = [];
  const nextAttribute = freshId('A', new Set());
  const nextRelation = freshId('R', new Set(set.relations.map((r) => r.id)));
  const ids = new Set(set.items.map((a) => a.id));
  for (const a of set.items) {
    const type = a.kind === 'name' ? a.type : a.kind === 'quote' ? 'Quote' : a.kind === 'not-name' ? 'NotName' : 'NotQuote';
    spans.push(`${a.id}\t${type} ${offsets.toBrat(a.start)} ${offsets.toBrat(a.end)}\t${oneLine(a.text)}`);
    if (a.kind === 'quote') attributes.push(`${nextAttribute()}\tQuoteKind ${a.id} ${a.quoteKind}`);
    if ((a.kind === 'name' || a.kind === 'quote') && a.suggested) attributes.push(`${nextAttribute()}\tSuggested ${a.id}`);
    if (a.kind === 'name' && a.separate) attributes.push(`${nextAttribute()}\tSeparate ${a.id}`);
    if (a.kind === 'quote' && a.speaker && ids.has(a.speaker)) relations.push(`${nextRelation()}\tSaid Arg1:${a.id} Arg2:${a.speaker}`);
  }
  for (const r of set.relations) if (ids.has(r.arg1) && ids.has(r.arg2)) relations.push(`${r.id}\t${r.type} Arg1:${r.arg1} Arg2:${r.arg2}`);
  const relationIds = new Set(set.relations.map((r) => r.id));
  const notes = set.notes.filter((n) => ids.has(n.target) || relationIds.has(n.target)).map((n) => `${n.id}\tAnnotatorNotes ${n.target}\t${oneLine(n.text)}`);
  const lines = [...spans, ...attributes, ...relations, ...notes, ...set.kept.map((k) => k.text)];
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** The kept line for an annotation that could not be found in the text (read back by parseBrat). */
export function unanchoredLine(annotation: Annotation, noteId: string): string {
  const { id, ...rest } = annotation;
  // JSON leaves NEL, U+2028 and U+2029 as they are; Python would break the line there.
  const json = JSON.stringify(rest).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${noteId}\t${UNANCHORED} ${id}\t${json}`;
}
