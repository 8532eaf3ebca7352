/**
 * Links speaker spans to the names recogniser's entities: a mention overlapping the
 * speaker span gives its entity id; with no heuristic span, a PER/ORG mention inside
 * the attribution clause becomes the speaker.
 */
import type { Entity, Speaker, Span } from '../types';
import { normalizeArabic } from '../text/normalize';
import { partitionPoint } from '../partition-point';
import { hasArticle } from '../lang/ar/clitics';

interface IndexedMention extends Span {
  id: string;
  type: Entity['type'];
  speakerLike: boolean;
  person: boolean;
  /** A role phrase standing for the entity (the foreign secretary), not one of its names. */
  byRole: boolean;
}

function isPossessive(text: string, m: Span): boolean {
  const s = text.charCodeAt(m.end - 1) === 0x73 ? m.end - 2 : -1;
  return s > m.start && (text.charCodeAt(s) === 0x27 || text.charCodeAt(s) === 0x2019);
}

/** Mentions read back for an entity's last mention: keeps long texts linear. */
const LOOK_BACK = 300;

export class MentionIndex {
  private readonly mentions: IndexedMention[];
  /** The longest mention: bounds how far before a span an overlapping mention can start. */
  private longest = 0;

  private readonly organisations = new Set<string>();
  /** Each person's fullest name, by entity id. */
  private readonly personNames = new Map<string, string>();
  /** Each word of a person's or organisation's name (normalised) → that entity, when only one has it. */
  private readonly nameWords = new Map<string, string | null>();
  /** Mentions per entity: how much the article is about it. */
  private readonly counts = new Map<string, number>();
  /** The person or organisation mentioned most (the first such on a tie): the article's main actor. */
  readonly mainActor: string | null = null;

  /** Mentions inside `datelines` are left out: a dateline names where the story comes from, never who speaks. */
  constructor(entities: readonly Entity[], datelines: readonly Span[] = []) {
    this.mentions = [];
    const inDateline = (m: Span) => datelines.some((d) => m.start < d.end && d.start < m.end);
    for (const e of entities) {
      if (e.type === 'ORG') this.organisations.add(e.id);
      if (e.type === 'PER') this.personNames.set(e.id, e.name);
      for (const m of e.mentions) if (!inDateline(m)) this.mentions.push({ start: m.start, end: m.end, id: e.id, type: e.type, speakerLike: e.type === 'PER' || e.type === 'ORG', person: e.type === 'PER', byRole: m.byRole === true });
      this.counts.set(e.id, e.mentions.length);
      if (e.type === 'PER' || e.type === 'ORG') {
        for (const word of e.name.split(/\s+/)) {
          const key = normalizeArabic(word).toLowerCase();
          if (key.length < 2) continue;
          this.nameWords.set(key, this.nameWords.has(key) && this.nameWords.get(key) !== e.id ? null : e.id);
        }
      }
      if ((e.type === 'PER' || e.type === 'ORG') && (this.mainActor === null || e.mentions.length > this.counts.get(this.mainActor)!)) this.mainActor = e.id;
    }
    this.mentions.sort((a, b) => a.start - b.start);
    for (const m of this.mentions) this.longest = Math.max(this.longest, m.end - m.start);
  }

  /** First mention index whose end is after `offset`. */
  private firstEndingAfter(offset: number): number {
    return partitionPoint(this.mentions.length, (i) => this.mentions[i].start + this.longest <= offset);
  }

  /** The first mention overlapping `span` that `accept` takes, in text order. */
  private firstOverlapping(span: Span, accept: (m: IndexedMention) => boolean): IndexedMention | null {
    for (let k = this.firstEndingAfter(span.start); k < this.mentions.length && this.mentions[k].start < span.end; k++) {
      const m = this.mentions[k];
      if (m.end > span.start && accept(m)) return m;
    }
    return null;
  }

  /** With `text`, possessives (Labour's pledges) are skipped: they qualify a noun, never speak. */
  private overlapping(span: Span, speakerOnly: boolean, text?: string): IndexedMention | null {
    return this.firstOverlapping(span, (m) => (!speakerOnly || m.speakerLike) && !(text && isPossessive(text, m)));
  }

  speakerFor(text: string, span: (Span & { org?: boolean }) | null, region: Span | null): Speaker | null {
    if (span) {
      const m = this.overlapping(span, false);
      // لاعب الهلال محمد الشلهوب: a role's body and its holder read as one phrase; the holder speaks.
      const person = m && !m.person && !span.org ? this.firstOverlapping(span, (x) => x.person && x.start >= m.end) : null;
      if (person) return { start: person.start, end: Math.min(person.end, span.end), text: text.slice(person.start, Math.min(person.end, span.end)), entity: person.id };
      // فهد البكري موقف الحربي: a phrase read past a person's name into what follows ends with the name.
      const end = m && m.person && m.start >= span.start && m.end < span.end ? m.end : span.end;
      const written = text.slice(span.start, end);
      return { start: span.start, end, text: written, entity: m ? m.id : this.aliasOf(written) };
    }
    if (!region) return null;
    let m = this.overlapping(region, true, text);
    // …the same in a clause: an organisation right before a person's name is the role's body.
    if (m && !m.person) m = this.firstOverlapping({ start: m.end, end: Math.min(region.end, m.end + 2) }, (x) => x.person && x.start > m!.start) ?? m;
    return m ? { start: m.start, end: m.end, text: text.slice(m.start, m.end), entity: m.id } : null;
  }

  /** A mention covering exactly `span` (a clitic glued before it aside): the text is a name. */
  isExactlyAName(text: string, span: Span): boolean {
    return this.firstOverlapping(span, (m) => m.end === span.end && (m.start === span.start || (m.start === span.start + 1 && text.charCodeAt(span.start) !== 0x20))) !== null;
  }

  /**
   * Every word of `words` lies in a name's mention, joined by و or commas at most (`محمد نور
   * وفواز القرني`): the quotation lists names. Needs two words at least.
   */
  onlyNames(words: readonly Span[]): boolean {
    if (words.length < 2) return false;
    return words.every((w) => this.firstOverlapping(w, () => true) !== null);
  }

  /** A person's or organisation's mention overlaps `span`. */
  speakerIn(span: Span): boolean {
    return this.overlapping(span, true) !== null;
  }

  /** The first person's mention overlapping `span`, if any. */
  personIn(span: Span): Span | null {
    const m = this.firstOverlapping(span, (x) => x.person);
    return m ? { start: m.start, end: m.end } : null;
  }

  /** The type of the first mention overlapping `span` (any type), or null. */
  typeAt(span: Span): Entity['type'] | null {
    return this.overlapping(span, false)?.type ?? null;
  }

  /**
   * The person or organisation a one-word speaker the recogniser left out stands for, when it is
   * a word of exactly one such name (مها for مها أبو عوف, Ancram for Michael Ancram).
   */
  aliasOf(word: string): string | null {
    return this.nameWords.get(normalizeArabic(word).toLowerCase()) ?? null;
  }

  mentionCount(entity: string | null): number {
    return entity === null ? 0 : this.counts.get(entity) ?? 0;
  }

  /** Persons' and organisations' mentions inside `span`, in text order (possessives left out). */
  speakersWithin(text: string, span: Span): Speaker[] {
    const out: Speaker[] = [];
    for (let k = this.firstEndingAfter(span.start); k < this.mentions.length && this.mentions[k].start < span.end; k++) {
      const m = this.mentions[k];
      if (m.speakerLike && m.start >= span.start && m.end <= span.end && !isPossessive(text, m)) out.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), entity: m.id });
    }
    return out;
  }

  /** Whether `entity` is mentioned inside `span` (a quotation naming someone: "I told Harry"). */
  mentionedWithin(entity: string | null, span: Span): boolean {
    if (entity === null) return false;
    for (let k = this.firstEndingAfter(span.start); k < this.mentions.length && this.mentions[k].start < span.end; k++) {
      const m = this.mentions[k];
      if (m.id === entity && m.start >= span.start && m.end <= span.end) return true;
    }
    return false;
  }

  /** The last organisation's mention ending before `before`, among the LOOK_BACK mentions before it. */
  lastOrganisationBefore(text: string, before: number): Speaker | null {
    const lo = this.firstStartingAt(before);
    for (let k = lo - 1; k >= 0 && k >= lo - LOOK_BACK; k--) {
      const m = this.mentions[k];
      if (m.type === 'ORG' && m.end <= before && !isPossessive(text, m)) return { start: m.start, end: m.end, text: text.slice(m.start, m.end), entity: m.id };
    }
    return null;
  }

  /**
   * The last person's mention ending before `before` and after `after` (a possessive one too:
   * `Conti's 17th year … he says`), among the LOOK_BACK mentions before it.
   */
  lastPersonBetween(text: string, after: number, before: number): Speaker | null {
    const lo = this.firstStartingAt(before);
    for (let k = lo - 1; k >= 0 && k >= lo - LOOK_BACK; k--) {
      const m = this.mentions[k];
      if (m.start < after) return null;
      if (m.type === 'PER' && m.end <= before) return { start: m.start, end: m.end, text: text.slice(m.start, m.end), entity: m.id };
    }
    return null;
  }

  /** The last mention of `entity` ending before `before`, among the LOOK_BACK mentions before it. */
  lastMentionOf(text: string, entity: string, before: number): Speaker | null {
    const lo = this.firstStartingAt(before);
    for (let k = lo - 1; k >= 0 && k >= lo - LOOK_BACK; k--) {
      const m = this.mentions[k];
      if (m.id === entity && m.end <= before) return { start: m.start, end: m.end, text: text.slice(m.start, m.end), entity: m.id };
    }
    return null;
  }

  /** The fullest name of the person `entity` is, or null when it is no person. */
  personName(entity: string | null): string | null {
    return entity === null ? null : this.personNames.get(entity) ?? null;
  }

  isOrganisation(entity: string | null): boolean {
    return entity !== null && this.organisations.has(entity);
  }

  isPerson(entity: string | null): boolean {
    return entity !== null && this.personNames.has(entity);
  }

  /**
   * The last mention of `speaker`'s entity between the speaker and `before`, if any. Only a
   * mention written like the speaker (معاذ … معاذ) counts: a grouping mistake upstream must
   * not turn a speaker into another word.
   */
  latestMention(text: string, speaker: Speaker, before: number): Speaker | null {
    if (!speaker.entity) return latestDescription(text, speaker, before);
    // Read backwards from `before`, at most LOOK_BACK mentions: the first match is the latest,
    // and a long text full of names stays linear.
    const last = this.firstStartingAt(before);
    for (let k = last - 1; k >= 0 && k >= last - LOOK_BACK; k--) {
      const m = this.mentions[k];
      if (m.start < speaker.end) break;
      if (m.id !== speaker.entity || m.end > before) continue;
      const written = text.slice(m.start, m.end);
      if (written.includes(speaker.text) || speaker.text.includes(written)) return { start: m.start, end: m.end, text: written, entity: m.id };
    }
    return null;
  }

  /**
   * For a description (the foreign secretary) that is a role phrase standing for a person: that
   * person's latest mention by name before it (the gold's "nearest explicit name mention").
   */
  namedMentionFor(text: string, span: Span): Speaker | null {
    const role = this.firstOverlapping(span, (m) => m.byRole);
    if (!role) return null;
    const last = this.firstStartingAt(span.start);
    for (let k = last - 1; k >= 0 && k >= last - LOOK_BACK; k--) {
      const m = this.mentions[k];
      if (m.id === role.id && !m.byRole && m.end <= span.start) return { start: m.start, end: m.end, text: text.slice(m.start, m.end), entity: m.id };
    }
    return null;
  }

  /** The first mention index starting at or after `offset`. */
  private firstStartingAt(offset: number): number {
    return partitionPoint(this.mentions.length, (i) => this.mentions[i].start < offset);
  }
}

/** How far back a described speaker's later mentions are looked for (characters). */
const DESCRIPTION_REACH = 3000;

/**
 * `مسؤول عراقي` … `قال المسؤول العراقي`: a described speaker (no name) mentioned again, with the
 * article or as before, between where it was read and `before`: the latest such mention, the
 * gold's "most recent explicit mention". Arabic descriptions of two words or more only.
 */
function latestDescription(text: string, speaker: Speaker, before: number): Speaker | null {
  const words = speaker.text.split(/\s+/).filter(Boolean);
  if (words.length < 2 || !words.every((w) => /^[\u0621-\u064a]+$/.test(w))) return null;
  const definite = words.map((w) => (hasArticle(w) ? w : `\u0627\u0644${w}`)).join(' ');
  const floor = Math.max(speaker.end, before - DESCRIPTION_REACH);
  if (before <= floor) return null;
  // Searched in the window only: a long text full of such speakers stays linear.
  const window = text.slice(floor, before);
  let best: Speaker | null = null;
  for (const form of new Set([speaker.text, definite])) {
    let at = window.lastIndexOf(form);
    // A whole-word match: no letter glued after it (a clitic before it is fine: وقال المسؤول).
    while (at >= 0 && /[\u0621-\u064a]/.test(text[floor + at + form.length] ?? '')) at = at > 0 ? window.lastIndexOf(form, at - 1) : -1;
    if (at >= 0 && (!best || floor + at > best.start)) best = { start: floor + at, end: floor + at + form.length, text: form, entity: null };
  }
  return best;
}
