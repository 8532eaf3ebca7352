/**
 * Writes the pseudo-articles rebuilt from ANERcorp (../anercorp-articles.ts) or Arabic Wikipedia
 * (../arwiki-articles.ts) to OUT_DIR/ar-anercorp/ac-001.txt … or OUT_DIR/ar-arwiki/aw-001.txt …
 * so the annotation helper can read them:
 *   node -r ./scripts/ts-register.cjs scripts/eval/gold/write-rebuilt-articles.ts anercorp|arwiki OUT_DIR
 *   NEWS_LENS_ARTICLES=OUT_DIR node scripts/eval/gold/annotate.mjs quotes ar-arwiki/aw-001.txt
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { anercorpArticles } from '../anercorp-articles';
import { arwikiArticles } from '../arwiki-articles';
import { findDataDir } from '../data-dir';

const [corpus, outDir] = process.argv.slice(2);
const dataDir = findDataDir();
const rebuild = corpus === 'anercorp' ? anercorpArticles : corpus === 'arwiki' ? arwikiArticles : null;
if (!rebuild || !outDir || !dataDir) {
  console.error(rebuild && outDir ? 'write-rebuilt-articles: ../shared/data is absent (NEWS_LENS_DATA)' : 'usage: write-rebuilt-articles.ts anercorp|arwiki OUT_DIR');
  process.exit(2);
}
const articles = rebuild(dataDir);
for (const a of articles) {
  mkdirSync(dirname(join(outDir, a.file)), { recursive: true });
  writeFileSync(join(outDir, a.file), a.text);
}
console.log(`write-rebuilt-articles: ${articles.length} files under ${outDir}`);
