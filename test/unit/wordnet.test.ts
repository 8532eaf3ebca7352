import { strict as assert } from 'node:assert';
import { unpackWordNet, WN_LOC, WN_MISC, WN_ORG, WN_PER, WN_PREFIX } from '../../src/core/entities/wordnet';
import { sentenceContext, wordInfo } from '../../src/core/entities/features';
import { createResources } from '../../src/core/resources';
import { packWordNet } from '../../scripts/gazetteer/wordnet-en';

// A small WordNet of our own: the packing and the lookups, not Princeton's data, are under test.
const packed = packWordNet(
  ['rally', 'company', 'make', 'stop', 'go', 'went', 'bush', 'new'],
  new Map([['Bush', WN_PER], ['Labour Party', WN_ORG], ['New York', WN_LOC], ['New York City', WN_LOC], ['World War II', WN_MISC]]),
);
const wordNet = unpackWordNet(packed);

describe('WordNet facts for English', () => {
  const ordinary: Array<[string, boolean]> = [
    ['rally', true], ['rallies', true], ['rallied', true], ['companies', true], ['making', true], ['makes', true],
    ['stopped', true], ['went', true], ['bushes', true],
    ['norvex', false], ['x', false], ['', false], ['labour', false],
  ];
  for (const [key, expected] of ordinary) {
    it(`'${key}' is ${expected ? '' : 'not '}an ordinary word`, () => assert.equal(wordNet.isWord(key), expected));
  }

  const codes: Array<[string, number]> = [
    ['bush', WN_PER], ['labour', WN_PREFIX], ['labour party', WN_ORG], ['new', WN_PREFIX], ['new york', WN_LOC | WN_PREFIX],
    ['new york city', WN_LOC], ['world war', WN_PREFIX], ['world war ii', WN_MISC], ['party', 0], ['york', 0],
  ];
  for (const [phrase, code] of codes) {
    it(`'${phrase}' has code ${code}`, () => assert.equal(wordNet.codeOf(phrase), code));
  }

  it('marks the longest listed name in a sentence, and none where a prefix leads nowhere', () => {
    const resources = createResources({ wordNet: packed, taggerModels: {} });
    const { spans } = sentenceContext(['He', 'left', 'New', 'York', 'City', 'for', 'New', 'Delhi', 'and', 'the', 'Labour', 'Party'], 'en', resources);
    assert.deepEqual(spans.wordNet, ['', '', `B${WN_LOC}`, `I${WN_LOC}`, `I${WN_LOC}`, '', '', '', '', '', `B${WN_ORG}`, `I${WN_ORG}`]);
  });

  it('adds features to English words only, and none without WordNet', () => {
    const withIt = createResources({ wordNet: packed, taggerModels: {} });
    const without = createResources({ wordNet: null, taggerModels: {} });
    // Ordinary-or-not for itself and as each neighbour; a listed name's type three times more.
    assert.equal(wordInfo('Rally', 'en', withIt).self.length, wordInfo('Rally', 'en', without).self.length + 1);
    assert.equal(wordInfo('Bush', 'en', withIt).self.length, wordInfo('Bush', 'en', without).self.length + 2);
    assert.equal(wordInfo('Bush', 'en', withIt).next.length, wordInfo('Bush', 'en', without).next.length + 2);
    assert.equal(wordInfo('Rally', 'en', withIt).ordinary, 'w');
    assert.equal(wordInfo('Norvex', 'en', withIt).ordinary, 'n');
    assert.equal(wordInfo('Norvex', 'en', without).ordinary, '');
    assert.deepEqual(wordInfo('بوش', 'ar', withIt).self, wordInfo('بوش', 'ar', without).self);
  });
});
