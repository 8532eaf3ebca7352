import { resolve } from 'node:path';
import { articleConfidence, ARTICLE_THRESHOLD, UNSURE_BAND as UNSURE } from '../../src/core/structure/detect';
import { ARTICLE_VARIANTS, loadDetectionCorpus, type Sample } from '../detect/corpus';
import { EVALUATION_ONLY_SETS } from '../detect/train-detection';

const row = (cells: (string | number)[]): void => console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 36 : 10)).join(''));

/**
 * Article detection per set and part: how many texts are taken for articles (every article
 * should be; no negative should), how many fall in the unsure band, and the hardest test texts.
 */
export function evaluateDetection(dataDir: string): void {
  const corpus = loadDetectionCorpus(dataDir, resolve(process.cwd()));
  const scored = corpus.map((s) => ({ s, p: articleConfidence(s.text) }));
  console.log(`\nArticle detection (models/detect.json): the train parts were learned from, the test parts never seen; ${[...EVALUATION_ONLY_SETS].join(', ')} were never learned from at all`);
  row(['set', 'part', 'texts', 'articles', 'correct', 'unsure']);
  const sets = [...new Set(corpus.map((s) => s.set))];
  const total = { train: [0, 0], test: [0, 0] };
  for (const set of sets) {
    for (const part of ['train', 'test'] as const) {
      const items = scored.filter((x) => x.s.set === set && x.s.part === part);
      if (!items.length) continue;
      const detected = items.filter((x) => x.p >= ARTICLE_THRESHOLD).length;
      const correct = items.filter((x) => (x.p >= ARTICLE_THRESHOLD) === x.s.isArticle).length;
      const unsure = items.filter((x) => x.p >= UNSURE[0] && x.p < UNSURE[1]).length;
      row([set, part, items.length, detected, `${correct}/${items.length}`, unsure]);
      total[part][0] += correct;
      total[part][1] += items.length;
    }
  }
  row(['all', 'train', total.train[1], '', `${total.train[0]}/${total.train[1]}`, '']);
  row(['all', 'test', total.test[1], '', `${total.test[0]}/${total.test[1]}`, '']);
  for (const [name, shape] of ARTICLE_VARIANTS) {
    const items = corpus.filter((s) => s.isArticle && s.part === 'test');
    const detected = items.filter((s) => articleConfidence(shape(s.text)) >= ARTICLE_THRESHOLD).length;
    row([`articles ${name}`, 'test', items.length, detected, `${detected}/${items.length}`, '']);
  }
  const wrongness = (x: { s: Sample; p: number }): number => (x.s.isArticle ? 1 - x.p : x.p);
  const unseen = (s: Sample): boolean => s.part === 'test' || EVALUATION_ONLY_SETS.has(s.set);
  const pools = scored.filter((x) => EVALUATION_ONLY_SETS.has(x.s.set));
  row(['never learned from',  'both', pools.length, '', `${pools.filter((x) => x.p >= ARTICLE_THRESHOLD).length}/${pools.length}`, '']);
  const hardest = scored.filter((x) => unseen(x.s)).sort((a, b) => wrongness(b) - wrongness(a)).slice(0, 10);
  console.log('Hardest unseen texts (test parts and pools; confidence that it is an article):');
  for (const x of hardest) console.log(`  ${x.p.toFixed(3)}  ${x.s.isArticle ? 'article    ' : 'not article'}  ${x.s.key}`);
}
