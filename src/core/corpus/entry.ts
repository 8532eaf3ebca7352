import type { Analysis, EntityType, Language, QuoteKind } from '../types';
import { formKey, identityKey } from './keys';
import { LinePositions } from './positions';

/**
 * A place in an article: offsets (what the reveal command takes) and the 0-based line and
 * column of both ends (what a Location in a file that is not open needs):
 * [start, end, line, character, endLine, endCharacter].
 */
export type Place = [number, number, number, number, number, number];

/** One entity of one article, as the corpus index keeps it. */
export interface EntryEntity {
  /** The corpus-wide identity (identityKey): the same in every article naming this entity. */
  key: string;
  type: EntityType;
  /** The fullest form in this article. */
  name: string;
  otherName?: string;
  /** Each distinct written form (as first written), and its count in this article. */
  forms: [string, number][];
  mentions: Place[];
  /** Quotes in this article whose speaker is this entity. */
  quotes: number;
}

export interface EntryQuote {
  place: Place;
  /** The quote's words, shortened to QUOTE_CHARS. */
  text: string;
  kind: QuoteKind;
  /** The speaker's entity key (EntryEntity.key). */
  speaker: string;
}

/** What the corpus index keeps of one article: its names and its attributed quotes. */
export interface ArticleEntry {
  language: Language;
  entities: EntryEntity[];
  quotes: EntryQuote[];
}

/** Quotes are kept this long at most: enough to recognise one in a list, not the whole article. */
export const QUOTE_CHARS = 200;

/**
 * The index entry of one analysed article. `text` is the text the analysis read (its offsets),
 * for the line and column of each place. Linear in the analysis's size.
 */
export function articleEntry(analysis: Analysis, text: string): ArticleEntry {
  const lines = new LinePositions(text);
  const place = (start: number, end: number): Place => [start, end, ...lines.at(start), ...lines.at(end)];
  const keyOfId = new Map<string, string>();
  const byKey = new Map<string, EntryEntity>();
  for (const entity of analysis.entities) {
    const key = identityKey(entity.type, entity.name, entity.otherName);
    keyOfId.set(entity.id, key);
    // Two entities of one article with the same identity (rare: a short form the linker kept apart) become one.
    let entry = byKey.get(key);
    if (!entry) {
      entry = { key, type: entity.type, name: entity.name, forms: [], mentions: [], quotes: 0 };
      if (entity.otherName) entry.otherName = entity.otherName;
      byKey.set(key, entry);
    }
    for (const m of entity.mentions) {
      entry.mentions.push(place(m.start, m.end));
      if (m.byRole) continue; // الرئيس الروسي stands for the person but is not one of their names
      const written = m.text.replace(/\s+/g, ' ').trim();
      const same = entry.forms.find(([f]) => f === written);
      if (same) same[1]++;
      else entry.forms.push([written, 1]);
    }
  }
  const quotes: EntryQuote[] = [];
  for (const q of analysis.quotes) {
    const key = q.speaker?.entity ? keyOfId.get(q.speaker.entity) : undefined;
    if (!key) continue;
    byKey.get(key)!.quotes++;
    quotes.push({ place: place(q.start, q.end), text: q.text.length > QUOTE_CHARS ? `${q.text.slice(0, QUOTE_CHARS)}…` : q.text, kind: q.kind, speaker: key });
  }
  const entities = [...byKey.values()].filter((e) => e.mentions.length > 0 || e.quotes > 0);
  for (const e of entities) e.mentions.sort((a, b) => a[0] - b[0]);
  return { language: analysis.language, entities, quotes };
}

/** Every key a form of the entity is found under (its forms, name and other name); `keyOf` may be a memo of formKey. */
export function entityFormKeys(entity: EntryEntity, keyOf: (form: string) => string = formKey): string[] {
  const keys = new Set<string>();
  for (const [form] of entity.forms) keys.add(keyOf(form));
  keys.add(keyOf(entity.name));
  if (entity.otherName) keys.add(keyOf(entity.otherName));
  keys.delete('');
  return [...keys];
}
