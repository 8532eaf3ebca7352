/**
 * Writes the ANERcorp pseudo-articles (../anercorp-articles.ts) to OUT_DIR/ar-anercorp/ac-001.txt …
 * so the annotation helper can read them:
 *   node -r ./scripts/ts-register.cjs scripts/eval/gold/write-anercorp-articles.ts OUT_DIR
 *   NEWS_LENS_ARTICLES=OUT_DIR node scripts/eval/gold/annotate.mjs quotes ar-anercorp/ac-001.txt
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANERCORP_FOLDER, anercorpArticles } from '../anercorp-articles';
import { findDataDir } from '../data-dir';

const outDir = process.argv[2];
const dataDir = findDataDir();
if (!outDir || !dataDir) {
  console.error(outDir ? 'write-anercorp-articles: ../shared/data is absent (NEWS_LENS_DATA)' : 'usage: write-anercorp-articles.ts OUT_DIR');
  process.exit(2);
}
mkdirSync(join(outDir, ANERCORP_FOLDER), { recursive: true });
const articles = anercorpArticles(dataDir);
for (const a of articles) writeFileSync(join(outDir, a.file), a.text);
console.log(`write-anercorp-articles: ${articles.length} files in ${join(outDir, ANERCORP_FOLDER)}`);
