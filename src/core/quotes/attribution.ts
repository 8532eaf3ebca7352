/** What the Arabic and the English attribution steps say about one quotation's speaker. */
import type { PhraseSpan } from './speaker-ar';

export interface Attribution {
  /** A reporting verb or cue was found. */
  found: boolean;
  speaker: PhraseSpan | null;
  /** The speaker is the most recent one (elided or anaphoric subject). */
  usePrevious: boolean;
  /** …and an organisation, if one was named (التقرير، المنظمة). */
  previousOrganisation?: boolean;
  /** …and a person: the subject is `he` or `she`, which no organisation is. */
  previousPerson?: boolean;
  /** The cue introduces the quotation itself (colon, إن/أن, or directly before it). */
  introduces: boolean;
  /**
   * A participle with no speech verb before it (لم ييأس معاذ …، مشيرًا إلى أن): its subject is
   * the clause's, so a name in the clause beats the previous speaker.
   */
  fromClause?: boolean;
  /** Where the clause holding that name starts, when not at the sentence start. */
  clauseStart?: number;
  /** Where that clause ends, when before the quotation (the subject precedes its verb). */
  regionEnd?: number;
  /** Only valid when the speaker phrase is a person's or organisation's mention. */
  needsEntity?: boolean;
}
