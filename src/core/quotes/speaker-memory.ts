import type { Speaker } from '../types';
import type { MentionIndex } from './mentions';
import type { PhraseSpan } from './speaker-ar';

/** How the attribution rules reached a speaker: its phrase, a name in its clause, or the previous speaker. */
export type RuleSource = 'phrase' | 'region' | 'previous';

/**
 * Which earlier speaker an elided or pronoun subject stands for: the last one, the last
 * organisation (التقرير, the company) or the last one who is no organisation (he, she).
 */
export type Antecedent = 'speaker' | 'organisation' | 'person';

/** The antecedent an attribution asks for. */
export function antecedentOf(a: { previousOrganisation?: boolean; previousPerson?: boolean }): Antecedent {
  return a.previousOrganisation ? 'organisation' : a.previousPerson ? 'person' : 'speaker';
}

export interface RuleSpeaker {
  speaker: Speaker | null;
  source: RuleSource | null;
}

/** How far back (characters) he or she may find a person named when nobody has spoken yet. */
const PERSON_REACH = 400;

/** Earlier speakers kept besides the last one: an interview's two voices, a third one back. */
const RECENT = 2;

function sameOne(a: Speaker, b: Speaker): boolean {
  return a.entity !== null ? a.entity === b.entity : a.text === b.text;
}

/**
 * Who spoke last, and which organisation was named last: what an elided subject (وأضاف, he
 * added) or an anaphor (التقرير، المنظمة, the report) stands for. One per document, read and
 * updated in text order as quotations are attributed.
 */
export class SpeakerMemory {
  private lastSpeaker: Speaker | null = null;
  /** The last organisation named: what التقرير or المنظمة stand for. */
  private lastOrganisation: Speaker | null = null;
  /** The speakers before the last one, most recent first (distinct, at most RECENT). */
  private earlier: Speaker[] = [];
  /** Where the last speaker last spoke (the start of that quotation), -1 before anyone did. */
  lastSpokeAt = -1;

  constructor(
    private readonly text: string,
    private readonly mentions: MentionIndex,
  ) {}

  /**
   * The speaker of a quotation or a reported clause: the phrase found, else a name in the
   * region, else (when asked) the previous speaker or organisation, at its latest mention before
   * `at`. Every speaker found becomes the one remembered.
   */
  speakerFrom(span: PhraseSpan | null, usePrevious: boolean, region: PhraseSpan | null, at: number, antecedent: Antecedent = 'speaker'): Speaker | null {
    const { speaker, source } = this.resolve(span, usePrevious, region, at, antecedent);
    // He or she may reach back past the last speaker (an organisation): that person speaks now.
    if (speaker && (source !== 'previous' || antecedent === 'person')) this.remember(speaker, at, source === 'phrase' && span?.org === true);
    return speaker;
  }

  /** What speakerFrom finds, and how, without remembering it. */
  resolve(span: PhraseSpan | null, usePrevious: boolean, region: PhraseSpan | null, at: number, antecedent: Antecedent = 'speaker'): RuleSpeaker {
    if (span && !span.description) return { speaker: this.mentions.speakerFor(this.text, span, region)!, source: 'phrase' };
    if (span) {
      // The foreign secretary is Jack Straw: his latest mention by name speaks. A description
      // nobody holds in this text (the Liverpool player) reads as he or she.
      const named = this.mentions.namedMentionFor(this.text, span);
      if (named) return { speaker: named, source: 'phrase' };
    }
    if (region) {
      const fromEntity = this.mentions.speakerFor(this.text, null, region);
      // He, she or "the Westbury player" is no organisation, even one named in the sentence.
      if (fromEntity && !(antecedent === 'person' && this.mentions.isOrganisation(fromEntity.entity))) return { speaker: fromEntity, source: 'region' };
    }
    if (!usePrevious) return { speaker: null, source: null };
    const previous = this.previous(at, antecedent);
    return { speaker: previous, source: previous ? 'previous' : null };
  }

  /** The previous speaker (or organisation, or person), at its latest mention before `at`. */
  previous(at: number, antecedent: Antecedent = 'speaker'): Speaker | null {
    if (antecedent === 'organisation') {
      // وقالت الشركة في بيان, the fund said: the organisation named last, whether it spoke or not.
      const named = this.mentions.lastOrganisationBefore(this.text, at);
      const spoke = this.lastOrganisation;
      if (named && (!spoke || named.start > spoke.start)) return named;
      if (spoke) return this.mentions.latestMention(this.text, spoke, at) ?? { ...spoke };
      // No organisation yet: the army or the ministry is nobody named so far, least of all the
      // person who spoke last.
      if (this.lastSpeaker && this.mentions.isPerson(this.lastSpeaker.entity)) return null;
    }
    let previous = this.lastSpeaker;
    // He or she: the last speaker who is no organisation (the ministry spoke since, not "he").
    if (antecedent === 'person') {
      previous = [previous, ...this.earlier].find((s) => s !== null && !this.mentions.isOrganisation(s.entity)) ?? null;
      // Nobody has spoken yet: he or she is the person named last, close before.
      if (!previous) return this.mentions.lastPersonBetween(this.text, Math.max(0, at - PERSON_REACH), at);
    }
    if (!previous) return null;
    // "The most recent explicit mention of that speaker": a later mention of the same entity.
    return this.mentions.latestMention(this.text, previous, at) ?? { ...previous };
  }

  /** The speakers before the previous one, at their latest mentions before `at`. */
  earlierSpeakers(at: number): Speaker[] {
    return this.earlier.map((s) => this.mentions.latestMention(this.text, s, at) ?? { ...s });
  }

  /** An organisation named by a quotation (منظمة "هيومن رايتس ووتش"): what a later التقرير stands for. */
  organisationNamed(organisation: Speaker): void {
    this.lastOrganisation = organisation;
  }

  /** `speaker` spoke at `at`: the one an elided subject stands for from now on. */
  remember(speaker: Speaker, at: number, org = false): Speaker {
    const previous = this.lastSpeaker;
    if (previous && !sameOne(previous, speaker)) this.earlier = [previous, ...this.earlier.filter((s) => !sameOne(s, previous) && !sameOne(s, speaker))].slice(0, RECENT);
    this.lastSpeaker = speaker;
    this.lastSpokeAt = at;
    if (org || this.mentions.isOrganisation(speaker.entity)) this.lastOrganisation = speaker;
    return speaker;
  }
}
