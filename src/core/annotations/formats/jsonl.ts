/**
 * One article per JSON line, for doccano, Label Studio and spaCy (docs/annotations.md says which
 * fields each reads):
 *   {"text": "...", "entities": [[start, end, "PER"], ...], "quotes": [{"start", "end", "kind", "speaker": [start, end] | null}, ...]}
 * Offsets are the analysis JSON's (UTF-16 code units, no BOM) or, asked for, code points (what
 * Python tools count; they differ only after characters outside the BMP, such as emoji).
 */
import type { Analysis, EntityType, QuoteKind } from '../../types';
import type { AnnotationSet } from '../model';
import { addAnnotation, emptySet } from '../model';
import { BratOffsets } from '../offsets';

export type OffsetUnit = 'utf16' | 'codepoints';

export interface JsonlRecord {
  text: string;
  entities: Array<[number, number, EntityType]>;
  quotes: Array<{ start: number; end: number; kind: QuoteKind; speaker: [number, number] | null }>;
}

/** The record of one article from what the user sees (applyDecisions' result, or decisions only). */
export function toJsonlRecord(text: string, analysis: Pick<Analysis, 'entities' | 'quotes'>, unit: OffsetUnit = 'utf16'): JsonlRecord {
  const at = unit === 'codepoints' ? codePointOffsets(text) : (n: number) => n;
  const entities = analysis.entities
    .flatMap((e) => e.mentions.map((m): [number, number, EntityType] => [at(m.start), at(m.end), e.type]))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const quotes = analysis.quotes.map((q) => ({ start: at(q.start), end: at(q.end), kind: q.kind, speaker: q.speaker ? ([at(q.speaker.start), at(q.speaker.end)] as [number, number]) : null }));
  return { text, entities, quotes };
}

function codePointOffsets(text: string): (n: number) => number {
  const offsets = new BratOffsets(text, false);
  return (n) => offsets.toBrat(n);
}

const TYPE_NAMES: Record<string, EntityType> = {
  PER: 'PER', PERS: 'PER', PERSON: 'PER',
  ORG: 'ORG', ORGANIZATION: 'ORG', ORGANISATION: 'ORG',
  LOC: 'LOC', LOCATION: 'LOC', GPE: 'LOC',
  MISC: 'MISC',
};
const QUOTE_KINDS = new Set(['speech', 'reported', 'other']);

export interface JsonlImport {
  text: string;
  set: AnnotationSet;
  /** A name for the article's files, from the line's "id" when it has a usable one. */
  id?: string;
  problems: string[];
}

/**
 * Reads one JSONL line of doccano (`"label": [[s, e, "PER"]]`, or `"entities": [{"start_offset",
 * "end_offset", "label"}]`) or of our own export (`"entities": [[s, e, "PER"]]`, `"quotes"`).
 * Throws an Error (one line) when the line is not such an article; a span that cannot be used is
 * left out and named in `problems`.
 */
export function fromJsonlLine(line: string, unit: OffsetUnit = 'utf16'): JsonlImport {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
  const record = value as Record<string, unknown>;
  const text = typeof record.text === 'string' ? record.text : typeof record.data === 'string' ? record.data : undefined;
  if (text === undefined) throw new Error('no "text" string');
  const toOurs = unit === 'codepoints' ? ourOffsets(text) : (n: number) => (n >= 0 && n <= text.length ? n : undefined);
  const problems: string[] = [];
  const spans: Array<{ start: number; end: number; label: string }> = [];
  const list = record.entities ?? record.label ?? record.labels ?? [];
  if (!Array.isArray(list)) throw new Error('"entities"/"label" is not a list');
  for (const item of list) {
    const span = Array.isArray(item) ? { start: item[0], end: item[1], label: item[2] } : typeof item === 'object' && item !== null ? readEntityObject(item as Record<string, unknown>) : undefined;
    if (!span || typeof span.start !== 'number' || typeof span.end !== 'number' || typeof span.label !== 'string') {
      problems.push(`a span that is not [start, end, "LABEL"] or {"start_offset", "end_offset", "label"}: ${JSON.stringify(item).slice(0, 80)}`);
      continue;
    }
    spans.push(span as { start: number; end: number; label: string });
  }
  let set = emptySet();
  const names = new Map<string, string>();
  for (const span of spans) {
    const type = TYPE_NAMES[span.label.toUpperCase()];
    if (!type) {
      problems.push(`label '${span.label}' at ${span.start}-${span.end} is not a name type (PER, ORG, LOC, MISC); left out`);
      continue;
    }
    const start = toOurs(span.start);
    const end = toOurs(span.end);
    if (start === undefined || end === undefined || start >= end) {
      problems.push(`span ${span.start}-${span.end} (${span.label}) is outside the text or empty; left out`);
      continue;
    }
    const added = addAnnotation(set, { kind: 'name', start, end, text: text.slice(start, end), type });
    set = added.set;
    names.set(`${start}:${end}`, added.id);
  }
  const quotes = record.quotes ?? [];
  if (Array.isArray(quotes)) {
    for (const q of quotes as Array<Record<string, unknown>>) {
      const start = typeof q?.start === 'number' ? toOurs(q.start) : undefined;
      const end = typeof q?.end === 'number' ? toOurs(q.end) : undefined;
      const kind = typeof q?.kind === 'string' && QUOTE_KINDS.has(q.kind) ? (q.kind as QuoteKind) : undefined;
      if (start === undefined || end === undefined || start >= end || !kind) {
        problems.push(`a quote that is not {"start", "end", "kind": speech|reported|other} inside the text: ${JSON.stringify(q).slice(0, 80)}`);
        continue;
      }
      let speaker: string | undefined;
      if (Array.isArray(q.speaker)) {
        const [s, e] = q.speaker.map((n) => (typeof n === 'number' ? toOurs(n) : undefined));
        speaker = s !== undefined && e !== undefined ? names.get(`${s}:${e}`) : undefined;
        if (!speaker) problems.push(`the speaker ${JSON.stringify(q.speaker)} of the quote at ${q.start} is not one of the line's names; left out`);
      }
      set = addAnnotation(set, { kind: 'quote', start, end, text: text.slice(start, end), quoteKind: kind, ...(speaker ? { speaker } : {}) }).set;
    }
  }
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : undefined;
  return { text, set, ...(id !== undefined ? { id } : {}), problems };
}

function readEntityObject(o: Record<string, unknown>): { start: unknown; end: unknown; label: unknown } {
  return { start: o.start_offset ?? o.start, end: o.end_offset ?? o.end, label: o.label ?? o.type };
}

function ourOffsets(text: string): (n: number) => number | undefined {
  const offsets = new BratOffsets(text, false);
  return (n) => offsets.toOurs(n);
}
