import { positionFeatures, sentenceContext, wordIdentityFeature, type Lang, type WordInfo } from './features';
import type { Resources } from '../resources';
import { L, LABELS, toBio, viterbi, type ScoringModel } from './perceptron';

/** The summed weights of a word's own and neighbour features, cached on the word's info. */
function wordScores(info: WordInfo, model: ScoringModel): Float64Array {
  let s = info.scores;
  if (!s || info.scoredBy !== model) {
    s = new Float64Array(5 * L);
    model.score(info.self, s, 0);
    model.score(info.prev, s, L);
    model.score(info.prev2, s, 2 * L);
    model.score(info.next, s, 3 * L);
    model.score(info.next2, s, 4 * L);
    info.scores = s;
    info.scoredBy = model;
  }
  return s;
}

/**
 * BIO tags of one sentence's tokens by the trained tagger alone (all O when no model is
 * available). The tokens are written words as in ANERcorp/CoNLL: clitics attached.
 */
export function tagWithModel(words: string[], lang: Lang, resources: Resources): string[] {
  const model = resources.taggerModel(lang);
  if (!model || words.length === 0) return words.map(() => 'O');
  const context = sentenceContext(words, lang, resources);
  const { infos, none } = context;
  const n = words.length;
  const emissions = new Float64Array(n * L);
  const noneScores = wordScores(none, model);
  for (let i = 0; i < n; i++) {
    const row = i * L;
    const self = wordScores(infos[i], model);
    const p1 = i > 0 ? wordScores(infos[i - 1], model) : noneScores;
    const p2 = i > 1 ? wordScores(infos[i - 2], model) : noneScores;
    const n1 = i + 1 < n ? wordScores(infos[i + 1], model) : noneScores;
    const n2 = i + 2 < n ? wordScores(infos[i + 2], model) : noneScores;
    for (let l = 0; l < L; l++) emissions[row + l] = self[l] + p1[L + l] + p2[2 * L + l] + n1[3 * L + l] + n2[4 * L + l];
    model.score(positionFeatures(infos, i, lang, context.spans, context.capsLine, none), emissions, row);
  }
  return viterbi(emissions, n, model.transitions).map((l) => toBio(LABELS[l]));
}

/**
 * Did training, or the tagger's reading of unlabelled text (name-rates.ts), see this word (a
 * match key) often and almost never in a name? `كتب` (wrote) after `ليوبوف ستيبوشوفا` is no
 * family name. False for unseen words and without a model. `trainingOnly`: the place rules ask
 * training alone, since local places are named by ordinary words (حمراء الأسد) that Wikipedia
 * reads as words.
 */
export function isCommonWord(key: string, lang: Lang, resources: Resources, trainingOnly = false): boolean {
  const identity = wordIdentityFeature(key);
  if (resources.taggerModel(lang)?.isCommon(identity)) return true;
  return !trainingOnly && (resources.nameRates(lang)?.isCommon(identity) ?? false);
}
