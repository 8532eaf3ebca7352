import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findDataDir } from '../../scripts/eval/data-dir';
import { loadRebuiltQuotes, type RebuiltCorpus, type RebuiltRound } from '../../scripts/eval/rebuilt-quotes';

/**
 * The quotation gold annotated on rebuilt text (ANERcorp's token file, Arabic Wikipedia's
 * passages): each record's offsets hold only while the text rebuilds byte for byte, which its sha1
 * checks. A fresh clone has no ../shared/data, and the checks skip there.
 */
const SOURCES: { corpus: RebuiltCorpus; file: string; records: number }[] = [
  { corpus: 'anercorp', file: join('ner', 'anercorp-train.txt'), records: 70 },
  { corpus: 'arwiki', file: join('unlabelled', 'arwiki-2017.txt.gz'), records: 95 },
];

describe('quotation gold on rebuilt text: every record still matches its text', () => {
  for (const { corpus, file, records } of SOURCES) {
    for (const round of ['validation', 'training'] as RebuiltRound[]) {
      it(`${corpus}, round ${round}`, function () {
        // Rebuilding reads the whole source (Wikipedia: 8.4 million words, gzipped) each time.
        this.timeout(30_000);
        const dataDir = findDataDir();
        if (!dataDir || !existsSync(join(dataDir, file))) this.skip();
        const { articles, skipped } = loadRebuiltQuotes(dataDir!, corpus, round);
        assert.deepEqual(skipped, []);
        assert.ok(articles.length >= records, `${articles.length} records`);
      });
    }
  }
});
