import type { EntityType } from '../types';
import type { Lang } from './features';
import { bioSpans } from './tokenFile';
import { tagWithModel } from './tagger';
import { ruleSpans, type TokenSpan } from './rules';
import { isNameLike, viewWord, type WordView } from './words';
import { extendGivenNames, splitConjoinedNames } from './adjust';

/** What to run: everything, the trained tagger alone, or the rules and gazetteer alone. */
export type RecogniserMode = 'full' | 'model' | 'rules';

export interface SentenceResult {
  views: WordView[];
  spans: TokenSpan[];
}

const overlaps = (a: TokenSpan, b: TokenSpan): boolean => a.start < b.end && b.start < a.end;

/** Tagger spans first; trusted rule spans replace the tagger's when they cover more. */
function merge(model: TokenSpan[], rules: TokenSpan[], trusted: ReadonlySet<TokenSpan['source']>): TokenSpan[] {
  let out = [...model];
  for (const r of rules) {
    const hit = out.filter((m) => overlaps(m, r));
    // Title rules only extend what the tagger found (إيغور → (إيغور) مورغولوف): alone they guess.
    if (hit.length === 0) { if (trusted.has(r.source)) out.push(r); continue; }
    const covers = hit.every((m) => m.start >= r.start && m.end <= r.end);
    // Same extent: the tagger's type stands (CoNLL calls a city in a results table a team).
    if (covers && hit.some((m) => m.end - m.start < r.end - r.start)) {
      out = out.filter((m) => !hit.includes(m));
      out.push(r);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Key of a span's words, the first one without clitics: for document-level matching. */
export function spanKey(views: WordView[], s: { start: number; end: number }): string {
  const words: string[] = [];
  for (let i = s.start; i < s.end; i++) if (!views[i].punct) words.push(i === s.start ? views[i].head : views[i].key);
  return words.join(' ');
}

/**
 * A name found once is found everywhere in the document: untagged word sequences equal to a
 * found name (clitics aside) get its most frequent type.
 */
function spreadNames(sentences: SentenceResult[], lang: Lang): void {
  const votes = new Map<string, Map<EntityType, number>>();
  let maxWords = 1;
  for (const s of sentences) {
    for (const span of s.spans) {
      const key = spanKey(s.views, span);
      if (key.length < 3) continue;
      const v = votes.get(key) ?? new Map<EntityType, number>();
      v.set(span.type, (v.get(span.type) ?? 0) + 1);
      votes.set(key, v);
      maxWords = Math.max(maxWords, span.end - span.start);
    }
  }
  const typeOf = (key: string): EntityType | undefined => {
    const v = votes.get(key);
    return v ? [...v.entries()].sort((a, b) => b[1] - a[1])[0][0] : undefined;
  };
  for (const s of sentences) {
    const taken = new Uint8Array(s.views.length);
    for (const span of s.spans) taken.fill(1, span.start, span.end);
    for (let i = 0; i < s.views.length; i++) {
      if (taken[i] || !isNameLike(s.views[i], lang)) continue;
      for (let n = Math.min(maxWords, s.views.length - i); n >= 1; n--) {
        if (taken.subarray(i, i + n).some((t) => t)) continue;
        const type = typeOf(spanKey(s.views, { start: i, end: i + n }));
        if (type) {
          s.spans.push({ start: i, end: i + n, type, source: 'document' });
          taken.fill(1, i, i + n);
          i += n - 1;
          break;
        }
      }
    }
    s.spans.sort((a, b) => a.start - b.start);
  }
}

const ALL_RULES: ReadonlySet<TokenSpan['source']> = new Set(['gazetteer', 'title', 'org-head', 'org-body', 'paren', 'document'] as const);

/** `ترمب - كيم`, `Putin, Kim`: a dash or comma between names separates two names. */
function splitAtDashes(spans: TokenSpan[], views: WordView[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let start = s.start;
    for (let i = s.start; i < s.end; i++) {
      const r = views[i].raw;
      if (r === '-' || r === '–' || r === '،' || r === ',') {
        if (i > start) out.push({ ...s, start, end: i });
        start = i + 1;
      }
    }
    if (s.end > start) out.push({ ...s, start, end: s.end });
  }
  return out;
}

/** Views are read-only and depend on the written word alone: one per distinct word (bounded). */
const viewCache = new Map<string, WordView>();
function cachedView(word: string): WordView {
  let v = viewCache.get(word);
  if (!v) {
    if (viewCache.size >= 200_000) viewCache.clear();
    viewCache.set(word, (v = viewWord(word)));
  }
  return v;
}

const FULL_RULES: ReadonlySet<TokenSpan['source']> = new Set(['org-body', 'paren', 'document'] as const);

/** Recognises the names in one document given as sentences of written tokens. */
export function recogniseDocument(
  sentences: string[][],
  lang: Lang,
  mode: RecogniserMode = 'full',
  trusted: ReadonlySet<TokenSpan['source']> = FULL_RULES,
): SentenceResult[] {
  const results: SentenceResult[] = sentences.map((words) => {
    const views = words.map(cachedView);
    const model: TokenSpan[] = mode === 'rules' ? [] : bioSpans(tagWithModel(words, lang)).map((s) => ({ ...s, type: s.type as EntityType, source: 'model' as const }));
    const rules = mode === 'model' ? [] : ruleSpans(views, lang).filter((r) => mode === 'rules' || trusted.has(r.source) || r.source === 'title');
    return { views, spans: merge(splitAtDashes(model, views), rules, mode === 'rules' ? ALL_RULES : trusted) };
  });
  if (mode === 'full') {
    if (lang === 'ar') splitConjoinedNames(results);
    extendGivenNames(results, lang);
  }
  if (mode === 'rules' || (mode === 'full' && trusted.has('document'))) spreadNames(results, lang);
  return results;
}

/** BIO tags of one sentence's spans (the tag command's and the evaluation's output). */
export function spansToBio(length: number, spans: TokenSpan[]): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) for (let i = s.start; i < s.end; i++) tags[i] = (i === s.start ? 'B-' : 'I-') + s.type;
  return tags;
}
