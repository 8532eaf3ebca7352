/**
 * brat standoff (.ann) read and written. Conventions: docs/annotations.md.
 */
import type { AnnotationSet } from './model';

export interface AnnProblem {
  /** 1-based line of the .ann. */
  line: number;
  message: string;
}

/**
 * Reads a .ann. `articleText` is the article as read from disk (a leading BOM included, when
 * there is one): brat counts code points over the file as stored, we count UTF-16 code units
 * without the BOM, and the conversion needs both.
 */
export function parseBrat(annText: string, articleText: string): { set: AnnotationSet; problems: AnnProblem[] } {
  throw new Error('not implemented');
}

/** Writes a .ann for the article as stored (`articleText` with its BOM, when it has one). */
export function writeBrat(set: AnnotationSet, articleText: string): string {
  throw new Error('not implemented');
}
