import { findDataDir } from '../eval/data-dir';
import { evaluateAblation, evaluateNames } from '../eval/ner';
import { evaluateArticleNames } from '../eval/names-articles';
import { evaluateQuotes } from '../eval/quotes';
import { evaluateDetection } from '../eval/detection';
import { withoutFromArgs } from '../eval/without';

async function main(): Promise<void> {
  const dataDir = findDataDir();
  if (!dataDir) {
    console.log('eval: ../shared/data is absent (set NEWS_LENS_DATA to its folder); nothing to evaluate.');
    return;
  }
  // `npm run eval -- detect` measures detection alone (seconds; the rest takes minutes).
  if (process.argv[2] === 'quotes') {
    // `npm run eval -- quotes [--tuning] [--misses]`: the quotation tables alone (seconds).
    await evaluateQuotes(dataDir, {});
    return;
  }
  evaluateDetection(dataDir);
  if (process.argv[2] === 'detect') return;
  const without = withoutFromArgs(process.argv.slice(2));
  if (without.size) console.log(`eval: without ${[...without].join(', ')}`);
  await evaluateNames(dataDir, { without });
  await evaluateArticleNames(dataDir, { without });
  await evaluateAblation(dataDir, { without });
  await evaluateQuotes(dataDir, { without });
}

main().catch((err) => {
  console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
