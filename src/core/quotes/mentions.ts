/**
 * Links speaker spans to the names recogniser's entities: a mention overlapping the
 * speaker span gives its entity id; with no heuristic span, a PER/ORG mention inside
 * the attribution clause becomes the speaker.
 */
import type { Entity, Speaker, Span } from '../types';

interface IndexedMention extends Span {
  id: string;
  speakerLike: boolean;
  person: boolean;
}

function isPossessive(text: string, m: Span): boolean {
  const s = text.charCodeAt(m.end - 1) === 0x73 ? m.end - 2 : -1;
  return s > m.start && (text.charCodeAt(s) === 0x27 || text.charCodeAt(s) === 0x2019);
}

export class MentionIndex {
  private readonly mentions: IndexedMention[];
  /** The longest mention: bounds how far before a span an overlapping mention can start. */
  private longest = 0;

  private readonly organisations = new Set<string>();

  /** Mentions inside `datelines` are left out: a dateline names where the story comes from, never who speaks. */
  constructor(entities: readonly Entity[], datelines: readonly Span[] = []) {
    this.mentions = [];
    const inDateline = (m: Span) => datelines.some((d) => m.start < d.end && d.start < m.end);
    for (const e of entities) {
      if (e.type === 'ORG') this.organisations.add(e.id);
      for (const m of e.mentions) if (!inDateline(m)) this.mentions.push({ start: m.start, end: m.end, id: e.id, speakerLike: e.type === 'PER' || e.type === 'ORG', person: e.type === 'PER' });
    }
    this.mentions.sort((a, b) => a.start - b.start);
    for (const m of this.mentions) this.longest = Math.max(this.longest, m.end - m.start);
  }

  /** First mention index whose end is after `offset`. */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start + this.longest <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** With `text`, possessives (Labour's pledges) are skipped: they qualify a noun, never speak. */
  private overlapping(span: Span, speakerOnly: boolean, text?: string): IndexedMention | null {
    for (let k = this.firstEndingAfter(span.start); k < this.mentions.length && this.mentions[k].start < span.end; k++) {
      const m = this.mentions[k];
      if (m.end > span.start && (!speakerOnly || m.speakerLike) && !(text && isPossessive(text, m))) return m;
    }
    return null;
  }

  speakerFor(text: string, span: Span | null, region: Span | null): Speaker | null {
    if (span) {
      const m = this.overlapping(span, false);
      return { start: span.start, end: span.end, text: text.slice(span.start, span.end), entity: m ? m.id : null };
    }
    if (!region) return null;
    const m = this.overlapping(region, true, text);
    return m ? { start: m.start, end: m.end, text: text.slice(m.start, m.end), entity: m.id } : null;
  }

  /** A mention covering exactly `span` (a clitic glued before it aside): the text is a name. */
  isExactlyAName(text: string, span: Span): boolean {
    for (let k = this.firstEndingAfter(span.start); k < this.mentions.length && this.mentions[k].start < span.end; k++) {
      const m = this.mentions[k];
      if (m.end === span.end && (m.start === span.start || (m.start === span.start + 1 && m.start - span.start <= 1 && text.charCodeAt(span.start) !== 0x20))) return true;
    }
    return false;
  }

  /** A person's or organisation's mention overlaps `span`. */
  speakerIn(span: Span): boolean {
    return this.overlapping(span, true) !== null;
  }

  /** The first person's mention overlapping `span`, if any. */
  personIn(span: Span): Span | null {
    for (let k = this.firstEndingAfter(span.start); k < this.mentions.length && this.mentions[k].start < span.end; k++) {
      const m = this.mentions[k];
      if (m.person && m.end > span.start) return { start: m.start, end: m.end };
    }
    return null;
  }

  isOrganisation(entity: string | null): boolean {
    return entity !== null && this.organisations.has(entity);
  }

  /**
   * The last mention of `speaker`'s entity between the speaker and `before`, if any. Only a
   * mention written like the speaker (معاذ … معاذ) counts: a grouping mistake upstream must
   * not turn a speaker into another word.
   */
  latestMention(text: string, speaker: Speaker, before: number): Speaker | null {
    if (!speaker.entity) return null;
    let best: IndexedMention | null = null;
    for (let k = this.firstEndingAfter(speaker.end); k < this.mentions.length && this.mentions[k].start < before; k++) {
      const m = this.mentions[k];
      if (m.id !== speaker.entity || m.start < speaker.end || m.end > before) continue;
      const written = text.slice(m.start, m.end);
      if (written.includes(speaker.text) || speaker.text.includes(written)) best = m;
    }
    return best ? { start: best.start, end: best.end, text: text.slice(best.start, best.end), entity: best.id } : null;
  }
}
