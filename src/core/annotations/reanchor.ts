/**
 * Finds annotations again after the article changed outside the editor.
 */
import type { Annotation, AnnotationSet } from './model';

/** `articleText` without BOM. Unanchored annotations leave `items` and are kept as lines of the set. */
export function reanchor(set: AnnotationSet, articleText: string): { set: AnnotationSet; moved: number; unanchored: Annotation[] } {
  throw new Error('not implemented');
}
