import { strict as assert } from 'node:assert';
import { decodeNameRate, encodeNameRate, NAME_RATE_TYPES, unpackNameRates, type NameRate } from '../../src/core/entities/name-rates';
import { wordIdentityFeature, wordInfo } from '../../src/core/entities/features';
import { createResources } from '../../src/core/resources';
import { packNameRates } from '../../scripts/clusters/name-rates';
import { isCommonWord } from '../../src/core/entities/tagger';

const rates = (pairs: Array<[string, NameRate]>) => packNameRates(new Map(pairs.map(([w, r]) => [wordIdentityFeature(w), encodeNameRate(r)])));

describe('name rates', () => {
  it('every code decodes to the rate it was made from', () => {
    for (const type of NAME_RATE_TYPES) {
      for (let rate = 0; rate < 5; rate++) {
        for (let count = 0; count < 4; count++) assert.deepEqual(decodeNameRate(encodeNameRate({ type, rate, count })), { type, rate, count });
      }
    }
  });

  it('finds each packed word and nothing else; a negative code is left out', () => {
    const packed = packNameRates(new Map([[wordIdentityFeature('ستيبوشوفا'), encodeNameRate({ type: 'PER', rate: 4, count: 1 })], [wordIdentityFeature('كتب'), -1]]));
    const table = unpackNameRates(packed);
    assert.deepEqual(table.rateOf(wordIdentityFeature('ستيبوشوفا')), { type: 'PER', rate: 4, count: 1 });
    assert.equal(table.rateOf(wordIdentityFeature('كتب')), null);
    assert.equal(table.rateOf(wordIdentityFeature('موسكو')), null);
  });

  it('two words with the same rate share its features, also as neighbours; without rates they share fewer', () => {
    const packed = rates([['ستيبوشوفا', { type: 'PER', rate: 4, count: 1 }], ['كوزنيتسوفا', { type: 'PER', rate: 4, count: 1 }]]);
    const withRates = createResources({ nameRates: packed, wordClusters: null, taggerModels: {} });
    const without = createResources({ nameRates: null, wordClusters: null, taggerModels: {} });
    const shared = (x: number[], y: number[]) => x.filter((f) => y.includes(f)).length;
    const a = wordInfo('ستيبوشوفا', 'ar', withRates), b = wordInfo('كوزنيتسوفا', 'ar', withRates);
    const aPlain = wordInfo('ستيبوشوفا', 'ar', without), bPlain = wordInfo('كوزنيتسوفا', 'ar', without);
    assert.equal(shared(a.self, b.self), shared(aPlain.self, bPlain.self) + 2);
    assert.equal(shared(a.prev, b.prev), shared(aPlain.prev, bPlain.prev) + 1);
    assert.equal(shared(a.next, b.next), shared(aPlain.next, bPlain.next) + 1);
    // A clitic-carrying form unknown to the rates takes its stem's rate.
    assert.equal(wordInfo('وستيبوشوفا', 'ar', withRates).self.length, wordInfo('وستيبوشوفا', 'ar', without).self.length + 2);
    // English never reads the Arabic rates.
    assert.deepEqual(wordInfo('Stepushova', 'en', withRates).self, wordInfo('Stepushova', 'en', without).self);
  });

  it('a word the unlabelled text read often and never as a name is an ordinary word for the rules; other words are not', () => {
    const packed = packNameRates(new Map([[wordIdentityFeature('ستيبوشوفا'), encodeNameRate({ type: 'PER', rate: 4, count: 1 })]]), new Set([wordIdentityFeature('يوضح')]));
    const withRates = createResources({ nameRates: packed, wordClusters: null, taggerModels: {} });
    const without = createResources({ nameRates: null, wordClusters: null, taggerModels: {} });
    assert.equal(isCommonWord('يوضح', 'ar', withRates), true);
    assert.equal(isCommonWord('يوضح', 'ar', without), false);
    assert.equal(isCommonWord('ستيبوشوفا', 'ar', withRates), false);
    assert.equal(isCommonWord('يوضح', 'en', withRates), false);
  });
});
