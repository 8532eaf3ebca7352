import { readFileSync } from 'node:fs';
import { recogniseDocument, spansToBio } from '../core/entities/recognise';
import { documentsForNames, parseTokenFile } from '../core/entities/tokenFile';

/**
 * `news-lens tag --lang ar|en FILE`: tags a one-token-per-line file (first column) with the
 * full recogniser and prints `token<TAB>tag` per line; blank and -DOCSTART- lines stay in place.
 * Each -DOCSTART- section is one document for name consistency (a file without any is cut into
 * article-sized chunks).
 */
export function runTag(args: string[]): number {
  const langAt = args.indexOf('--lang');
  const lang = langAt >= 0 ? args[langAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && i !== langAt + 1);
  if ((lang !== 'ar' && lang !== 'en') || !file) {
    process.stderr.write('usage: news-lens tag --lang ar|en FILE\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(`tag: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const parsed = parseTokenFile(text);
  const tags = new Array<string>(parsed.lines.length).fill('O');
  for (const doc of documentsForNames(parsed)) {
    const results = recogniseDocument(doc.map((s) => s.map((i) => parsed.lines[i].token)), lang);
    doc.forEach((sentence, si) => {
      spansToBio(sentence.length, results[si].spans).forEach((tag, k) => (tags[sentence[k]] = tag));
    });
  }
  const out = parsed.lines.map((line, i) => (line.kind === 'blank' ? '' : line.kind === 'doc' ? line.token : `${line.token}\t${tags[i]}`));
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
