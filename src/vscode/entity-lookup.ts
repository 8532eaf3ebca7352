// Questions the hover, navigation and the entity view ask of one analysis.
// Free of `vscode` imports: plain offsets in, plain data out.
import type { Analysis, Entity, Mention, Quote } from '../core/types';

/** Inside a span; the cursor just after it counts too, but only when no span holds it strictly. */
function pick<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  return spans.find((s) => offset >= s.start && offset < s.end) ?? spans.find((s) => offset === s.end);
}

export interface EntityHit {
  entity: Entity;
  /** The span under the offset: a mention, or a quote's speaker linked to the entity. */
  span: { start: number; end: number };
}

/** The entity named at `offset`, through one of its mentions or a quote's speaker. */
export function entityAt(analysis: Analysis, offset: number): EntityHit | undefined {
  const candidates: { start: number; end: number; entity: Entity }[] = [];
  for (const entity of analysis.entities) for (const m of entity.mentions) candidates.push({ start: m.start, end: m.end, entity });
  for (const q of analysis.quotes) {
    const entity = q.speaker?.entity ? entityById(analysis, q.speaker.entity) : undefined;
    if (q.speaker && entity) candidates.push({ start: q.speaker.start, end: q.speaker.end, entity });
  }
  const hit = pick(candidates, offset);
  return hit && { entity: hit.entity, span: { start: hit.start, end: hit.end } };
}

/** The innermost quote holding `offset` (quotes do not usually nest; the shortest wins if they do). */
export function quoteAt(analysis: Analysis, offset: number): Quote | undefined {
  const holding = analysis.quotes.filter((q) => offset >= q.start && offset < q.end);
  return holding.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

export function entityById(analysis: Analysis, id: string): Entity | undefined {
  return analysis.entities.find((e) => e.id === id);
}

/** Quotes whose speaker is linked to `entity`, in document order. */
export function quotesBy(analysis: Analysis, entity: Entity): Quote[] {
  return analysis.quotes.filter((q) => q.speaker?.entity === entity.id).sort((a, b) => a.start - b.start);
}

/** Where the entity is introduced: its first mention written in full (the canonical name), else its longest. */
export function definingMention(entity: Entity): Mention | undefined {
  const ordered = [...entity.mentions].sort((a, b) => a.start - b.start);
  const full = ordered.find((m) => normalise(m.text) === normalise(entity.name));
  if (full) return full;
  return ordered.reduce<Mention | undefined>((best, m) => (!best || m.text.length > best.text.length ? m : best), undefined);
}

export interface MentionForm {
  form: string;
  count: number;
}

/** The different ways the entity is written in the article, most frequent first. */
export function mentionForms(entity: Entity): MentionForm[] {
  const counts = new Map<string, number>();
  for (const m of entity.mentions) {
    const form = normalise(m.text);
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  return [...counts].map(([form, count]) => ({ form, count })).sort((a, b) => b.count - a.count);
}

/** Entities of the analysis grouped by type, each group sorted by mention count then first appearance. */
export function entitiesByType(analysis: Analysis): Map<Entity['type'], Entity[]> {
  const groups = new Map<Entity['type'], Entity[]>();
  for (const type of ['PER', 'ORG', 'LOC', 'MISC'] as const) {
    const list = analysis.entities.filter((e) => e.type === type);
    list.sort((a, b) => b.mentions.length - a.mentions.length || firstStart(a) - firstStart(b));
    if (list.length > 0) groups.set(type, list);
  }
  return groups;
}

function firstStart(entity: Entity): number {
  return entity.mentions.reduce((min, m) => Math.min(min, m.start), Number.POSITIVE_INFINITY);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The names that may have said `quote`, likeliest first: people and organisations by how close
 * their last mention before the quotation stands (the speaker is mostly named just before), then
 * those named only after it by how close, then the current speaker, then the other names; each
 * group otherwise in article order.
 */
export function likelySpeakers(analysis: Analysis, quote: Quote): Entity[] {
  const distance = (e: Entity): number => {
    let before = Infinity;
    let after = Infinity;
    for (const m of e.mentions) {
      if (m.end <= quote.start) before = Math.min(before, quote.start - m.end);
      else if (m.start >= quote.end) after = Math.min(after, m.start - quote.end);
    }
    // Named before: its distance; named only after: behind everyone named before.
    return before < Infinity ? before : after < Infinity ? 1e9 + after : 2e9;
  };
  const speaks = (e: Entity): boolean => e.type === 'PER' || e.type === 'ORG';
  // The current speaker last among them: whoever opens this list means to change it.
  const current = quote.speaker?.entity ?? null;
  const ranked = analysis.entities.filter(speaks).map((e, order) => ({ e, d: e.id === current ? 3e9 : distance(e), order }));
  ranked.sort((x, y) => x.d - y.d || x.order - y.order);
  return [...ranked.map((r) => r.e), ...analysis.entities.filter((e) => !speaks(e))];
}
