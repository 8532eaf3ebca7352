/**
 * Opening an article's annotations: the .ann read, then each span checked against the text and
 * found again where the text moved. What the editor and the CLI do on opening.
 */
import { parseBrat, type AnnProblem, type BratOptions } from './brat';
import type { Annotation, AnnotationSet } from './model';
import { reanchor } from './reanchor';

export interface LoadedAnnotations {
  set: AnnotationSet;
  /** Lines kept without being understood, and annotations that could not be found, with their line in the .ann. */
  problems: AnnProblem[];
  /** How many spans were moved to where their text is now. */
  moved: number;
  unanchored: Annotation[];
}

/** `articleText` as for parseBrat (with its BOM, or say `bom`); offsets come out as ours, re-anchored. */
export function loadAnnotations(annText: string, articleText: string, options: BratOptions = {}): LoadedAnnotations {
  const parsed = parseBrat(annText, articleText, options);
  const text = articleText.charCodeAt(0) === 0xfeff ? articleText.slice(1) : articleText;
  const { set, moved, unanchored } = reanchor(parsed.set, text);
  const problems = [...parsed.problems];
  for (const a of unanchored) problems.push({ line: parsed.lines.get(a.id) ?? 0, message: `${a.id}: «${a.text}» could not be found in the text; kept in the file as a note` });
  problems.sort((x, y) => x.line - y.line);
  return { set, problems, moved, unanchored };
}
