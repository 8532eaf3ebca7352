import { strict as assert } from 'node:assert';
import { CLUSTER_BRANCH, CLUSTER_LEVELS, unpackClusters, type PackedClusters } from '../../src/core/entities/clusters';
import { wordIdentityFeature, wordInfo } from '../../src/core/entities/features';
import { createResources } from '../../src/core/resources';
import { joinClitics } from '../../scripts/ner-data/extra-corpora';

/** Packs word → class pairs the way scripts/clusters/word-clusters.ts writes them. */
function pack(pairs: Array<[string, number]>, branch = CLUSTER_BRANCH, levels = CLUSTER_LEVELS): PackedClusters {
  const entries = pairs.map(([w, c]) => [wordIdentityFeature(w), c] as [number, number]).sort((a, b) => a[0] - b[0]);
  const keys = Buffer.alloc(entries.length * 4);
  const classes = Buffer.alloc(entries.length * 2);
  let prev = 0;
  entries.forEach(([h, c], r) => { keys.writeUInt32LE((h - prev) >>> 0, r * 4); prev = h; classes.writeUInt16LE(c, r * 2); });
  return { branch, levels, keys: keys.toString('base64'), classes: classes.toString('base64') };
}

describe('word clusters', () => {
  const packed = pack([['موسكو', 0b10_01_11_00_00_01], ['باريس', 0b10_01_11_00_00_10], ['قال', 0b00_10_00_00_00_00]]);
  const clusters = unpackClusters(packed);

  it('finds each packed word and nothing else', () => {
    assert.equal(clusters.classOf(wordIdentityFeature('موسكو')), 0b10_01_11_00_00_01);
    assert.equal(clusters.classOf(wordIdentityFeature('قال')), 0b00_10_00_00_00_00);
    assert.equal(clusters.classOf(wordIdentityFeature('لندن')), -1);
  });

  it('a coarser level is a prefix of the path: two cities share levels 1–5, not 6', () => {
    const a = clusters.classOf(wordIdentityFeature('موسكو')), b = clusters.classOf(wordIdentityFeature('باريس'));
    for (const level of [1, 2, 3, 4, 5]) assert.equal(clusters.prefix(a, level), clusters.prefix(b, level));
    assert.notEqual(clusters.prefix(a, 6), clusters.prefix(b, 6));
    assert.equal(clusters.prefix(a, 1), 0b10);
  });

  it('words in one class share class features; without classes the features are the same as before', () => {
    const withClasses = createResources({ wordClusters: packed, taggerModels: {} });
    const without = createResources({ wordClusters: null, taggerModels: {} });
    const shared = (x: number[], y: number[]) => x.filter((f) => y.includes(f)).length;
    const moscow = wordInfo('موسكو', 'ar', withClasses), paris = wordInfo('باريس', 'ar', withClasses);
    const moscowPlain = wordInfo('موسكو', 'ar', without), parisPlain = wordInfo('باريس', 'ar', without);
    assert.ok(shared(moscow.self, paris.self) > shared(moscowPlain.self, parisPlain.self));
    assert.ok(shared(moscow.prev, paris.prev) > shared(moscowPlain.prev, parisPlain.prev));
    // A clitic-carrying form unknown to the classes takes its stem's class.
    assert.ok(shared(wordInfo('وموسكو', 'ar', withClasses).self, moscow.self) > shared(wordInfo('وموسكو', 'ar', without).self, moscowPlain.self));
    // English never reads the Arabic classes.
    assert.deepEqual(wordInfo('Paris', 'en', withClasses).self, wordInfo('Paris', 'en', without).self);
  });
});

describe('extra corpora: WikiFANE clitics joined back onto their words', () => {
  const cases: Array<[string, string[], string[], string[], string[]]> = [
    ['proclitic and enclitic', ['و', 'كتاب', 'ه'], ['O', 'O', 'O'], ['وكتابه'], ['O']],
    ['ل before the article writes لل', ['ل', 'الولايات', 'المتحدة'], ['O', 'B-LOC', 'I-LOC'], ['للولايات', 'المتحدة'], ['B-LOC', 'I-LOC']],
    ['two proclitics', ['و', 'ب', 'مصر'], ['O', 'O', 'B-LOC'], ['وبمصر'], ['B-LOC']],
    ['taa marbuta before an enclitic', ['حكومة', 'ها'], ['O', 'O'], ['حكومتها'], ['O']],
    ['a proclitic before punctuation stays a word', ['و', '.'], ['O', 'O'], ['و', '.'], ['O', 'O']],
    ['a name keeps its tag with و written on', ['و', 'محمد', 'علي'], ['O', 'B-PER', 'I-PER'], ['ومحمد', 'علي'], ['B-PER', 'I-PER']],
  ];
  for (const [name, words, tags, wantWords, wantTags] of cases) {
    it(name, () => {
      const got = joinClitics({ words, tags });
      assert.deepEqual(got.words, wantWords);
      assert.deepEqual(got.tags, wantTags);
    });
  }
});
