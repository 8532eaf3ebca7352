/**
 * Moves annotations with the text while it is edited (VS Code's content changes).
 */
import type { Annotation, AnnotationSet } from './model';

/** One change, relative to the text before the event: VS Code's rangeOffset, rangeLength, text.length. */
export interface TextEdit {
  offset: number;
  deleteLength: number;
  insertLength: number;
}

export function applyEdits(set: AnnotationSet, edits: readonly TextEdit[], newText: string): { set: AnnotationSet; removed: Annotation[] } {
  throw new Error('not implemented');
}
