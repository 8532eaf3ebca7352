import type { Lang } from './features';
import { L, unpackModel, type PackedModel, type ScoringModel } from './perceptron';

/**
 * The shipped model of a language, or null when none was trained yet (the rules and the
 * gazetteer still work). The JSON files are `require`d inside the function so the bundler
 * (esbuild) inlines them as lazily evaluated modules: no file system access, works in a web
 * worker, and nothing is parsed until a name is actually needed.
 */
export function shippedModel(lang: Lang): PackedModel | null {
  try {
    /* eslint-disable @typescript-eslint/no-require-imports */
    return lang === 'ar' ? require('../../../models/ner-ar.json') : require('../../../models/ner-en.json');
  } catch {
    return null;
  }
}

/** A packed model ready to score; a model trained with other labels (an older format) is ignored rather than misread. */
export function scoringModel(packed: PackedModel | null): ScoringModel | null {
  return packed && packed.labels.length === L ? unpackModel(packed) : null;
}
