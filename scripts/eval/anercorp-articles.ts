/**
 * Pseudo-articles rebuilt from ANERcorp's training file (../shared/data/ner/anercorp-train.txt:
 * 2006-era Arabic newswire, one token per line, no sentence or article marks), for a quotation
 * validation set nobody tuned on (scripts/eval/gold/anercorp-quotes-ar-*.jsonl; the gold README
 * says how it was made). The tokens are joined back into text (no space before `. ، : ؛ ? ! ) »`,
 * none after `( «`, straight `"` opening and closing in turn), one sentence per line, 20 sentences
 * per file. A sentence never ends inside a quotation, except one left open by the source for three
 * sentences. Deterministic: the gold's offsets and sha1 depend on it byte for byte.
 *
 * scripts/eval/gold/write-rebuilt-articles.ts writes them to files for the annotation helper.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ANERCORP_FOLDER = 'ar-anercorp';
const SENTENCES_PER_FILE = 20;
/** Sentences a quotation mark may stay open before the source is taken to have left it unclosed. */
const MAX_OPEN_SENTENCES = 3;
const SENTENCE_ENDS = new Set(['.', '!', '\u061f', '?']);
const NO_SPACE_BEFORE = new Set(['.', '\u060c', ',', ':', '\u061b', ';', '?', '\u061f', '!', ')', '\u00bb', ']']);
const NO_SPACE_AFTER = new Set(['(', '\u00ab', '[']);

function sentencesOf(tokens: string[]): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  let straightOpen = false;
  let guillemets = 0;
  let openFor = 0;
  const end = (): void => { sentences.push(current); current = []; openFor = 0; };
  for (const t of tokens) {
    current.push(t);
    if (t === '"') straightOpen = !straightOpen;
    else if (t === '\u00ab') guillemets++;
    else if (t === '\u00bb') guillemets = Math.max(0, guillemets - 1);
    if (SENTENCE_ENDS.has(t)) {
      if (!straightOpen && guillemets === 0) end();
      else if (++openFor >= MAX_OPEN_SENTENCES) { end(); straightOpen = false; guillemets = 0; }
    }
    if (current.length > 400) { end(); straightOpen = false; guillemets = 0; }
  }
  if (current.length) sentences.push(current);
  return sentences;
}

function sentenceText(tokens: string[]): string {
  let out = '';
  let straightOpen = false;
  let glueNext = true;
  for (const t of tokens) {
    let space = !glueNext && !NO_SPACE_BEFORE.has(t);
    let glue = NO_SPACE_AFTER.has(t);
    if (t === '"') {
      if (straightOpen) space = false; else glue = true;
      straightOpen = !straightOpen;
    }
    out += (space && out.length ? ' ' : '') + t;
    glueNext = glue;
  }
  return out;
}

/** The pseudo-articles, `ar-anercorp/ac-001.txt` first; empty when the file is absent. */
export function anercorpArticles(dataDir: string): Array<{ file: string; text: string }> {
  const path = join(dataDir, 'ner', 'anercorp-train.txt');
  if (!existsSync(path)) return [];
  const tokens = readFileSync(path, 'utf8').split('\n').map((l) => l.split(' ')[0]).filter((t) => t.length > 0);
  const sentences = sentencesOf(tokens);
  const out: Array<{ file: string; text: string }> = [];
  for (let i = 0; i < sentences.length; i += SENTENCES_PER_FILE) {
    const text = `${sentences.slice(i, i + SENTENCES_PER_FILE).map(sentenceText).join('\n')}\n`;
    out.push({ file: `${ANERCORP_FOLDER}/ac-${String(out.length + 1).padStart(3, '0')}.txt`, text });
  }
  return out;
}
