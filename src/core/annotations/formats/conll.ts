/**
 * CoNLL token files: one token per line with its BIO tag (token<TAB>tag), a blank line between
 * sentences, `-DOCSTART-` before each article: what CoNLL-trained taggers and our own `tag` and
 * `train` read (src/core/entities/tokenFile.ts). Tokens and sentences are the project's own
 * (src/core/text/tokenize.ts); a sentence never crosses a line break.
 */
import type { Analysis, Span } from '../../types';
import { splitSentences, tokenize } from '../../text/tokenize';

export const DOCSTART = '-DOCSTART-\tO';

/**
 * One article's lines (ending with a blank line), `-DOCSTART-` first. A token overlapping a
 * mention takes its type: B- for the first such token, I- for the next ones (a clitic written on
 * the name, بالقاهرة, goes with it: a token is the smallest unit here).
 */
export function toConll(text: string, analysis: Pick<Analysis, 'entities'>): string {
  const mentions: Array<Span & { type: string }> = analysis.entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })))
    .sort((a, b) => a.start - b.start);
  const out: string[] = [DOCSTART, ''];
  let next = 0; // the first mention that may still overlap a token
  let lineStart = 0;
  while (lineStart <= text.length) {
    const lineEnd = findLineEnd(text, lineStart);
    for (const sentence of splitSentences(tokenize(text, lineStart, lineEnd))) {
      let open: Span | undefined;
      for (const token of sentence) {
        while (next < mentions.length && mentions[next].end <= token.start) next++;
        const m = next < mentions.length && mentions[next].start < token.end ? mentions[next] : undefined;
        const tag = m ? `${open === m ? 'I' : 'B'}-${m.type}` : 'O';
        open = m;
        out.push(`${token.text}\t${tag}`);
      }
      out.push('');
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
  }
  return out.join('\n') + '\n';
}

function findLineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85) return i;
  }
  return text.length;
}
