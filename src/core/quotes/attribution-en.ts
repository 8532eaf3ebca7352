/**
 * Who said an English quotation: `"…," X said` / `"…" said X` after it, `X said: "…"`
 * or a reporting verb earlier in its sentence, `according to X`. Pronoun subjects
 * (he added) ask for the most recent speaker.
 */
import type { Attribution } from './attribution';
import type { PhraseSpan } from './speaker-ar';
import { isCapitalised, type Token } from './tokens';
import { EN_DOCUMENT_HEADS, EN_NAME_PARTICLES, EN_NOT_NAMES, EN_ORG_ANAPHORS, EN_ORG_HEADS, EN_PERSON_NOUNS, EN_PRONOUNS, EN_ROLES, EN_SOURCE_HEADS } from '../lang/en/speaker-words';
import { EN_CALLING_VERBS, EN_SPEECH_VERBS, EN_VERBS_BEFORE_SPEAKER } from '../lang/en/speech-verbs';

/**
 * 'organisation': a definite description of an organisation (the company), the one named earlier;
 * 'person': `he` or `she`, the previous speaker who is no organisation.
 */
export type Subject = PhraseSpan | 'previous' | 'organisation' | 'person' | null;

/** What a pronoun subject stands for: he and she name a person; they, it, we, I any speaker. */
function pronounSubject(t: Token): 'person' | 'previous' {
  return t.key === 'he' || t.key === 'she' ? 'person' : 'previous';
}

const AUXILIARIES = new Set(['also', 'meanwhile', 'has', 'have', 'had', 'was', 'is', 'then', 'previously', 'later', 'again', 'recently', 'reportedly', 'once', 'last', 'year', 'week', 'today', 'yesterday', 'however']);
const STOP_AFTER = new Set(['who', 'which', 'whose', 'in', 'on', 'at', 'of', 'to', 'for', 'from', 'during', 'after', 'before', 'when', 'while', 'that', 'and']);

function isNamePart(t: Token): boolean {
  return t.isWord && (isCapitalised(t) || EN_NAME_PARTICLES.has(t.key));
}

/** Trims role words and sentence openers from the left of a capitalised run. */
function trimRun(tokens: Token[], from: number, to: number): PhraseSpan | null {
  while (from <= to && (EN_NOT_NAMES.has(tokens[from].key) || tokens[from].text.endsWith("'s") || EN_NAME_PARTICLES.has(tokens[from].key))) from++;
  while (to >= from && EN_NAME_PARTICLES.has(tokens[to].key)) to--;
  return from <= to ? { start: tokens[from].start, end: tokens[to].end } : null;
}

function runStart(tokens: Token[], end: number): number {
  let from = end;
  while (from - 1 >= 0 && isNamePart(tokens[from - 1]) && end - from < 5) from--;
  return from;
}

/**
 * The capitalised run ending at `end` (inclusive), titles included (Mr Eddington). A run
 * that only names the person's organisation gives way to the person before it:
 * "Pieter Van der Berg of Norvex Bank", "Ann Price, Harbour Traders Association".
 */
function runEndingAt(tokens: Token[], end: number): PhraseSpan | null {
  const from = runStart(tokens, end);
  const link = from - 1 >= 0 ? tokens[from - 1] : null;
  // The Ministry of Defence, the Bank of England: `of` after an organisation's head is inside its name.
  if (link?.key === 'of' && from - 2 >= 0 && isCapitalised(tokens[from - 2]) && EN_ORG_HEADS.has(tokens[from - 2].key)) return trimRun(tokens, runStart(tokens, from - 2), end);
  if (link && (link.key === 'of' || link.key === 'at' || (link.text === ',' && EN_ORG_HEADS.has(tokens[end].key))) && from - 2 >= 0 && isCapitalised(tokens[from - 2]) && !EN_NOT_NAMES.has(tokens[from - 2].key)) {
    const person = trimRun(tokens, runStart(tokens, from - 2), from - 2);
    if (person) return person;
  }
  return trimRun(tokens, from, end);
}

/** The article opening a description that ends at `end` (a, an, the), within five words. */
function descriptorArticle(tokens: Token[], end: number): Token | null {
  for (let k = end - 1; k >= 0 && k >= end - 5; k--) {
    const key = tokens[k].key;
    if (key === 'a' || key === 'an' || key === 'the') return tokens[k];
    if (!tokens[k].isWord) break;
  }
  return null;
}

/** The words after `the` up to the head noun: a mention of a role's holder, or of nobody known. */
function personDescription(tokens: Token[], article: Token, head: Token): PhraseSpan {
  const first = tokens[tokens.indexOf(article) + 1];
  return { start: first.start, end: head.end, description: true };
}

function descriptorEndingAt(tokens: Token[], end: number): PhraseSpan | null {
  const article = descriptorArticle(tokens, end);
  return article ? { start: article.start, end: tokens[end].end } : null;
}

/** The subject of the verb at `v`, read backwards. */
export function subjectBefore(tokens: Token[], v: number): Subject {
  let j = v - 1;
  while (j >= 0 && tokens[j].isWord && AUXILIARIES.has(tokens[j].key)) j--;
  if (j < 0) return 'previous';
  let t = tokens[j];
  if (t.text === ',') {
    // An apposition: "Tom Fielding, the airline's chief executive, said" / "…, Theresa May, said".
    if (j - 1 >= 0 && isCapitalised(tokens[j - 1]) && !EN_NOT_NAMES.has(tokens[j - 1].key)) {
      const from = runStart(tokens, j - 1);
      if (from === 0 || tokens[from - 1].text === ',') return trimRun(tokens, from, j - 1) ?? 'previous';
    }
    let k = j - 1;
    while (k >= 0 && k >= j - 30 && tokens[k].text !== ',') k--;
    if (k > 0 && tokens[k].text === ',' && isNamePart(tokens[k - 1])) return runEndingAt(tokens, k - 1);
    // "One resident, who did not want to be named, said": an indefinite description is someone new.
    if (k > 0 && tokens[k].text === ',') return indefiniteDescriptionEndingAt(tokens, k - 1) ?? 'previous';
    return 'previous';
  }
  if (!t.isWord) return null;
  if (EN_PRONOUNS.has(t.key)) return pronounSubject(t);
  // "a spokeswoman for the department said": an indefinite source with what it speaks for.
  const described = indefiniteSourceBefore(tokens, j);
  if (described) return described;
  if (EN_ORG_ANAPHORS.has(t.key) && j > 0 && tokens[j - 1].key === 'the') return 'organisation';
  if (isCapitalised(t)) return indefiniteSourceBefore(tokens, j) ?? runEndingAt(tokens, j);
  // "her lawyer said", "his spokesman said": someone of a person's, newly speaking.
  if (j > 0 && POSSESSIVE_DETERMINERS.has(tokens[j - 1].key) && (EN_PERSON_NOUNS.has(t.key) || EN_ROLES.has(t.key) || EN_SOURCE_HEADS.has(t.key))) return { start: tokens[j - 1].start, end: t.end };
  // "The Liverpool player said", "The foreign secretary said": a definite description of a person.
  const article = descriptorArticle(tokens, j);
  if (article?.key === 'the' && (EN_PERSON_NOUNS.has(t.key) || EN_ROLES.has(t.key))) return personDescription(tokens, article, t);
  if (EN_SOURCE_HEADS.has(t.key) || (t.key.endsWith('s') && EN_SOURCE_HEADS.has(t.key.slice(0, -1)))) {
    const descriptor = descriptorEndingAt(tokens, j);
    // "The minister told the conference …": a definite description refers back; "the report"
    // to the organisation that wrote it, never to a person.
    if (descriptor && text(tokens, descriptor).toLowerCase().startsWith('the ')) return EN_DOCUMENT_HEADS.has(t.key) ? 'organisation' : 'previous';
    if (descriptor) return descriptor;
    if (j - 1 >= 0 && isCapitalised(tokens[j - 1])) return { start: tokens[j - 1].start, end: t.end };
    return { start: t.start, end: t.end };
  }
  return null;
}

/** `One resident`, `a local teacher` ending at `end`: an article or `one` and at most three words. */
function indefiniteDescriptionEndingAt(tokens: Token[], end: number): PhraseSpan | null {
  for (let k = end - 1; k >= 0 && k >= end - 3; k--) {
    const t = tokens[k];
    if (!t.isWord) return null;
    if (t.key === 'a' || t.key === 'an' || t.key === 'one') return k === 0 || !tokens[k - 1].isWord ? { start: t.start, end: tokens[end].end } : null;
  }
  return null;
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its']);

/** `a spokeswoman for the department`, `an official at the ministry`, `an aide to the president` ending at `end`: the whole source. */
function indefiniteSourceBefore(tokens: Token[], end: number): PhraseSpan | null {
  for (let k = end - 1; k >= 1 && k >= end - 6; k--) {
    if (!tokens[k].isWord) return null;
    if (!SOURCE_LINKS.has(tokens[k].key)) continue;
    const head = tokens[k - 1];
    const article = k >= 2 ? tokens[k - 2] : null;
    if (EN_SOURCE_HEADS.has(head.key) && article && (article.key === 'a' || article.key === 'an')) return { start: article.start, end: tokens[end].end };
    // …of a name (the Ministry of Defence): read on to the link before it.
    if (!isCapitalised(head)) return null;
  }
  return null;
}

const SOURCE_LINKS = new Set(['for', 'at', 'of', 'from', 'to']);

/** The name after a verb: "said Oslo-based British lawyer Ann Price, who …". */
export function nameAfter(tokens: Token[], from: number): Subject {
  if (from < tokens.length && tokens[from].isWord && EN_PRONOUNS.has(tokens[from].key)) return pronounSubject(tokens[from]);
  let lastRun: PhraseSpan | null = null;
  let runStart = -1;
  let descriptorStart = -1;
  let sawRole = false;
  for (let i = from; i < tokens.length && i < from + 9; i++) {
    const t = tokens[i];
    // "said the airline's director of route planning, Tom Fielding": the role's holder after its comma.
    if (t.text === ',' && sawRole) return appositionName(tokens, i + 1) ?? lastRun;
    if (!t.isWord || STOP_AFTER.has(t.key) && !(t.key === 'of' && sawRole) && !insideName(tokens, i)) break;
    if (EN_ROLES.has(t.key)) sawRole = true;
    if (descriptorStart < 0 && (t.key === 'a' || t.key === 'an' || t.key === 'the')) descriptorStart = i;
    if (isNamePart(t) || (runStart >= 0 && insideName(tokens, i))) {
      if (runStart < 0) runStart = i;
      lastRun = trimRun(tokens, runStart, i) ?? lastRun;
    } else {
      runStart = -1;
      // "said the Liverpool player": a definite description of a person, its name only a modifier;
      // not when the holder's name follows (the Arsenal manager Arsene Wenger, the coach, X).
      const next = tokens[i + 1];
      if (tokens[descriptorStart]?.key === 'the' && (EN_PERSON_NOUNS.has(t.key) || EN_ROLES.has(t.key)) && !(next && (isNamePart(next) || next.text === ','))) return personDescription(tokens, tokens[descriptorStart], t);
      if (EN_SOURCE_HEADS.has(t.key) && !lastRun && descriptorStart >= 0) return { start: tokens[descriptorStart].start, end: t.end };
    }
  }
  return lastRun;
}

/** `for` or `of` between capitalised words: inside a name (the Office for National Statistics). */
function insideName(tokens: Token[], i: number): boolean {
  const key = tokens[i].key;
  return (key === 'for' || key === 'of') && i > 0 && i + 1 < tokens.length && isCapitalised(tokens[i - 1]) && isCapitalised(tokens[i + 1]) && tokens[i + 1].isWord;
}

/** A capitalised name standing alone from `from` to the sentence's end (or the next comma). */
function appositionName(tokens: Token[], from: number): PhraseSpan | null {
  let end = from;
  while (end < tokens.length && isNamePart(tokens[end]) && end - from < 5) end++;
  if (end === from || (end < tokens.length && tokens[end].isWord) || isPossessiveToken(tokens[end - 1])) return null;
  return trimRun(tokens, from, end - 1);
}

function isPossessiveToken(t: Token): boolean {
  return t.text.endsWith("'s") || t.text.endsWith('\u2019s');
}

function text(tokens: Token[], span: PhraseSpan): string {
  return tokens.filter((t) => t.start >= span.start && t.end <= span.end).map((t) => t.text).join(' ');
}

const CLAUSE_WORDS = new Set(['while', 'and', 'but', 'as', 'which', 'who', 'when', 'because', 'although', 'after', 'before', 'if', 'that', 'where', 'since']);

/** `and` between two role words (president and chief executive), not between clauses. */
function joinsRoles(tokens: Token[], v: number): boolean {
  return tokens[v].key === 'and' && v > 0 && v + 1 < tokens.length && EN_ROLES.has(tokens[v - 1].key) && EN_ROLES.has(tokens[v + 1].key);
}

function isVerb(t: Token): boolean {
  return t.isWord && EN_SPEECH_VERBS.has(t.key);
}

/** `verbAt`: where a verb read after its subject starts; a name mentioned after it is no subject. */
function toAttribution(subject: Subject, introduces: boolean, verbAt?: number): Attribution {
  if (subject === 'organisation') return { found: true, speaker: null, usePrevious: true, previousOrganisation: true, introduces, regionEnd: verbAt };
  if (subject === 'person') return { found: true, speaker: null, usePrevious: true, previousPerson: true, introduces, regionEnd: verbAt };
  if (subject === null || subject === 'previous') return { found: true, speaker: null, usePrevious: true, introduces, regionEnd: verbAt };
  if (subject.description) return { found: true, speaker: subject, usePrevious: true, previousPerson: true, introduces, regionEnd: verbAt };
  return { found: true, speaker: subject, usePrevious: false, introduces };
}

/**
 * `continues`: the text after the closing mark still belongs to the quotation's sentence
 * (the quote ended with a comma, or lower-case words follow).
 */
export function attributeEnglish(prefix: Token[], suffix: Token[], continues: boolean, content: Token[] = []): Attribution {
  if (continues) {
    let s = 0;
    if (s < suffix.length && !suffix[s].isWord) s++;
    for (let v = s; v < suffix.length && v < s + 9; v++) {
      // "chairman and chief executive Ann Price said": an `and` joining two roles.
      if (suffix[v].isWord && CLAUSE_WORDS.has(suffix[v].key) && !joinsRoles(suffix, v)) break;
      // "…," according to Norvex.
      if (v === s && suffix[v].key === 'according' && suffix[v + 1]?.key === 'to') return toAttribution(nameAfter(suffix, v + 2), true);
      if (!isVerb(suffix[v])) continue;
      if (v === s && EN_VERBS_BEFORE_SPEAKER.has(suffix[v].key)) return toAttribution(nameAfter(suffix, v + 1), true);
      if (v > s) return toAttribution(nameOpeningApposition(suffix, s, v) ?? subjectBefore(suffix.slice(s), v - s), true);
    }
    const named = nameBeforeAppositions(suffix, s);
    if (named) return toAttribution(named, true);
  }
  // "…", Mr Thomas said. / "…" levels of abuse, a new study shows.
  let comma = -1;
  for (let k = 0; k < suffix.length; k++) if (suffix[k].text === ',') comma = k;
  const last = suffix.length - 1;
  const end = last >= 0 && !suffix[last].isWord ? last - 1 : last;
  if (comma >= 0 && end > comma && end - comma <= 6 && isVerb(suffix[end])) {
    const subject = subjectBefore(suffix, end);
    if (subject && subject !== 'previous' && subject !== 'person') return toAttribution(subject, true);
  }
  for (let v = prefix.length - 1; v >= 0; v--) {
    const t = prefix[v];
    if (t.key === 'according' && v + 1 < prefix.length && prefix[v + 1].key === 'to') return toAttribution(nameAfter(prefix, v + 2), true);
    const calling = EN_CALLING_VERBS.has(t.key) && v < prefix.length - 1 && v > 0 && !isCapitalised(prefix[v + 1]);
    if (!isVerb(t) && !calling) continue;
    const introduces = v >= prefix.length - 3;
    if (t.key.endsWith('ing')) {
      // "…, saying: "…"" continues the sentence's subject.
      for (let k = v - 1; k >= 0; k--) if (isVerb(prefix[k]) && !prefix[k].key.endsWith('ing')) return toAttribution(subjectBefore(prefix, k), introduces);
      return toAttribution('previous', introduces);
    }
    return toAttribution(subjectBefore(prefix, v), introduces, t.start);
  }
  return predicateSubject(prefix, suffix, content) ?? { found: false, speaker: null, usePrevious: false, introduces: false };
}

/**
 * `"…," Hanna Berger, an airline spokeswoman told reporters`: a name opening the words after
 * the quotation, then a comma, then its apposition and the verb: the name is the subject, not
 * the role right before the verb (whose closing comma the writer left out).
 */
function nameOpeningApposition(suffix: Token[], s: number, verb: number): PhraseSpan | null {
  const end = nameRunEnd(suffix, s, verb);
  return end > s && end < verb - 1 && suffix[end].text === ',' ? trimRun(suffix, s, end - 1) : null;
}

/** Where the run of at most five name words from `s` ends (before `limit`). */
function nameRunEnd(tokens: Token[], s: number, limit: number): number {
  let end = s;
  while (end < limit && isNamePart(tokens[end]) && end - s < 5) end++;
  return end;
}

/** How far after the name its appositions may run before the speech verb, in tokens. */
const APPOSITION_REACH = 24;

/**
 * `"…," Ann Price, from the university's laboratories, one of the designers of the engine, told the
 * BBC`: the name that opens the words after the quotation is the subject when appositions follow
 * it and the last of them closes with a comma right before a speech verb (too far for the
 * verb search above).
 */
function nameBeforeAppositions(suffix: Token[], s: number): PhraseSpan | null {
  const end = nameRunEnd(suffix, s, suffix.length);
  if (end === s || end >= suffix.length || suffix[end].text !== ',') return null;
  for (let v = end + 2; v < suffix.length && v <= end + APPOSITION_REACH; v++) {
    const t = suffix[v];
    if (!t.isWord && t.text !== ',' && t.text !== "'" && t.text !== '’' && t.text !== '-') return null;
    if (isVerb(t) && !t.key.endsWith('ing') && suffix[v - 1].text === ',') return trimRun(suffix, s, end - 1);
  }
  return null;
}

/** Words of a partial quotation read as its subject's own words with no speech verb. */
const MAX_PREDICATE_WORDS = 4;

/**
 * `Ada Okonkwo "plainly rejected" the decision`: a short quotation opening in lower
 * case, in the predicate of a sentence whose whole subject is a name and which goes on
 * after it, is that subject's words. index.ts keeps it only when the name is a person's
 * or organisation's mention.
 */
function predicateSubject(prefix: Token[], suffix: Token[], content: Token[]): Attribution | null {
  const words = content.filter((t) => t.isWord);
  if (words.length === 0 || words.length > MAX_PREDICATE_WORDS || isCapitalised(words[0])) return null;
  if (suffix.length === 0 || !suffix[0].isWord || isCapitalised(suffix[0])) return null;
  let from = 0;
  while (from < prefix.length && (prefix[from].text === ',' || (prefix[from].isWord && OPENERS.has(prefix[from].key)))) from++;
  let end = prefix.length - 1;
  while (end >= from && prefix[end].isWord && AUXILIARIES.has(prefix[end].key) && prefix.length - 1 - end < 2) end--;
  if (end < from || end - from >= 5) return null;
  for (let k = from; k <= end; k++) if (!isNamePart(prefix[k])) return null;
  const span = trimRun(prefix, from, end);
  return span ? { found: true, speaker: span, usePrevious: false, introduces: true, needsEntity: true } : null;
}

/** Sentence openers before a subject: But Mr Smith "…". */
const OPENERS = new Set(['but', 'and', 'meanwhile', 'however', 'now', 'yet', 'so']);
