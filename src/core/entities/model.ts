import type { Lang } from './features';
import { L, unpackModel, type PackedModel, type ScoringModel } from './perceptron';

/**
 * The trained models, loaded on first use. The JSON files are `require`d inside the function so
 * the bundler (esbuild) inlines them as lazily evaluated modules: no file system access, works
 * in a web worker, and nothing is parsed until a name is actually needed.
 */
const cache = new Map<Lang, ScoringModel | null>();

function packed(lang: Lang): PackedModel | null {
  try {
    /* eslint-disable @typescript-eslint/no-require-imports */
    return lang === 'ar' ? require('../../../models/ner-ar.json') : require('../../../models/ner-en.json');
  } catch {
    return null; // not trained yet: the rules and the gazetteer still work
  }
}

/**
 * Evaluation only: tag with another packed model (the development model, trained without the
 * development split, so `npm run eval` measures text the model never saw). Null restores the
 * shipped one.
 */
export function useTaggerModelForEvaluation(lang: Lang, model: PackedModel | null): void {
  if (model) cache.set(lang, model.labels.length === L ? unpackModel(model) : null);
  else cache.delete(lang);
}

export function taggerModel(lang: Lang): ScoringModel | null {
  if (!cache.has(lang)) {
    const p = packed(lang);
    // A model trained with other labels (an older format) is ignored rather than misread.
    cache.set(lang, p && p.labels.length === L ? unpackModel(p) : null);
  }
  return cache.get(lang) ?? null;
}
