import { sentenceFeatures, type Lang } from './features';
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
