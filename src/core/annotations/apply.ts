/**
 * Lays the user's decisions (and the workspace rules) over the recogniser's analysis: what the
 * editor shows, what the exports write. The user always wins: a rejected name never comes back,
 * a retyped one keeps its type, a speaker set by hand stays.
 *
 * Order: workspace rules first ("never" drops mentions of a form, "always TYPE" retypes them and
 * marks the occurrences the recogniser missed), then the article's own decisions over them.
 * Linear in the mentions, quotes and annotations (plus a sort): it runs on every change.
 */
import type { Analysis, Entity, EntityType, Mention, Quote, Span, Speaker } from '../types';
import type { AnnotationSet, NameAnnotation, QuoteAnnotation, Rejection } from './model';
import { compileRules, findRuleOccurrences, ruleFor, type NameRules } from './rules';
import { matchKey } from '../text/normalize';
import { partitionPoint } from '../partition-point';

/** A mention on its way to an entity: `group` names the entity it joins before SameAs unions. */
interface Placed extends Mention {
  type: EntityType;
  group: string;
  /** The recogniser's entity it came from, if any. */
  from?: Entity;
  /** The name annotation it came from, if any. */
  annotation?: string;
}

/**
 * The analysis the user sees. `text` is the article without BOM; annotations whose text no
 * longer matches it (not re-anchored yet) are left out rather than shown in the wrong place.
 */
export function applyDecisions(analysis: Analysis, text: string, set: AnnotationSet, rules?: NameRules): Analysis {
  const hasRules = !!rules && rules.rules.length > 0;
  if (set.items.length === 0 && !hasRules) return analysis;
  const valid = set.items.filter((a) => isAnchored(a, text));
  const names = valid.filter((a): a is NameAnnotation => a.kind === 'name').sort(byStart);
  const notNames = valid.filter((a): a is Rejection => a.kind === 'not-name');
  const quoteAnnotations = valid.filter((a): a is QuoteAnnotation => a.kind === 'quote').sort(byStart);
  const notQuotes = valid.filter((a): a is Rejection => a.kind === 'not-quote');

  // The user's names, the first of any overlapping ones.
  const userNames: NameAnnotation[] = [];
  for (const a of names) if (!userNames.length || userNames[userNames.length - 1].end <= a.start) userNames.push(a);
  const nameBlock = new Intervals([...userNames, ...notNames]);

  const compiled = hasRules ? compileRules(rules) : undefined;
  const original = new Map<string, { type: EntityType; entity: Entity }>();
  const placed: Placed[] = [];
  for (const entity of analysis.entities) {
    for (const m of entity.mentions) {
      original.set(spanKey(m), { type: entity.type, entity });
      if (nameBlock.overlaps(m)) continue;
      const rule = compiled ? ruleFor(compiled, m.text) : undefined;
      if (rule === 'never') continue;
      const type = rule ?? entity.type;
      placed.push({ ...stripConfirmed(m), ...(rule ? { confirmed: true as const } : {}), type, group: groupKey(entity, type), from: entity });
    }
  }

  // `${type} ${matchKey}` → group, for names the recogniser never saw. A name is written the same
  // way many times in an article: each form is normalised once.
  const keys = new Map<string, string>();
  const nameKey = (type: EntityType, written: string): string => {
    let key = keys.get(written);
    if (key === undefined) keys.set(written, (key = matchKey(written)));
    return `${type} ${key}`;
  };
  const byNameKey = new Map<string, string>();
  for (const p of placed) byNameKey.set(nameKey(p.type, p.text), p.group);
  for (const a of userNames) {
    const same = original.get(spanKey(a));
    const key = nameKey(a.type, a.text);
    const group = a.separate ? `separate:${a.id}` : same ? groupKey(same.entity, a.type) : byNameKey.get(key) ?? `new:${a.id}`;
    if (!byNameKey.has(key)) byNameKey.set(key, group);
    placed.push({ start: a.start, end: a.end, text: a.text, ...(a.suggested ? {} : { confirmed: true as const }), type: a.type, group, from: same?.entity, annotation: a.id });
  }

  if (compiled) {
    // A rule's occurrence never crosses the user's names and rejections, nor mentions a rule
    // already decided; it replaces the recogniser's suggestions lying inside it (a rule for
    // `Blue Lagoon` wins over a suggested `Lagoon`), but not one reaching past it.
    const decided = new Intervals([...placed.filter((p) => p.confirmed || p.annotation), ...notNames]);
    const suggestions = placed.filter((p) => !p.confirmed && !p.annotation).sort(byStart);
    const replaced = new Set<Placed>();
    const found: Array<{ start: number; end: number; type: EntityType }> = [];
    for (const o of findRuleOccurrences(compiled, text)) {
      if (decided.overlaps(o)) continue;
      const inside: Placed[] = [];
      let crosses = false;
      for (let k = partitionPoint(suggestions.length, (i) => suggestions[i].end <= o.start); k < suggestions.length && suggestions[k].start < o.end; k++) {
        if (suggestions[k].end <= o.start) continue;
        if (suggestions[k].start < o.start || suggestions[k].end > o.end) crosses = true;
        else inside.push(suggestions[k]);
      }
      if (crosses) continue;
      for (const p of inside) replaced.add(p);
      found.push(o);
    }
    // Compacted in place: a long article's mentions are too many for a spread's arguments.
    if (replaced.size) {
      let kept = 0;
      for (const p of placed) if (!replaced.has(p)) placed[kept++] = p;
      placed.length = kept;
    }
    for (const o of found) {
      const mentionText = text.slice(o.start, o.end);
      const key = nameKey(o.type, mentionText);
      const group = byNameKey.get(key) ?? `rule:${key}`;
      byNameKey.set(key, group);
      placed.push({ start: o.start, end: o.end, text: mentionText, confirmed: true, type: o.type, group });
    }
  }

  const entities = buildEntities(analysis, placed, set, userNames);
  const quotes = buildQuotes(analysis, text, placed, entities, quoteAnnotations, notQuotes, userNames);
  return { ...analysis, entities: entities.list, quotes };
}

function isAnchored(a: Span & { text: string }, text: string): boolean {
  return Number.isInteger(a.start) && Number.isInteger(a.end) && 0 <= a.start && a.start < a.end && a.end <= text.length && text.startsWith(a.text, a.start) && a.text.length === a.end - a.start && !splitsPair(text, a.start) && !splitsPair(text, a.end);
}

function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;
const spanKey = (s: Span): string => `${s.start}:${s.end}`;
/** The recogniser's entity keeps its id for the mentions of its own type; a retyped one goes to a new entity. */
const groupKey = (entity: Entity, type: EntityType): string => (type === entity.type ? entity.id : `${entity.id}|${type}`);

function stripConfirmed(m: Mention): Mention {
  if (!m.confirmed) return m;
  const { confirmed: _, ...rest } = m;
  return rest;
}

interface BuiltEntities {
  list: Entity[];
  /** The final entity of each mention, by its span. */
  ofSpan: Map<string, string>;
  /** Where each of the recogniser's entity ids went. */
  renamed: Map<string, string>;
}

function buildEntities(analysis: Analysis, placed: Placed[], set: AnnotationSet, userNames: NameAnnotation[]): BuiltEntities {
  // SameAs unites the two groups; the merged entity takes the type of the one joined (Arg2).
  const parent = new Map<string, string>();
  const find = (g: string): string => {
    let root = g;
    while (parent.has(root)) root = parent.get(root)!;
    return root;
  };
  const groupOfAnnotation = new Map<string, string>();
  for (const p of placed) if (p.annotation) groupOfAnnotation.set(p.annotation, p.group);
  const live = new Set(userNames.map((a) => a.id));
  for (const r of set.relations) {
    if (!live.has(r.arg1) || !live.has(r.arg2)) continue;
    const a = groupOfAnnotation.get(r.arg1);
    const b = groupOfAnnotation.get(r.arg2);
    if (!a || !b) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  }

  const groups = new Map<string, Placed[]>();
  for (const p of placed) {
    const root = find(p.group);
    const list = groups.get(root);
    if (list) list.push(p);
    else groups.set(root, [p]);
  }
  const originalById = new Map(analysis.entities.map((e, i) => [e.id, { entity: e, order: i }]));
  const typeOfRoot = (root: string, members: Placed[]): EntityType => members.find((p) => p.group === root)?.type ?? members[0].type;

  // New entities are numbered after the recogniser's of their type (PER-3 after PER-2).
  const counters = new Map<string, number>();
  for (const e of analysis.entities) {
    const m = /^(.*)-(\d+)$/.exec(e.id);
    if (m) counters.set(m[1], Math.max(counters.get(m[1]) ?? 0, Number(m[2])));
  }
  const usedIds = new Set(analysis.entities.map((e) => e.id));
  const newId = (type: EntityType): string => {
    let n = counters.get(type) ?? 0;
    while (usedIds.has(`${type}-${++n}`));
    counters.set(type, n);
    usedIds.add(`${type}-${n}`);
    return `${type}-${n}`;
  };
  const built: Array<{ entity: Entity; order: number }> = [];
  const ofSpan = new Map<string, string>();
  const renamed = new Map<string, string>();
  for (const [root, members] of groups) {
    members.sort(byStart);
    const type = typeOfRoot(root, members);
    const same = originalById.get(root);
    const id = same && same.entity.type === type ? root : newId(type);
    const mentions: Mention[] = members.map(({ start, end, text, byRole, confirmed }) => ({ start, end, text, ...(byRole ? { byRole } : {}), ...(confirmed ? { confirmed } : {}) }));
    const unchanged = same && id === root && same.entity.mentions.length === mentions.length && same.entity.mentions.every((m, i) => m.start === mentions[i].start && m.end === mentions[i].end);
    const entity: Entity = same && id === root ? { ...same.entity, mentions, ...(unchanged ? {} : { name: fullestName(mentions) }) } : { id, type, name: fullestName(mentions), mentions };
    built.push({ entity, order: same && id === root ? same.order : Number.MAX_SAFE_INTEGER });
    for (const p of members) {
      ofSpan.set(spanKey(p), id);
      if (p.from && !renamed.has(p.from.id)) renamed.set(p.from.id, id);
    }
    if (same && id === root) renamed.set(root, id);
  }
  built.sort((a, b) => a.order - b.order || a.entity.mentions[0].start - b.entity.mentions[0].start);
  return { list: built.map((b) => b.entity), ofSpan, renamed };
}

/** The longest written form among the names (role phrases only when there is nothing else). */
function fullestName(mentions: Mention[]): string {
  const names = mentions.filter((m) => !m.byRole);
  let best = (names.length ? names : mentions)[0].text;
  for (const m of names) if (m.text.length > best.length) best = m.text;
  return best;
}

function buildQuotes(analysis: Analysis, text: string, placed: Placed[], entities: BuiltEntities, annotations: QuoteAnnotation[], notQuotes: Rejection[], userNames: NameAnnotation[]): Quote[] {
  const datelines = new Intervals(analysis.blocks.flatMap((b) => (b.dateline ? [b.dateline] : [])));
  const block = new Intervals([...annotations, ...notQuotes]);
  const mentionAt = new Intervals(placed);
  const entityOf = (speaker: Span, old: string | null): string | null => {
    const exact = entities.ofSpan.get(spanKey(speaker));
    if (exact) return exact;
    const overlapping = mentionAt.first(speaker);
    if (overlapping) return entities.ofSpan.get(spanKey(overlapping)) ?? null;
    return old === null ? null : entities.renamed.get(old) ?? null;
  };
  const out: Quote[] = [];
  for (const q of analysis.quotes) {
    if (block.overlaps(q)) continue;
    const { confirmed: _, ...quote } = q;
    if (quote.speaker) quote.speaker = { ...quote.speaker, entity: entityOf(quote.speaker, quote.speaker.entity) };
    out.push(quote);
  }
  const namesById = new Map(userNames.map((a) => [a.id, a]));
  const marks = new Map(analysis.quotes.filter((q) => q.mark !== undefined).map((q) => [spanKey(q), q.mark!]));
  for (const a of annotations) {
    if (datelines.overlaps(a)) continue;
    const name = a.speaker ? namesById.get(a.speaker) : undefined;
    const speaker: Speaker | null = name && !datelines.overlaps(name) ? { start: name.start, end: name.end, text: name.text, entity: entityOf(name, null) } : null;
    const mark = marks.get(spanKey(a));
    out.push({ start: a.start, end: a.end, text: text.slice(a.start, a.end), kind: a.quoteKind, speaker, ...(mark !== undefined ? { mark } : {}), ...(a.suggested ? {} : { confirmed: true as const }) });
  }
  return out.sort(byStart);
}

/** Spans merged into sorted disjoint intervals, for overlap questions in O(log n). */
class Intervals {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly spans: Span[];

  constructor(spans: readonly Span[]) {
    this.spans = [...spans].sort(byStart);
    for (const s of this.spans) {
      const last = this.ends.length - 1;
      if (last >= 0 && s.start < this.ends[last]) this.ends[last] = Math.max(this.ends[last], s.end);
      else {
        this.starts.push(s.start);
        this.ends.push(s.end);
      }
    }
  }

  /** Does any span share a character with [start, end)? */
  overlaps(span: Span): boolean {
    const i = this.lastStartingBefore(span.end);
    return i >= 0 && this.ends[i] > span.start;
  }

  /** The first of the original spans overlapping `span` (they are few near any one place). */
  first(span: Span): Span | undefined {
    if (!this.overlaps(span)) return undefined;
    const lo = partitionPoint(this.spans.length, (i) => this.spans[i].start < span.end);
    for (let i = lo - 1; i >= 0; i--) if (this.spans[i].end > span.start && this.spans[i].start < span.end) return this.spans[i];
    return undefined;
  }

  private lastStartingBefore(end: number): number {
    return partitionPoint(this.starts.length, (i) => this.starts[i] < end) - 1;
  }
}

/** The user's decisions and the workspace rules alone, without the recogniser: what exports write without suggestions. */
export function decisionsOnly(text: string, set: AnnotationSet, rules?: NameRules): Analysis {
  const empty: Analysis = { language: 'other', isArticle: false, blocks: [], sections: [], artefacts: [], quotes: [], entities: [], deep: true };
  return applyDecisions(empty, text, set, rules);
}
