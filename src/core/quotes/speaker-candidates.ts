/**
 * The people and bodies that may have said a quotation, each with the evidence for it as
 * feature names the speaker ranker (speaker-ranker.ts) weighs: where the candidate comes from
 * (the attribution rules' phrase, a name in the sentence, the previous speaker, the article's
 * main actor), what it is (a person's or organisation's name, a role, a described source, a
 * place, a plain noun phrase), how far and on which side of the quotation it stands, whether the
 * verb agrees with it, and whether a heading or a new paragraph separates it from the quotation.
 * Plus the empty candidate (nobody): an empty speaker beats a wrong one.
 */
import type { Speaker } from '../types';
import { isArabicSpeechCue } from './attribution-ar';
import type { MentionIndex } from './mentions';
import { isRole } from './speaker-ar';
import { abstractArabicHead, feminineArabicSpeaker, feminineArabicVerb, maleGivenName, possessedArabicWord, prepositionalArabic } from './speaker-shape-ar';
import type { RuleSpeaker } from './speaker-memory';
import { isCapitalised, quoteTokens, type Token } from './tokens';
import { hasArticle, withoutProclitics } from '../lang/ar/clitics';
import { lexiconClass } from '../entities/lexicon';
import { matchKey } from '../text/normalize';
import { isArabicFunctionWord } from '../lang/ar/stop-words';
import { hasTanween } from '../entities/words';
import { AR_DATE_WORDS, AR_ORG_HEADS, AR_SOURCE_HEADS } from '../lang/ar/speaker-words';
import { EN_DATE_WORDS, EN_ORG_HEADS, EN_PERSON_NOUNS, EN_ROLES, EN_SOURCE_HEADS, EN_TITLES } from '../lang/en/speaker-words';

export interface Candidate {
  /** null: nobody (the quotation keeps no speaker). */
  speaker: Speaker | null;
  features: string[];
  /**
   * Memory only (the previous speaker, the main actor, a name nearby) where the verb has its own
   * subject that speaks: never picked (rankWith), though the ranker learns from it like any other.
   */
  overruled?: boolean;
}

/** What the candidates of one speech quotation are read from. */
export interface QuoteSituation {
  text: string;
  lang: 'ar' | 'en';
  mentions: MentionIndex;
  /** The quotation's opening mark (or start) and the end of its closing mark. */
  openAt: number;
  closeEnd: number;
  /** The quotation's sentence: where its words before the quotation start and its words after end. */
  sentenceStart: number;
  sentenceEnd: number;
  paragraphStart: number;
  /** Words of the sentence before the quotation. */
  prefix: Token[];
  /** A reporting cue was found for it. */
  cueFound: boolean;
  /** The cue's subject is a pronoun or elided (he said, وأضاف): it asks for the previous speaker. */
  askedPrevious: boolean;
  /** …and the subject is `he` or `she`: no organisation said it. */
  askedPerson: boolean;
  /** …and the subject is an organisation's anaphor (التقرير، the company): no person said it. */
  askedOrganisation: boolean;
  /** What the rules chose, and how. */
  rule: RuleSpeaker;
  /** The previous speaker at its latest mention, and where that speaker last spoke. */
  previous: Speaker | null;
  previousSpokeAt: number;
  /** The speakers before the previous one, most recent first. */
  earlier: Speaker[];
  /** Headings' starts, in text order. */
  headings: readonly number[];
}

/** Names in the sentence taken as candidates on either side of the quotation. */
const MENTIONS_BEFORE = 2;
const MENTIONS_AFTER = 1;
/** Names read before the sentence: the last MENTIONS_NEARBY within NEARBY characters, in this paragraph or just before it. */
const MENTIONS_NEARBY = 2;
const NEARBY = 400;
const NEARBY_BEFORE_PARAGRAPH = 200;

function bucket(chars: number): string {
  if (chars <= 3) return '0';
  if (chars <= 25) return '1';
  if (chars <= 80) return '2';
  if (chars <= 250) return '3';
  return '4';
}

function hasDigit(s: string): boolean {
  return /[0-9\u0660-\u0669]/.test(s);
}

/** The nearest speech verb before the quotation in its sentence, when it is Arabic and finite. */
function arabicCueVerb(prefix: Token[]): Token | null {
  for (let k = prefix.length - 1; k >= 0; k--) {
    const t = prefix[k];
    if (t.isWord && isArabicSpeechCue(t.key, t.text) === 'verb') return t;
  }
  return null;
}

/** The English pronoun subject right before the last speech verb of the prefix (she said:). */
function englishPronoun(prefix: Token[]): 'he' | 'she' | null {
  for (let k = prefix.length - 1; k >= 0 && k >= prefix.length - 4; k--) {
    const key = prefix[k].key;
    if (key === 'he' || key === 'she') return key;
  }
  return null;
}

/** What the candidate's words are: a name, a role, a source, a place, a date or number, or a plain phrase. */
export function shapeFeatures(text: string, lang: 'ar' | 'en', mentions: MentionIndex, speaker: Speaker): string[] {
  const words = quoteTokens(text, speaker.start, speaker.end).filter((t) => t.isWord);
  const out: string[] = [];
  let type = mentions.typeAt(speaker);
  if (type === null && speaker.entity !== null && words.length === 1) { type = mentions.isOrganisation(speaker.entity) ? 'ORG' : 'PER'; out.push('alias'); }
  out.push(`type:${type ?? 'none'}`);
  // The word before the span: a role or title standing before a name (الرئيس بوتين, Mr Smith).
  const before = quoteTokens(text, Math.max(0, speaker.start - 30), speaker.start).filter((t) => t.isWord).pop();
  let role = false;
  let source = false;
  let org = false;
  if (lang === 'ar') {
    role = words.some((w) => isRole(w.key)) || (before !== undefined && isRole(before.key));
    // As written first: the و of وزارة، وكالة is the word's own, not a conjunction.
    const head = words.length > 0 ? words[0].key : '';
    source = words.length > 0 && (AR_SOURCE_HEADS.has(head) || AR_SOURCE_HEADS.has(withoutProclitics(head, false)));
    org = words.length > 0 && (AR_ORG_HEADS.has(head) || AR_ORG_HEADS.has(withoutProclitics(head, false)));
    if (words.length > 0 && words.every((w) => hasArticle(withoutProclitics(w.key, false)))) out.push('all-definite');
    if (feminineArabicSpeaker(words)) out.push('feminine');
    // Dictionary words (أسباب إصابته، المباريات) make a noun phrase; a name's words are often not in it.
    const classes = words.map((w) => lexiconClass(matchKey(w.text), []));
    if (classes.length > 0 && classes.every((c) => c === 'k' || c === 's')) out.push('dictionary');
    if (classes.includes('s')) out.push('suffixed');
    if (prepositionalArabic(text, speaker, words)) out.push('prepositional');
    // وكالة أنباء دوغان التركية، سفارة المملكة: an institution's head before a place named in it
    // makes the phrase the institution's, not the place's.
    if (org && type === 'LOC' && words.length > 1 && mentions.typeAt(words[0]) !== 'LOC') { type = 'ORG'; out[out.indexOf('type:LOC')] = 'type:ORG'; }
    // مسؤول في موسكو: a source's description with the place it is in is the source's, as in English.
    else if (source && type === 'LOC' && words.length > 1 && mentions.typeAt(words[0]) !== 'LOC') { type = null; out[out.indexOf('type:LOC')] = 'type:none'; }
  } else {
    const keyOf = (w: Token): string => w.key.replace(/s$/, '');
    // her lawyer, the singer: a person's noun is a role too.
    role = words.some((w) => EN_ROLES.has(w.key) || EN_PERSON_NOUNS.has(w.key) || EN_TITLES.has(w.key.replace(/\.$/, ''))) || (before !== undefined && (EN_ROLES.has(before.key) || EN_TITLES.has(before.key)));
    source = words.some((w) => EN_SOURCE_HEADS.has(w.key) || EN_SOURCE_HEADS.has(keyOf(w)));
    org = words.length > 0 && EN_ORG_HEADS.has(words[words.length - 1].key);
    if (words.length > 0 && words.every((w) => isCapitalised(w) || w.key === 'of')) out.push('capitalised');
    if (words.length > 0 && (words[0].key === 'a' || words[0].key === 'an')) out.push('indefinite');
    if (words.some((w) => w.key === 'ms' || w.key === 'mrs' || w.key === 'miss') || (before && (before.key === 'ms' || before.key === 'mrs'))) out.push('feminine');
    // A Kremlin spokesman, a White House official: the phrase is its head's, a source or a role,
    // and the place only says whose; it is no place (as `سفارة المملكة` above).
    if (type === 'LOC' && (source || role) && words.length > 1 && mentions.typeAt(words[words.length - 1]) !== 'LOC') { type = null; out[out.indexOf('type:LOC')] = 'type:none'; }
  }
  if (role) out.push('role');
  if (source) out.push('source');
  if (org) out.push('org-head');
  if (hasDigit(speaker.text)) out.push('digit');
  const dates = lang === 'ar' ? AR_DATE_WORDS : EN_DATE_WORDS;
  if (words.some((w) => dates.has(lang === 'ar' ? withoutProclitics(w.key, false) : w.key))) out.push('date');
  const speaks = type === 'PER' || type === 'ORG' || role || source || org || out.includes('capitalised');
  if (!speaks) {
    out.push('plain');
    // English lower-case words naming nobody: a noun phrase (the rules). Arabic names are made of
    // ordinary words too (خولة الخطيب), so there the ranker weighs the dictionary features instead.
    if (lang === 'en') out.push('noun-phrase');
    // Arabic: a plain phrase with a function word (عما) or an indefinite word (دائمًا) is a clause
    // or an adverbial, never a name made of ordinary words.
    else if (words.some((w) => isArabicFunctionWord(withoutProclitics(w.key, true)) || isArabicFunctionWord(w.key) || hasTanween(w.text))) out.push('noun-phrase');
    // صراحة، الإصابة، الواقعية: a phrase headed by an abstract noun names no one who speaks.
    else if (words.length > 0 && abstractArabicHead(words[0].key)) out.push('noun-phrase');
    // رأيه، آخر مواقفه، كلماتها: a noun with a possessive pronoun is something of someone's.
    else if (words.some((w) => possessedArabicWord(w.text))) out.push('noun-phrase');
  }
  out.push(`words:${Math.min(words.length, 3)}`);
  return out;
}

/**
 * What a speaker never is: a place, a date or number, a plain noun phrase; in English also what
 * the tagger calls MISC (CoNLL's events, products, nationalities: `DDoS`). The Arabic tagger's
 * MISC holds mistyped persons too (رزق الله), so there it stays a candidate the ranker weighs.
 */
const NEVER_SPEAKS = ['type:LOC', 'digit', 'date', 'noun-phrase', 'prepositional'];
const NEVER_SPEAKS_EN = [...NEVER_SPEAKS, 'type:MISC'];
const neverSpeaks = (shape: readonly string[], lang: 'ar' | 'en'): boolean => (lang === 'en' ? NEVER_SPEAKS_EN : NEVER_SPEAKS).some((f) => shape.includes(f));

/**
 * Whether the speaker can speak at all: a person's or organisation's name, a role, a described
 * source, an organisation's head; never a place, a date or number, or a plain noun phrase.
 */
export function canSpeak(text: string, lang: 'ar' | 'en', mentions: MentionIndex, speaker: Speaker): boolean {
  return !neverSpeaks(shapeFeatures(text, lang, mentions, speaker), lang);
}

function sameCandidate(a: Speaker, b: Speaker): boolean {
  if (a.entity !== null && a.entity === b.entity) return true;
  return a.start < b.end && b.start < a.end;
}

/**
 * The candidates for one speech quotation, the empty one first. Each candidate's features are
 * joined with its source (`rule&type:PER`) so one linear model weighs a rule's pick and a
 * name nearby differently.
 */
export function speakerCandidates(s: QuoteSituation): Candidate[] {
  const found: { speaker: Speaker; sources: string[] }[] = [];
  const add = (speaker: Speaker | null, source: string): void => {
    if (!speaker) return;
    const same = found.find((c) => sameCandidate(c.speaker, speaker));
    if (same) { if (!same.sources.includes(source)) same.sources.push(source); return; }
    found.push({ speaker, sources: [source] });
  };
  if (s.rule.speaker) add(s.rule.speaker, `rule-${s.rule.source}`);
  const before = s.mentions.speakersWithin(s.text, { start: s.sentenceStart, end: s.openAt });
  for (const m of before.slice(-MENTIONS_BEFORE).reverse()) add(m, 'sentence');
  const after = s.mentions.speakersWithin(s.text, { start: s.closeEnd, end: s.sentenceEnd });
  for (const m of after.slice(0, MENTIONS_AFTER)) add(m, 'sentence');
  add(s.previous, 'previous');
  for (const e of s.earlier) add(e, 'earlier');
  // The persons named just before the sentence (its topic is often the previous sentence's subject).
  const nearby = s.mentions.speakersWithin(s.text, { start: Math.max(s.paragraphStart - NEARBY_BEFORE_PARAGRAPH, s.sentenceStart - NEARBY), end: s.sentenceStart });
  for (const m of nearby.slice(-MENTIONS_NEARBY).reverse()) add(m, 'nearby');
  const main = s.mentions.mainActor;
  if (main !== null) add(s.mentions.lastMentionOf(s.text, main, s.openAt), 'main');

  const shapes = found.map((c) => shapeFeatures(s.text, s.lang, s.mentions, c.speaker));
  const gender = cueGender(s);
  const context = situationFeatures(rulesFoundNobody(s, found, shapes) ? { ...s, rule: { speaker: null, source: null } } : s);
  const candidates: Candidate[] = [{ speaker: null, features: ['null', ...context.map((f) => `null&${f}`)] }];
  // `"…," police said`: the verb's own subject as the rules read it, something that speaks (a
  // name, a role, a source; not a plain phrase), is not overruled by memory.
  const rulePick = found.findIndex((c) => c.sources.includes('rule-phrase'));
  const explicitSubject = rulePick >= 0 && !neverSpeaks(shapes[rulePick], s.lang) && !shapes[rulePick].includes('plain');
  for (const [k, c] of found.entries()) {
    const shape = shapes[k];
    // Never a place, a date or number, or a plain noun phrase: nobody rather than one of those.
    if (neverSpeaks(shape, s.lang)) continue;
    // "I said to Harry …": the person a quotation names is not who says it (an organisation
    // names itself: "GM's goal", "The agency has provided"). English only: Arabic mentions link
    // less surely (a common word like صالح taken for a name in the speaker's own words).
    if (s.lang === 'en' && shape.includes('type:PER') && s.mentions.mentionedWithin(c.speaker.entity, { start: s.openAt, end: s.closeEnd })) continue;
    // قالت never has a man for its subject: a person whose full name starts with a man's given name.
    if (s.lang === 'ar' && maleSpeakerOfFeminineVerb(s, c.speaker, gender)) continue;
    // "…," he asked: a pronoun that names a person is never an organisation.
    if (s.askedPerson && (shape.includes('type:ORG') || shape.includes('org-head'))) continue;
    // وبحسب بيان صادر عن الجيش, the company said: an organisation's anaphor is never a person.
    if (s.askedOrganisation && shape.includes('type:PER')) continue;
    const own = [...shape, ...placeFeatures(s, c.speaker), ...agreementFeatures(s, c.speaker, gender)];
    if (s.mentions.mentionCount(c.speaker.entity) >= 3) own.push('salient');
    if (c.speaker.entity !== null && c.speaker.entity === main) own.push('main-actor');
    const features = ['candidate'];
    for (const source of c.sources) {
      features.push(`src:${source}`);
      if (s.askedPrevious) features.push(`asked-previous&${source}`);
      for (const f of own) if (joined(f)) features.push(`${source}&${f}`);
    }
    for (const f of own) features.push(f);
    if (c.sources.length > 1) features.push('several-sources');
    const memoryOnly = !c.sources.some((source) => source.startsWith('rule-') || source === 'sentence');
    candidates.push(explicitSubject && memoryOnly ? { speaker: c.speaker, features, overruled: true } : { speaker: c.speaker, features });
  }
  return candidates;
}

/**
 * The rules' own pick cannot speak (فأجابه بصراحة: the phrase read after the verb is an
 * adverbial) and no other candidate is backed by two sources (named in the sentence and the previous
 * speaker, the previous speaker and the main actor): the sentence names nobody who speaks, and the
 * empty candidate keeps the weight it has when the rules find nobody. Else a name read once far
 * back (the main actor of an article naming everyone once) wins by a hair, and every elided
 * subject after it inherits it as the previous speaker.
 */
function rulesFoundNobody(s: QuoteSituation, found: readonly { sources: string[] }[], shapes: readonly string[][]): boolean {
  const rulePick = found.findIndex((c) => c.sources.some((source) => source.startsWith('rule-')));
  if (rulePick < 0 || !neverSpeaks(shapes[rulePick], s.lang)) return false;
  return !found.some((c, k) => c.sources.length > 1 && !neverSpeaks(shapes[k], s.lang));
}

/**
 * The features also read joined with the candidate's source: what it is and where it stands (all
 * of them joined overfit the tuning gold in cross-validation).
 */
function joined(feature: string): boolean {
  return feature.startsWith('type:') || feature === 'plain' || feature === 'role' || feature === 'source' || feature.startsWith('before') || feature.startsWith('after');
}

/** What holds for the quotation whoever the candidate is. */
function situationFeatures(s: QuoteSituation): string[] {
  const out = [`cue:${s.cueFound}`, `rule:${s.rule.source ?? 'none'}`];
  if (s.askedPrevious) out.push('asked-previous');
  if (s.prefix.length === 0) out.push('opens-sentence');
  return out;
}

/** Distance and direction to the quotation, and what separates them. */
function placeFeatures(s: QuoteSituation, c: Speaker): string[] {
  const out: string[] = [];
  if (c.end <= s.openAt) {
    out.push('before', `before:${bucket(s.openAt - c.end)}`);
    if (c.start < s.paragraphStart) out.push('earlier-paragraph');
    if (s.headings.some((h) => h > c.end && h < s.openAt)) out.push('heading-between');
  } else if (c.start >= s.closeEnd) {
    out.push('after', `after:${bucket(c.start - s.closeEnd)}`);
  } else {
    out.push('inside');
  }
  if (s.previous && sameCandidate(s.previous, c) && s.previousSpokeAt >= 0) {
    if (s.previousSpokeAt < s.paragraphStart) out.push('spoke-in-earlier-paragraph');
    // How long ago the previous speaker last spoke: memory fades (learned on ANERcorp's training
    // round, where carrying a speaker over is the Arabic rules' weakest reading).
    if (s.lang === 'ar') out.push(`spoke-ago:${bucket(s.openAt - s.previousSpokeAt)}`);
  }
  return out;
}

/** The gender the quotation's cue gives its subject (قالت or قال, she or he), null without one. */
type CueGender = 'f' | 'm' | 'she' | 'he' | null;

function cueGender(s: QuoteSituation): CueGender {
  if (s.lang === 'en') return englishPronoun(s.prefix);
  const verb = arabicCueVerb(s.prefix);
  return verb === null ? null : feminineArabicVerb(verb) ? 'f' : 'm';
}

/** The quotation's speech verb is feminine (قالت، تضيف) and the candidate is a man by his given name. */
function maleSpeakerOfFeminineVerb(s: QuoteSituation, c: Speaker, gender: CueGender): boolean {
  if (gender !== 'f') return false;
  const name = s.mentions.personName(c.entity);
  return name !== null && maleGivenName(name);
}

/** The verb's gender against the candidate's: قالت with a feminine name, she said with Ms. */
function agreementFeatures(s: QuoteSituation, c: Speaker, gender: CueGender): string[] {
  if (gender === null) return [];
  const words = quoteTokens(s.text, c.start, c.end).filter((t) => t.isWord);
  if (s.lang === 'ar') return [`agree:${gender}${feminineArabicSpeaker(words) ? 'f' : 'm'}`];
  const feminine = words.some((w) => w.key === 'ms' || w.key === 'mrs') || /\b(Ms|Mrs)\s*$/.test(s.text.slice(Math.max(0, c.start - 6), c.start));
  return [`agree:${gender}-${feminine ? 'ms' : 'other'}`];
}

