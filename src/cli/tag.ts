import { recogniseDocument, spansToBio } from '../core/entities/recognise';
import { documentsForNames, parseTokenFile } from '../core/entities/tokenFile';
import { parseArgs, UsageError } from './args';
import { TAG_HELP, TAG_USAGE } from './help';
import { failureLine, readArticleFile } from './read-article';

/**
 * `news-lens tag --lang ar|en FILE`: tags a one-token-per-line file (first column) with the
 * full recogniser and prints `token<TAB>tag` per line; blank and -DOCSTART- lines stay in place.
 * Each -DOCSTART- section is one document for name consistency (a file without any is cut into
 * article-sized chunks).
 */
export async function runTag(args: string[]): Promise<number> {
  const { options, operands } = parseArgs(args, { '--lang': 'value', '--help': 'flag', '-h': 'flag' }, TAG_USAGE);
  if (options.has('--help') || options.has('-h')) {
    process.stdout.write(TAG_HELP + '\n');
    return 0;
  }
  const lang = options.get('--lang');
  if (lang === undefined) throw new UsageError('tag needs --lang ar or --lang en', TAG_USAGE);
  if (lang !== 'ar' && lang !== 'en') throw new UsageError(`unknown language '${lang}' (ar or en)`, TAG_USAGE);
  if (operands.length !== 1) throw new UsageError(`tag takes exactly one FILE (${operands.length} given)`, TAG_USAGE);
  const [file] = operands;
  let output: string;
  try {
    output = tagTokens(await readArticleFile(file), lang);
  } catch (err) {
    process.stderr.write(`news-lens: ${failureLine(file, err)}\n`);
    return 1;
  }
  process.stdout.write(output);
  return 0;
}

function tagTokens(text: string, lang: 'ar' | 'en'): string {
  const parsed = parseTokenFile(text);
  const tags = new Array<string>(parsed.lines.length).fill('O');
  for (const doc of documentsForNames(parsed)) {
    const results = recogniseDocument(doc.map((s) => s.map((i) => parsed.lines[i].token)), lang);
    doc.forEach((sentence, si) => {
      spansToBio(sentence.length, results[si].spans).forEach((tag, k) => (tags[sentence[k]] = tag));
    });
  }
  const out = parsed.lines.map((line, i) => (line.kind === 'blank' ? '' : line.kind === 'doc' ? line.token : `${line.token}\t${tags[i]}`));
  return out.join('\n') + '\n';
}
