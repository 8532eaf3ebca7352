import { articleFeatures, FEATURE_NAMES, type StructureReading } from './detect-features';

/**
 * Whether a text is a news article, as a confidence in [0, 1]: a logistic regression over the
 * explainable features of detect-features.ts, trained by `npm run train -- detect`
 * (scripts/detect/train-detection.ts) on real articles and on ordinary text (licences, READMEs,
 * changelogs, man pages, configs, code, chats, lists, poems). Only the opening of the text is read.
 */

/** At or above this confidence a text is taken for an article. */
export const ARTICLE_THRESHOLD = 0.5;

/** The shipped weights (models/detect.json): features are standardised, then weighed. */
export interface DetectionModel {
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/** A standardised feature further than this from the training mean counts as this far: odd files do not run away. */
const CLIP = 6;

let shipped: DetectionModel | null | undefined;

/** The model in models/detect.json, loaded on first use (bundled by esbuild; no file system access). */
function shippedModel(): DetectionModel | null {
  if (shipped === undefined) {
    try {
      /* eslint-disable-next-line @typescript-eslint/no-require-imports */
      const model = require('../../../models/detect.json') as DetectionModel;
      // A model trained on other features (an older file) is ignored rather than misread.
      shipped = model.features.join() === FEATURE_NAMES.join() ? model : null;
    } catch {
      shipped = null;
    }
  }
  return shipped;
}

/** The model's confidence for feature values in FEATURE_NAMES order. */
export function scoreFeatures(model: DetectionModel, values: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < values.length; i++) {
    const x = Math.max(-CLIP, Math.min(CLIP, (values[i] - model.mean[i]) / model.scale[i]));
    z += model.weights[i] * x;
  }
  return 1 / (1 + Math.exp(-z));
}

/**
 * How sure detection is that `text` is a news article in Arabic or English, in [0, 1]. Text in
 * another language, or with no model, scores 0. Costs the same for any length (a bounded prefix).
 */
export function articleConfidence(text: string, model: DetectionModel | null = shippedModel(), read?: StructureReading): number {
  if (!model) return 0;
  const evidence = articleFeatures(text, read);
  if (evidence.language === 'other') return 0;
  return scoreFeatures(model, evidence.values);
}

/** `read`: the structure's reading of `text`, which detection reuses rather than reading it again. */
export function isNewsArticle(text: string, read?: StructureReading): boolean {
  return articleConfidence(text, shippedModel(), read) >= ARTICLE_THRESHOLD;
}

/** Between these confidences detection is unsure: the `ask` setting asks there, and only there. */
export const UNSURE_BAND = [0.3, 0.7] as const;

export type DetectionAction = 'switch' | 'ask' | 'leave';

/**
 * What to do with a plain-text file of this confidence: `auto` switches articles; `ask`
 * switches the sure ones, asks about the unsure ones and leaves the rest.
 */
export function detectionAction(confidence: number, mode: 'auto' | 'ask'): DetectionAction {
  if (mode === 'auto') return confidence >= ARTICLE_THRESHOLD ? 'switch' : 'leave';
  if (confidence >= UNSURE_BAND[1]) return 'switch';
  return confidence >= UNSURE_BAND[0] ? 'ask' : 'leave';
}
