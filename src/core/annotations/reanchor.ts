/**
 * Finds annotations again after the article changed where we could not follow the edits (in
 * another editor, or a .ann written by another tool). Each span is checked against the text it
 * remembers; one whose text moved is found again nearby; what cannot be found is kept in the
 * file (never silently dropped) and returned.
 */
import type { Annotation, AnnotationSet, KeptLine } from './model';
import { nextId, removeAnnotations } from './model';
import { oneLine, unanchoredLine } from './brat';

/** Candidates looked at on each side of where a span is expected: enough to skip a few partial-word matches. */
const CANDIDATES_PER_SIDE = 4;

/**
 * `articleText` without BOM. Annotations are taken in text order, and each one's displacement is
 * expected for the next (an edit before them moves them all alike), so a span is usually found
 * at once. Otherwise the nearest occurrences of its text on both sides are compared: whole words
 * (Arabic clitics و ف ب ل ك allowed before) first, then the closest.
 */
export function reanchor(set: AnnotationSet, articleText: string): { set: AnnotationSet; moved: number; unanchored: Annotation[] } {
  const order = [...set.items].sort((a, b) => a.start - b.start);
  const placed = new Map<string, Annotation>();
  const unanchored: Annotation[] = [];
  let drift = 0;
  let moved = 0;
  for (const a of order) {
    if (a.text.length === 0) {
      unanchored.push(a);
      continue;
    }
    const at = findNear(articleText, a.text, a.start, a.start + drift);
    if (at === undefined) {
      unanchored.push(a);
      continue;
    }
    drift = at - a.start;
    if (at !== a.start || a.end !== at + a.text.length) {
      moved++;
      placed.set(a.id, { ...a, start: at, end: at + a.text.length });
    }
  }
  let next: AnnotationSet = placed.size ? { ...set, items: set.items.map((a) => placed.get(a.id) ?? a) } : set;
  if (unanchored.length) next = keepUnanchored(next, unanchored);
  return { set: next, moved, unanchored };
}

function findNear(text: string, needle: string, original: number, expected: number): number | undefined {
  if (text.startsWith(needle, original)) return original;
  if (expected !== original && expected >= 0 && text.startsWith(needle, expected)) return expected;
  const from = Math.max(0, Math.min(expected, text.length));
  const candidates: number[] = [];
  for (let i = text.indexOf(needle, from), n = 0; i >= 0 && n < CANDIDATES_PER_SIDE; i = text.indexOf(needle, i + 1), n++) candidates.push(i);
  for (let i = from > 0 ? text.lastIndexOf(needle, from - 1) : -1, n = 0; i >= 0 && n < CANDIDATES_PER_SIDE; i = i > 0 ? text.lastIndexOf(needle, i - 1) : -1, n++) candidates.push(i);
  let best: number | undefined;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const score = (startsWord(text, c) ? 1 : 0) + (endsWord(text, c + needle.length) ? 1 : 0);
    const distance = Math.abs(c - expected);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = c;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);
const CLITICS = 'وفبلك';

/** Does a word start at `at`, possibly after one or two clitic letters (وب, فل, لل)? */
export function startsWord(text: string, at: number): boolean {
  let i = at;
  for (let n = 0; n <= 2; n++) {
    if (!isWordChar(text[i - 1])) return true;
    if (!CLITICS.includes(text[i - 1])) return false;
    i--;
  }
  return !isWordChar(text[i - 1]);
}

export function endsWord(text: string, at: number): boolean {
  return !isWordChar(text[at]);
}

/**
 * The unanchored annotations leave the items and become `# Unanchored` lines of the file, with
 * the relations and notes that pointed at them, so a later reading can find them again.
 */
function keepUnanchored(set: AnnotationSet, lost: Annotation[]): AnnotationSet {
  const ids = new Set(lost.map((a) => a.id));
  const kept: KeptLine[] = [...set.kept];
  let noteNumber = Number(nextId(set, '#').slice(1));
  for (const a of lost) {
    kept.push({ line: 0, text: unanchoredLine(a, `#${noteNumber++}`), reason: `${a.id}: «${a.text}» could not be found in the text` });
  }
  for (const r of set.relations) {
    if (ids.has(r.arg1) || ids.has(r.arg2)) kept.push({ line: 0, text: `${r.id}\t${r.type} Arg1:${r.arg1} Arg2:${r.arg2}`, reason: `${r.id}: refers to an annotation that could not be found` });
  }
  let relationNumber = Number(nextId({ ...set, kept }, 'R').slice(1));
  for (const a of set.items) {
    if (a.kind === 'quote' && a.speaker && ids.has(a.speaker) && !ids.has(a.id)) {
      kept.push({ line: 0, text: `R${relationNumber++}\tSaid Arg1:${a.id} Arg2:${a.speaker}`, reason: `${a.id}: its speaker ${a.speaker} could not be found` });
    }
  }
  for (const n of set.notes) {
    if (ids.has(n.target)) kept.push({ line: 0, text: `${n.id}\tAnnotatorNotes ${n.target}\t${oneLine(n.text)}`, reason: `${n.id}: a note on an annotation that could not be found` });
  }
  return { ...removeAnnotations(set, ids), kept };
}
