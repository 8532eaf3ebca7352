import type { Speaker } from '../types';
import type { MentionIndex } from './mentions';
import type { PhraseSpan } from './speaker-ar';

/**
 * Who spoke last, and which organisation was named last: what an elided subject (وأضاف, he
 * added) or an anaphor (التقرير، المنظمة, the report) stands for. One per document, read and
 * updated in text order as quotations are attributed.
 */
export class SpeakerMemory {
  private lastSpeaker: Speaker | null = null;
  /** The last organisation named: what التقرير or المنظمة stand for. */
  private lastOrganisation: Speaker | null = null;

  constructor(
    private readonly text: string,
    private readonly mentions: MentionIndex,
  ) {}

  /**
   * The speaker of a quotation or a reported clause: the phrase found, else a name in the
   * region, else (when asked) the previous speaker or organisation, at its latest mention before
   * `at`. Every speaker found becomes the one remembered.
   */
  speakerFrom(span: PhraseSpan | null, usePrevious: boolean, region: PhraseSpan | null, at: number, organisation = false): Speaker | null {
    if (span) return this.remember(this.mentions.speakerFor(this.text, span, region)!, span.org === true);
    if (region) {
      const fromEntity = this.mentions.speakerFor(this.text, null, region);
      if (fromEntity) return this.remember(fromEntity, false);
    }
    const previous = organisation && this.lastOrganisation ? this.lastOrganisation : this.lastSpeaker;
    if (!usePrevious || !previous) return null;
    // "The most recent explicit mention of that speaker": a later mention of the same entity.
    return this.mentions.latestMention(this.text, previous, at) ?? { ...previous };
  }

  /** An organisation named by a quotation (منظمة "هيومن رايتس ووتش"): what a later التقرير stands for. */
  organisationNamed(organisation: Speaker): void {
    this.lastOrganisation = organisation;
  }

  private remember(speaker: Speaker, org: boolean): Speaker {
    this.lastSpeaker = speaker;
    if (org || this.mentions.isOrganisation(speaker.entity)) this.lastOrganisation = speaker;
    return speaker;
  }
}
