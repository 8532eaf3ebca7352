import { TOKEN_FILE_SENTENCE_ENDS } from '../text/punctuation';

/**
 * The one-token-per-line format of ANERcorp and CoNLL-2003 (and of the `tag` command): the
 * token is the first whitespace-separated column, the tag (if any) the last; a blank line ends a
 * sentence and `-DOCSTART-` starts a document. Files without blank lines are split into
 * sentences after `.`, `?`, `!` tokens.
 */
export interface TokenLine {
  kind: 'token' | 'blank' | 'doc';
  token: string;
  /** The gold tag normalised to BIO with PER/ORG/LOC/MISC, or 'O'. */
  gold: string;
}

export interface TokenFile {
  lines: TokenLine[];
  /** Sentences as index lists into `lines`, grouped by document. */
  documents: number[][][];
}

/** ANERcorp's PERS → PER; BIOES S-/E- → B-/I-; anything unknown → O. */
export function normaliseTag(tag: string | undefined): string {
  if (!tag || tag === 'O') return 'O';
  const m = /^([BIES])-(PERS?|ORG|LOC|MISC)$/.exec(tag);
  if (!m) return 'O';
  const type = m[2] === 'PERS' ? 'PER' : m[2];
  return (m[1] === 'B' || m[1] === 'S' ? 'B-' : 'I-') + type;
}

export function parseTokenFile(text: string): TokenFile {
  const lines: TokenLine[] = [];
  let sawBlank = false;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const cols = raw.trim().split(/\s+/);
    if (!cols[0]) { lines.push({ kind: 'blank', token: '', gold: 'O' }); sawBlank = true; continue; }
    if (cols[0] === '-DOCSTART-') { lines.push({ kind: 'doc', token: cols[0], gold: 'O' }); continue; }
    lines.push({ kind: 'token', token: cols[0], gold: normaliseTag(cols.length > 1 ? cols[cols.length - 1] : undefined) });
  }
  // A trailing newline leaves one empty last line that is not a sentence break of the file.
  if (lines.length && lines[lines.length - 1].kind === 'blank' && text.endsWith('\n')) {
    lines.pop();
    sawBlank = lines.some((l) => l.kind === 'blank');
  }
  const documents: number[][][] = [[]];
  let sentence: number[] = [];
  const endSentence = (): void => {
    if (sentence.length) documents[documents.length - 1].push(sentence);
    sentence = [];
  };
  lines.forEach((line, i) => {
    if (line.kind === 'token') {
      sentence.push(i);
      if (!sawBlank && (TOKEN_FILE_SENTENCE_ENDS.has(line.token) || sentence.length >= 250)) endSentence();
    } else {
      endSentence();
      if (line.kind === 'doc' && documents[documents.length - 1].length) documents.push([]);
    }
  });
  endSentence();
  return { lines, documents: documents.filter((d) => d.length) };
}

/**
 * A file without -DOCSTART- marks (ANERcorp) is one long run of articles: names are kept
 * consistent within chunks of this many sentences, about an article's length. Spreading a name
 * over the whole file carries a wrong tag into unrelated articles (Arabic dev micro-F1 0.727 as
 * one document, 0.733 in chunks of 40; 20 or 80 score lower too).
 */
export const SENTENCES_PER_UNMARKED_DOCUMENT = 40;

/** The documents to recognise names in: the file's own, or chunks when it marks none. */
export function documentsForNames(file: TokenFile): number[][][] {
  if (file.lines.some((l) => l.kind === 'doc')) return file.documents;
  const out: number[][][] = [];
  for (const doc of file.documents) {
    for (let i = 0; i < doc.length; i += SENTENCES_PER_UNMARKED_DOCUMENT) out.push(doc.slice(i, i + SENTENCES_PER_UNMARKED_DOCUMENT));
  }
  return out;
}

/** Entity spans [start, end) of a BIO sequence, as `type:start:end` strings (for scoring). */
export function bioSpans(tags: readonly string[]): Array<{ type: string; start: number; end: number }> {
  const spans: Array<{ type: string; start: number; end: number }> = [];
  let open: { type: string; start: number } | null = null;
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? '' : tag.slice(2);
    const continues = open && tag.startsWith('I-') && type === open.type;
    if (open && !continues) { spans.push({ ...open, end: i }); open = null; }
    if (!continues && type) open = { type, start: i };
  });
  if (open) spans.push({ ...(open as { type: string; start: number }), end: tags.length });
  return spans;
}
