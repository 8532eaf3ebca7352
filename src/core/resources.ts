import type { Lang, WordInfo } from './entities/features';
import { scoringModel, shippedModel } from './entities/model';
import type { PackedModel, ScoringModel } from './entities/perceptron';
import { shippedClusters, unpackClusters, type PackedClusters, type WordClusters } from './entities/clusters';
import { shippedNameRates, unpackNameRates, type NameRates, type PackedNameRates } from './entities/name-rates';
import { shippedWordNet, unpackWordNet, type PackedWordNet, type WordNet } from './entities/wordnet';
import type { WordView } from './entities/words';

/**
 * What the analysis reads besides the text, created once and passed down: the trained taggers
 * and the caches of what is known about each written word. The gazetteer and the Arabic
 * dictionary are read-only data loaded on first use (entities/gazetteer, entities/lexicon).
 */
export interface Resources {
  /** The tagger of a language (null without a trained model), unpacked on first use. */
  taggerModel(lang: Lang): ScoringModel | null;
  /** Word classes learned from unlabelled text (Arabic only; null without them), unpacked on first use. */
  wordClusters(lang: Lang): WordClusters | null;
  /** How often words were read as names in unlabelled text (Arabic only; null without them), unpacked on first use. */
  nameRates(lang: Lang): NameRates | null;
  /** What WordNet knows of English words (English only; null without it), unpacked on first use. */
  wordNet(lang: Lang): WordNet | null;
  /** Facts, features and (for this resources' models) scores of written words, by language. */
  readonly wordInfos: Record<Lang, Map<string, WordInfo>>;
  /** Read-only views of written words (clitics, keys). */
  readonly wordViews: Map<string, WordView>;
}

export interface ResourceChoices {
  /** Models to use instead of the shipped ones (evaluation: the development models; training: an epoch's). */
  taggerModels?: Partial<Record<Lang, PackedModel>>;
  /** Word classes instead of the shipped ones; null: none (training and measuring without them). */
  wordClusters?: PackedClusters | null;
  /** Name rates instead of the shipped ones; null: none. */
  nameRates?: PackedNameRates | null;
  /** English WordNet facts instead of the shipped ones; null: none. */
  wordNet?: PackedWordNet | null;
}

/** Words kept per cache before it starts again: bounds memory on huge or generated texts. */
export const WORD_CACHE_LIMIT = 200_000;

/**
 * A resource of one language unpacked on first use: the chosen one (null: none), else the
 * shipped one (undefined choice).
 */
function oneLanguage<Packed, Unpacked>(only: Lang, choice: Packed | null | undefined, shippedOne: () => Packed | null, unpack: (p: Packed) => Unpacked): (lang: Lang) => Unpacked | null {
  let value: Unpacked | null | undefined;
  return (lang) => {
    if (lang !== only) return null;
    if (value === undefined) {
      const packed = choice === undefined ? shippedOne() : choice;
      value = packed ? unpack(packed) : null;
    }
    return value;
  };
}

export function createResources(choices: ResourceChoices = {}): Resources {
  const models = new Map<Lang, ScoringModel | null>();
  return {
    nameRates: oneLanguage('ar', choices.nameRates, shippedNameRates, unpackNameRates),
    wordClusters: oneLanguage('ar', choices.wordClusters, shippedClusters, unpackClusters),
    wordNet: oneLanguage('en', choices.wordNet, shippedWordNet, unpackWordNet),
    taggerModel(lang) {
      if (!models.has(lang)) models.set(lang, scoringModel(choices.taggerModels?.[lang] ?? shippedModel(lang)));
      return models.get(lang) ?? null;
    },
    wordInfos: { ar: new Map(), en: new Map() },
    wordViews: new Map(),
  };
}

let shipped: Resources | undefined;

/**
 * The resources of the shipped models, created by the first analysis that is given none (the
 * editor, the CLI). Evaluation and training create their own with createResources.
 */
export function shippedResources(): Resources {
  return (shipped ??= createResources());
}

/** A cached value of a word, computed on first use; the cache starts again when full. */
export function cachedWord<T>(cache: Map<string, T>, word: string, compute: (word: string) => T): T {
  let value = cache.get(word);
  if (value === undefined) {
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    cache.set(word, (value = compute(word)));
  }
  return value;
}
