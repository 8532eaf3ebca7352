/**
 * The data model shared by every part of News Lens. Offsets are JavaScript string
 * offsets (UTF-16 code units) into the text with any BOM removed; `end` is exclusive.
 * This is what VS Code's `document.offsetAt` gives for the same text.
 */

export type BlockKind = 'title' | 'lead' | 'dateline' | 'heading' | 'caption' | 'paragraph';

export interface Span {
  start: number;
  end: number;
}

export interface Dateline extends Span {
  /** The agency or outlet, e.g. `رويترز`, `Reuters`, `إيلاف`. */
  source?: string;
  /** The place, e.g. `القاهرة`, `LONDON`. */
  place?: string;
}

export interface Block extends Span {
  kind: BlockKind;
  /** 1-based line of the block's first character. */
  line: number;
  /** The block's text as written (artefacts included). */
  text: string;
  /** Present on `dateline` blocks: the span of the dateline prefix and its parts. */
  dateline?: Dateline;
}

export interface Section extends Span {
  /** The heading's text without artefacts; empty for the article's opening. */
  name: string;
  heading: Block | null;
  blocks: Block[];
}

export type ArtefactKind = 'ampersand' | 'html-entity' | 'direction-mark' | 'tatweel' | 'control';

export interface Artefact extends Span {
  kind: ArtefactKind;
}

export type Language = 'ar' | 'en' | 'other';

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Mention extends Span {
  text: string;
  /** A role phrase standing for the person (الرئيس الروسي, the President), not their name. */
  byRole?: true;
  /** The user decided it (an annotation), rather than the recogniser suggesting it. */
  confirmed?: true;
}

export interface Entity {
  /** Stable within one analysis, e.g. `PER-1`. */
  id: string;
  type: EntityType;
  /** The fullest form found in the article. */
  name: string;
  mentions: Mention[];
  /** The name in the other language (Arabic ↔ English), when the gazetteer knows it. */
  otherName?: string;
  /** A short description from the gazetteer. */
  description?: string;
  /** A role found in the text, e.g. `الرئيس الروسي`. */
  role?: string;
}

export type QuoteKind = 'speech' | 'other' | 'reported';

export interface Speaker extends Span {
  text: string;
  /** The id of the entity this speaker mention belongs to, or null. */
  entity: string | null;
}

export interface Quote extends Span {
  /** The quoted content (without the marks); for `reported`, the reported clause. */
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  /**
   * How sure the speaker ranker is of `speaker` (or of nobody): its probability among the
   * candidates, 0 to 1, two decimals. Absent for reported speech, a quotation the user decided,
   * and when no learned ranker chose.
   */
  speakerConfidence?: number;
  /** The opening quotation mark, when there is one. */
  mark?: string;
  /** The user decided it (an annotation), rather than the recogniser suggesting it. */
  confirmed?: true;
}

export interface Structure {
  language: Language;
  isArticle: boolean;
  blocks: Block[];
  sections: Section[];
  artefacts: Artefact[];
}

export interface Analysis extends Structure {
  quotes: Quote[];
  entities: Entity[];
  /** False when names and quotations were not looked for (the text was over the size limit). */
  deep: boolean;
}
