/**
 * Passages of Arabic Wikipedia that quote someone, as pseudo-articles for a blind quotation round
 * (scripts/eval/gold/arwiki-quotes-ar-training.jsonl; the gold README says how it was made). The
 * text is ../shared/data/unlabelled/arwiki-2017.txt.gz (2017, CC BY-SA 4.0), modern Arabic like
 * the articles users read, and what is learned from it may ship (models/NOTICE).
 *
 * Chosen by a rule, never by the recogniser: every document, in the file's order, with a paragraph
 * where a quotation mark opens within 60 characters after a speech verb gives one file: its title
 * line, then each such paragraph with the paragraphs right before and after it (where a speaker
 * is introduced, where a quotation goes on), in order, a blank line between, at most 6 000
 * characters. Deterministic: the gold's offsets and sha1 depend on it byte for byte.
 *
 * scripts/eval/gold/write-arwiki-articles.ts writes them to files for the annotation helper.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const ARWIKI_FOLDER = 'ar-arwiki';
const MAX_CHARS = 6000;
/** A speech verb, then a quotation mark opening within 60 characters on the same line. */
const QUOTED_SPEECH = /(^|[\s\u0648\u0641])(قال|قالت|أضاف|أضافت|صرح|صرحت|أكد|أكدت|أعلن|أعلنت|ذكر|ذكرت|أوضح|أوضحت)[^\n]{0,60}?[«"“]/;

interface WikiDoc { title: string; paragraphs: string[] }

function documentsOf(wiki: string): WikiDoc[] {
  const docs: WikiDoc[] = [];
  for (const chunk of wiki.split('<doc ').slice(1)) {
    const header = /title="([^"]*)"/.exec(chunk);
    const body = chunk.slice(chunk.indexOf('>') + 1, chunk.includes('</doc>') ? chunk.indexOf('</doc>') : undefined);
    const paragraphs = body.split('\n').map((p) => p.trim()).filter((p) => p.length > 0);
    // The first paragraph repeats the title.
    if (paragraphs.length > 0 && header && paragraphs[0] === header[1]) paragraphs.shift();
    docs.push({ title: header?.[1] ?? '', paragraphs });
  }
  return docs;
}

/** The passage text of one document, or null when no paragraph quotes anyone. */
function passageOf(doc: WikiDoc): string | null {
  const keep = new Set<number>();
  doc.paragraphs.forEach((p, i) => {
    if (!QUOTED_SPEECH.test(p)) return;
    for (const k of [i - 1, i, i + 1]) if (k >= 0 && k < doc.paragraphs.length) keep.add(k);
  });
  if (keep.size === 0) return null;
  let text = doc.title;
  for (const k of [...keep].sort((a, b) => a - b)) {
    if (text.length + 2 + doc.paragraphs[k].length > MAX_CHARS) break;
    text += `\n\n${doc.paragraphs[k]}`;
  }
  return `${text}\n`;
}

/** The pseudo-articles, `ar-arwiki/aw-001.txt` …; empty when the Wikipedia file is absent. */
export function arwikiArticles(dataDir: string): { file: string; text: string }[] {
  const path = join(dataDir, 'unlabelled', 'arwiki-2017.txt.gz');
  if (!existsSync(path)) return [];
  const out: { file: string; text: string }[] = [];
  for (const doc of documentsOf(gunzipSync(readFileSync(path)).toString('utf8'))) {
    const text = passageOf(doc);
    if (text !== null) out.push({ file: `${ARWIKI_FOLDER}/aw-${String(out.length + 1).padStart(3, '0')}.txt`, text });
  }
  return out;
}
