/**
 * Speech or not, learned: a logistic model over kind-features.ts, whose weights start at and are
 * pulled back to the rules' verdict (kind.ts), so it overrules them only where the training gold
 * showed it pays. Trained by scripts/quotes/train-kinds.ts (`npm run train -- kinds`) on gold
 * that may ship (the shared dev gold and ANERcorp's training round), written to models/kinds.json.
 * A language without weights keeps the rules' verdict.
 */
import type { Span } from '../types';
import type { KindContext } from './kind';
import { kindFeatures } from './kind-features';
import { loadedOnFirstUse } from '../shipped-model';

export interface KindModel {
  /** `lang:feature` → weight; the bias is `lang:bias`. */
  weights: Record<string, number>;
}

/** Decides one quotation, given the rules' verdict; `quote` is its span (for training's look-ups). */
export type KindClassifier = (ctx: KindContext, ruleSpeech: boolean, quote: Span) => boolean;

/** The model's log-odds that the quotation is speech. */
export function kindScore(model: KindModel, features: readonly string[], lang: 'ar' | 'en'): number {
  let z = model.weights[`${lang}:bias`] ?? 0;
  for (const f of features) z += model.weights[`${lang}:${f}`] ?? 0;
  return z;
}

export function classifyWith(model: KindModel): KindClassifier {
  const langs = new Set(Object.keys(model.weights).map((k) => k.slice(0, k.indexOf(':'))));
  return (ctx, ruleSpeech) => (langs.has(ctx.lang) ? kindScore(model, kindFeatures(ctx, ruleSpeech), ctx.lang) > 0 : ruleSpeech);
}

/** The classifier of models/kinds.json, loaded on first use (bundled by esbuild); null without one. */
/* eslint-disable-next-line @typescript-eslint/no-require-imports */
export const shippedKindClassifier = loadedOnFirstUse(() => classifyWith(require('../../../models/kinds.json') as KindModel));
