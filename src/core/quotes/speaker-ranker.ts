/**
 * Picks a quotation's speaker among its candidates (speaker-candidates.ts) by a linear score
 * of their features: the weights are learned on the tuning gold by an averaged perceptron
 * (scripts/quotes/train-speakers.ts, `npm run train -- speakers`) and ship in
 * models/speakers.json. Each language has its own weights (`ar:…`, `en:…`), learned and
 * regularised apart: the Arabic and English rules fail in different ways.
 */
import type { Span } from '../types';
import type { Candidate } from './speaker-candidates';

export interface SpeakerModel {
  /** Feature name → weight. */
  weights: Record<string, number>;
}

/** Picks one candidate's index for the quotation at `quote`. */
export type SpeakerRanker = (candidates: readonly Candidate[], lang: 'ar' | 'en', quote: Span) => number;

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
  return (candidates, lang) => {
    let best = 0;
    let bestScore = -Infinity;
    candidates.forEach((c, i) => {
      if (c.overruled) return;
      const z = scoreCandidate(model, c, lang);
      if (z > bestScore) { best = i; bestScore = z; }
    });
    return best;
  };
}

let shipped: SpeakerRanker | null | undefined;

/** The ranker of models/speakers.json, loaded on first use (bundled by esbuild); null without one. */
export function shippedSpeakerRanker(): SpeakerRanker | null {
  if (shipped === undefined) {
    try {
      /* eslint-disable-next-line @typescript-eslint/no-require-imports */
      shipped = rankWith(require('../../../models/speakers.json') as SpeakerModel);
    } catch {
      shipped = null;
    }
  }
  return shipped;
}
