/**
 * Picks a quotation's speaker among its candidates (speaker-candidates.ts) by a linear score
 * of their features: the weights are learned on the tuning gold by an averaged perceptron
 * (scripts/quotes/train-speakers.ts, `npm run train -- speakers`) and ship in
 * models/speakers.json. Each language has its own weights (`ar:…`, `en:…`), learned and
 * regularised apart: the Arabic and English rules fail in different ways.
 */
import type { Span } from '../types';
import type { Candidate } from './speaker-candidates';
import { loadedOnFirstUse } from '../shipped-model';

export interface SpeakerModel {
  /** Feature name → weight. */
  weights: Record<string, number>;
}

/** Picks one candidate's index for the quotation at `quote`. */
export interface SpeakerRanker {
  (candidates: readonly Candidate[], lang: 'ar' | 'en', quote: Span): number;
  /**
   * How sure the model is of the candidate at `index`: its probability among the candidates not
   * overruled (the softmax of their scores, the model's own training objective). Absent for a
   * ranker that is no model (the training script's, a test's).
   */
  confidence?: (candidates: readonly Candidate[], lang: 'ar' | 'en', index: number) => number;
}

export function featureKeys(features: readonly string[], lang: 'ar' | 'en'): string[] {
  return features.map((f) => `${lang}:${f}`);
}

export function scoreCandidate(model: SpeakerModel, candidate: Candidate, lang: 'ar' | 'en'): number {
  let z = 0;
  for (const f of candidate.features) z += model.weights[`${lang}:${f}`] ?? 0;
  return z;
}

/** The best-scoring candidate not overruled (the first on a tie: the empty one, then the rules' pick). */
export function rankWith(model: SpeakerModel): SpeakerRanker {
  const ranker: SpeakerRanker = (candidates, lang) => {
    let best = 0;
    let bestScore = -Infinity;
    candidates.forEach((c, i) => {
      if (c.overruled) return;
      const z = scoreCandidate(model, c, lang);
      if (z > bestScore) { best = i; bestScore = z; }
    });
    return best;
  };
  ranker.confidence = (candidates, lang, index) => {
    const scores = candidates.map((c) => (c.overruled ? -Infinity : scoreCandidate(model, c, lang)));
    const top = Math.max(...scores);
    if (!Number.isFinite(scores[index] ?? -Infinity)) return 0;
    let total = 0;
    for (const z of scores) total += Math.exp(z - top);
    return Math.exp(scores[index] - top) / total;
  };
  return ranker;
}

/**
 * Below this the ranker's pick is shown as unsure (`— بوتين؟`, "not sure" in the hover). Measured
 * on the Arabic pools' tuning part: 93% of the speakers picked with at least this probability were
 * right and 65% of the others (ANERcorp's validation round: 87% and 51%; English pools: 95% and
 * 78%).
 */
export const SURE_SPEAKER = 0.9;

/**
 * Whether a quotation's speaker was picked with less than SURE_SPEAKER probability; a speaker the
 * user set (a confirmed quotation) is never unsure.
 */
export function unsureSpeaker(quote: { speaker: unknown; speakerConfidence?: number; confirmed?: true }): boolean {
  return !quote.confirmed && quote.speaker !== null && quote.speakerConfidence !== undefined && quote.speakerConfidence < SURE_SPEAKER;
}

/** The ranker of models/speakers.json, loaded on first use (bundled by esbuild); null without one. */
/* eslint-disable-next-line @typescript-eslint/no-require-imports */
export const shippedSpeakerRanker = loadedOnFirstUse(() => rankWith(require('../../../models/speakers.json') as SpeakerModel));
