/**
 * Moves annotations with the text while it is edited (VS Code's content changes), so that a
 * name stays on its words whatever is typed around or inside it.
 */
import type { Annotation, AnnotationSet } from './model';
import { removeAnnotations } from './model';

/** One change, relative to the text before the event: VS Code's rangeOffset, rangeLength, text.length. */
export interface TextEdit {
  offset: number;
  deleteLength: number;
  insertLength: number;
}

/**
 * The span after one edit, or null when the edit deleted all of it. Typing before a span or
 * exactly at its start shifts it; typing inside grows it; typing at its end leaves it. A
 * replacement that starts inside the span keeps the new text in the span (retyping the first
 * letters of a name keeps the name); one that starts before it leaves the new text outside.
 */
export function moveSpan(start: number, end: number, edit: TextEdit): { start: number; end: number } | null {
  const { offset, deleteLength, insertLength } = edit;
  const editEnd = offset + deleteLength;
  const delta = insertLength - deleteLength;
  if (editEnd <= start) {
    return { start: start + delta, end: end + delta }; // wholly before (or an insertion at the start)
  }
  if (offset >= end) return { start, end }; // wholly after, or at the end
  if (offset <= start && editEnd >= end) return null; // the whole span deleted
  let newStart: number;
  let newEnd: number;
  if (offset < start) {
    newStart = offset + insertLength;
    newEnd = end + delta;
  } else {
    newStart = start;
    newEnd = editEnd <= end ? end + delta : offset + insertLength;
  }
  return newStart < newEnd ? { start: newStart, end: newEnd } : null;
}

/**
 * Applies one change event to every annotation. The edits are relative to the text before the
 * event and do not overlap (as VS Code gives them); they are applied from the last to the first
 * so that each one's offsets still hold. `newText` is the text after the event (without BOM):
 * each annotation's `text` is taken from it. Annotations whose text was deleted are removed,
 * with what referred to them, and returned in `removed`.
 */
export function applyEdits(set: AnnotationSet, edits: readonly TextEdit[], newText: string): { set: AnnotationSet; removed: Annotation[] } {
  if (edits.length === 0) return { set, removed: [] };
  const ordered = [...edits].sort((a, b) => b.offset - a.offset);
  const removed: Annotation[] = [];
  const items: Annotation[] = [];
  for (const annotation of set.items) {
    let span: { start: number; end: number } | null = { start: annotation.start, end: annotation.end };
    for (const edit of ordered) {
      span = moveSpan(span.start, span.end, edit);
      if (!span) break;
    }
    if (!span || span.end > newText.length) {
      removed.push(annotation);
      continue;
    }
    if (span.start === annotation.start && span.end === annotation.end && newText.slice(span.start, span.end) === annotation.text) items.push(annotation);
    else items.push({ ...annotation, start: span.start, end: span.end, text: newText.slice(span.start, span.end) });
  }
  const next = { ...set, items };
  return { set: removed.length ? removeAnnotations(next, removed.map((a) => a.id)) : next, removed };
}
