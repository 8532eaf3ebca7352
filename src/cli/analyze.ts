import { analyzeArticle } from '../core/analysis';
import { toArticleJson, type ArticleJson } from '../core/json';
import { formatOutline } from './outline-text';
import { readArticleFile } from './read-article';

/** `news-lens analyze FILE... [--json]`: a readable outline, or the JSON contract documented in docs/cli.md. */
export function runAnalyze(args: string[]): number {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length === 0) {
    console.error('news-lens: analyze needs at least one FILE');
    return 1;
  }
  const results: ArticleJson[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readArticleFile(file);
    } catch (err) {
      console.error(`news-lens: ${(err as Error).message}`);
      return 1;
    }
    const analysis = analyzeArticle(text);
    if (json) results.push(toArticleJson(file, analysis));
    else process.stdout.write(formatOutline(file, text, analysis) + '\n');
  }
  if (json) process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
  return 0;
}
