/**
 * Our real-article name gold (scripts/eval/gold, modern articles, the product's own conventions)
 * as tagged sentences for the tagger: the nearest text to what users read there is. Only the
 * tuning part is read, so the test part stays unseen. What ships may only learn from the shared
 * articles (`ar/`, `en/`, research use); the pools' terms allow development and evaluation only,
 * and the reference article is for reference: `withPool` (measurement models that are never
 * shipped) adds the pools' tuning part.
 *
 * The text is cut as the analysis cuts it (paragraphs, sentences, written words with their
 * clitics), and a word takes the type of the gold name it overlaps: the gold's spans leave
 * clitics out (و|بوتين), the tagger's tokens keep them, as in ANERcorp. The gold marks no MISC:
 * such words count as outside a name, which the article scores (PER/ORG/LOC only) never see.
 */
import { readFileSync } from 'node:fs';
import { goldRecords } from '../eval/names-articles';
import { analyzeStructure } from '../../src/core/structure';
import { documentSentences } from '../../src/core/entities';
import type { TaggedSentence } from './extra-corpora';

/**
 * Tagged sentences of the tuning articles in one language. NER_ARTICLES_EXCLUDE names a file
 * listing article paths (one per line) to leave out: a held-out slice for measuring what this
 * data brings on articles the tagger did not see.
 */
export function articleGoldSentences(dataDir: string, lang: 'ar' | 'en', withPool = false): TaggedSentence[] {
  const excludeFile = process.env.NER_ARTICLES_EXCLUDE;
  const excluded = new Set(excludeFile ? readFileSync(excludeFile, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : []);
  const out: TaggedSentence[] = [];
  for (const { record, text } of goldRecords(dataDir, 'tuning', lang)) {
    if (excluded.has(record.file) || !(record.file.startsWith(`${lang}/`) || (withPool && record.file.startsWith(`${lang}-pool/`)))) continue;
    const entities = [...record.entities].sort((a, b) => a.start - b.start);
    const { sentenceTokens } = documentSentences(text, analyzeStructure(text));
    for (const tokens of sentenceTokens) {
      let previous: (typeof entities)[number] | undefined;
      const tags = tokens.map((t) => {
        const e = entities.find((g) => g.start < t.end && t.start < g.end);
        const tag = !e ? 'O' : `${e === previous ? 'I' : 'B'}-${e.type}`;
        previous = e;
        return tag;
      });
      out.push({ words: tokens.map((t) => t.text), tags });
    }
  }
  return out;
}
