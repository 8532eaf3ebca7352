import { findDataDir } from '../eval/data-dir';
import { evaluateNames } from '../eval/ner';
import { evaluateArticleNames } from '../eval/names-articles';
import { evaluateQuotes } from '../eval/quotes';
import { withoutFromArgs } from '../eval/without';

async function main(): Promise<void> {
  const dataDir = findDataDir();
  if (!dataDir) {
    console.log('eval: ../shared/data is absent (set NEWS_LENS_DATA to its folder); nothing to evaluate.');
    return;
  }
  const without = withoutFromArgs(process.argv.slice(2));
  if (without.size) console.log(`eval: without ${[...without].join(', ')}`);
  await evaluateNames(dataDir, { without });
  await evaluateArticleNames(dataDir, { without });
  await evaluateQuotes(dataDir, { without });
}

main().catch((err) => {
  console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
