import { sentenceFeatures, wordIdentityFeature, type Lang } from './features';
import { taggerModel } from './model';
import { L, LABELS, viterbi, type Label } from './perceptron';

/**
 * BIO labels of one sentence's tokens by the trained tagger alone (all O when no model is
 * available). The tokens are written words as in ANERcorp/CoNLL: clitics attached.
 */
export function tagWithModel(words: string[], lang: Lang): Label[] {
  const model = taggerModel(lang);
  if (!model || words.length === 0) return words.map(() => 'O');
  const feats = sentenceFeatures(words, lang);
  const emissions = new Float64Array(words.length * L);
  const row = new Float64Array(L);
  feats.forEach((f, i) => {
    row.fill(0);
    model.score(f, row);
    emissions.set(row, i * L);
  });
  return viterbi(emissions, words.length, model.transitions).map((l) => LABELS[l]);
}

const commonWords = new Map<string, boolean>();

/**
 * Did training see this word (a match key) mostly outside names? True when the model's weights
 * for the word itself clearly favour O: `كتب` (wrote) after `ليوبوف ستيبوشوفا` is no family name.
 * False for unseen words and without a model.
 */
export function isCommonWord(key: string, lang: Lang): boolean {
  const cacheKey = lang + key;
  let common = commonWords.get(cacheKey);
  if (common === undefined) {
    const w = taggerModel(lang)?.weightsOf(wordIdentityFeature(key));
    let other = -Infinity;
    if (w) for (let l = 1; l < w.length; l++) other = Math.max(other, w[l]);
    common = !!w && w[0] - other > 0.5;
    if (commonWords.size > 50000) commonWords.clear();
    commonWords.set(cacheKey, common);
  }
  return common;
}
