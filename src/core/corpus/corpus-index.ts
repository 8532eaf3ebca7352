import type { EntityType } from '../types';
import { entityFormKeys, type ArticleEntry, type EntryEntity, type EntryQuote } from './entry';
import { formKey, looseKey, queryKeys, startsLatin } from './keys';

/** One entity across the corpus: what every article that names it says of it. */
export interface CorpusEntity {
  key: string;
  type: EntityType;
  /** The most frequent fullest form, and the other-language name when one article gives it. */
  name: string;
  otherName?: string;
  /** Every written form, most frequent first, with its count across the corpus. */
  forms: [string, number][];
  /** Articles naming it, most mentions first. */
  articles: string[];
  mentions: number;
  quotes: number;
}

/** The entity as one article names it, with that article's id. */
export interface Occurrence {
  article: string;
  entity: EntryEntity;
}

export interface QuoteOccurrence {
  article: string;
  quote: EntryQuote;
}

/** The serialised index: one entry per article, the merged view is rebuilt from them. */
export interface CorpusIndexJson {
  version: typeof FORMAT_VERSION;
  articles: Record<string, ArticleEntry>;
}

const FORMAT_VERSION = 1;

/**
 * The corpus index: article entries by article id (a path or URI), merged into entities by
 * their identity key and found by any written form. Setting or deleting an article is cheap;
 * the merged view and the form table are rebuilt on the next question after a change (linear
 * in the corpus's entities, a few milliseconds for thousands of articles).
 */
export class CorpusIndex {
  private readonly articles = new Map<string, ArticleEntry>();
  private merged: Merged | undefined;

  get size(): number {
    return this.articles.size;
  }

  set(article: string, entry: ArticleEntry): void {
    this.articles.set(article, entry);
    this.merged = undefined;
  }

  delete(article: string): boolean {
    const had = this.articles.delete(article);
    if (had) this.merged = undefined;
    return had;
  }

  has(article: string): boolean {
    return this.articles.has(article);
  }

  entry(article: string): ArticleEntry | undefined {
    return this.articles.get(article);
  }

  articleIds(): string[] {
    return [...this.articles.keys()];
  }

  /** Every entity, most articles first, then most mentions, then by key (a stable order). */
  entities(type?: EntityType): CorpusEntity[] {
    const all = this.view().sorted;
    return type ? all.filter((e) => e.type === type) : all;
  }

  entity(key: string): CorpusEntity | undefined {
    return this.view().entities.get(key);
  }

  /** Where each article names the entity, in the order of CorpusEntity.articles. */
  occurrences(key: string): Occurrence[] {
    const found = this.view().occurrences.get(key) ?? [];
    return [...found].sort((a, b) => b.entity.mentions.length - a.entity.mentions.length || compare(a.article, b.article));
  }

  /** The quotes attributed to the entity, article by article, in each article's order. */
  quotesBy(key: string): QuoteOccurrence[] {
    const out: QuoteOccurrence[] = [];
    for (const { article } of this.occurrences(key)) {
      for (const quote of this.articles.get(article)!.quotes) if (quote.speaker === key) out.push({ article, quote });
    }
    return out;
  }

  /**
   * Entities whose forms match `query`, best first, at most `limit`: a form equal to the query,
   * then one starting with it, then one with a word starting with it, then one containing it,
   * then a spelling variant (looseKey) starting with it. Arabic and English forms alike; an
   * empty query lists the most frequent entities.
   */
  lookup(query: string, limit = 100): CorpusEntity[] {
    const view = this.view();
    const keys = queryKeys(query);
    if (keys.length === 0) return view.sorted.slice(0, limit);
    const loose = keys.map(looseKey).filter((k) => k.length >= 2);
    const rank = new Map<string, number>();
    for (const [formKey, entityKeys] of view.forms) {
      const score = matchRank(formKey, keys, loose, view.looseForms.get(formKey)!);
      if (score === undefined) continue;
      for (const key of entityKeys) if ((rank.get(key) ?? Infinity) > score) rank.set(key, score);
    }
    const order = new Map(view.sorted.map((e, i) => [e.key, i]));
    return [...rank]
      .sort((a, b) => a[1] - b[1] || order.get(a[0])! - order.get(b[0])!)
      .slice(0, limit)
      .map(([key]) => view.entities.get(key)!);
  }

  /** The entities one written form is known under (exact form key, clitics of a query allowed). */
  byForm(form: string): CorpusEntity[] {
    const view = this.view();
    const found = new Set<string>();
    for (const key of queryKeys(form)) for (const k of view.forms.get(key) ?? []) found.add(k);
    return [...found].map((k) => view.entities.get(k)!);
  }

  toJSON(): CorpusIndexJson {
    return { version: FORMAT_VERSION, articles: Object.fromEntries(this.articles) };
  }

  /** An index from its JSON; anything that is not one (another version, damage) gives an empty index. */
  static fromJSON(json: unknown): CorpusIndex {
    const index = new CorpusIndex();
    if (!isIndexJson(json)) return index;
    for (const [article, entry] of Object.entries(json.articles)) if (isEntry(entry)) index.set(article, entry);
    return index;
  }

  private view(): Merged {
    return (this.merged ??= merge(this.articles));
  }
}

interface Merged {
  entities: Map<string, CorpusEntity>;
  sorted: CorpusEntity[];
  occurrences: Map<string, Occurrence[]>;
  /** form key → the entities written so. */
  forms: Map<string, Set<string>>;
  /** form key → the loose keys of the whole form and of each of its words. */
  looseForms: Map<string, string[]>;
}

function merge(articles: Map<string, ArticleEntry>): Merged {
  const occurrences = new Map<string, Occurrence[]>();
  const forms = new Map<string, Set<string>>();
  // The same forms recur in thousands of articles: each is folded once per merge.
  const folded = new Map<string, string>();
  const keyOf = (form: string) => {
    let key = folded.get(form);
    if (key === undefined) folded.set(form, (key = formKey(form)));
    return key;
  };
  for (const [article, entry] of articles) {
    for (const entity of entry.entities) {
      let list = occurrences.get(entity.key);
      if (!list) occurrences.set(entity.key, (list = []));
      list.push({ article, entity });
      for (const key of entityFormKeys(entity, keyOf)) {
        let set = forms.get(key);
        if (!set) forms.set(key, (set = new Set()));
        set.add(entity.key);
      }
    }
  }
  const entities = new Map<string, CorpusEntity>();
  for (const [key, list] of occurrences) entities.set(key, mergeEntity(key, list));
  const sorted = [...entities.values()].sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || compare(a.key, b.key));
  const looseForms = new Map([...forms.keys()].map((k) => [k, [k, ...k.split(' ')].map(looseKey)]));
  return { entities, sorted, occurrences, forms, looseForms };
}

function mergeEntity(key: string, list: Occurrence[]): CorpusEntity {
  const names = new Map<string, number>();
  const allNames = new Map<string, number>();
  const forms = new Map<string, number>();
  let mentions = 0;
  let quotes = 0;
  for (const { entity } of list) {
    names.set(entity.name, (names.get(entity.name) ?? 0) + 1);
    for (const n of [entity.name, entity.otherName]) if (n) allNames.set(n, (allNames.get(n) ?? 0) + 1);
    for (const [form, count] of entity.forms) forms.set(form, (forms.get(form) ?? 0) + count);
    mentions += entity.mentions.length;
    quotes += entity.quotes;
  }
  const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
  const articles = [...list].sort((a, b) => b.entity.mentions.length - a.entity.mentions.length || compare(a.article, b.article)).map((o) => o.article);
  const name = byCount(names)[0][0];
  const merged: CorpusEntity = { key, type: list[0].entity.type, name, forms: byCount(forms), articles, mentions, quotes };
  // The other name is the most frequent name written in the other script (Arabic ↔ Latin).
  const otherName = byCount(allNames).find(([n]) => startsLatin(n) !== startsLatin(name))?.[0];
  if (otherName) merged.otherName = otherName;
  return merged;
}

/** Lower is better; undefined: no match. */
function matchRank(formKey: string, keys: string[], loose: string[], looseForms: string[]): number | undefined {
  let best: number | undefined;
  const take = (r: number) => (best = best === undefined ? r : Math.min(best, r));
  for (const key of keys) {
    if (formKey === key) return 0;
    if (formKey.startsWith(key)) take(1);
    else if (formKey.includes(` ${key}`)) take(2);
    else if (key.length >= 2 && formKey.includes(key)) take(3);
  }
  if (best === undefined) for (const l of loose) if (looseForms.some((f) => f.startsWith(l))) take(4);
  return best;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isIndexJson(json: unknown): json is CorpusIndexJson {
  if (typeof json !== 'object' || json === null) return false;
  const j = json as Partial<CorpusIndexJson>;
  return j.version === FORMAT_VERSION && typeof j.articles === 'object' && j.articles !== null;
}

function isEntry(entry: unknown): entry is ArticleEntry {
  if (typeof entry !== 'object' || entry === null) return false;
  const e = entry as Partial<ArticleEntry>;
  return Array.isArray(e.entities) && Array.isArray(e.quotes) && e.entities.every((x) => typeof x?.key === 'string' && Array.isArray(x.forms) && Array.isArray(x.mentions));
}
