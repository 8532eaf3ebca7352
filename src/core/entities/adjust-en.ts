/**
 * English corrections over a whole document, after the tagger, the rules and the spreading of
 * names, in the order recognise.ts runs them: family names that follow full names, sentence
 * openers and edges trimmed, unintroduced persons that are organisations, companies and
 * organisations named by their cues, technical terms, and events and works (MISC) by their cue
 * words or by title case. The corrections shared with Arabic stay in adjust.ts.
 */
import { gazetteer, GAZ_BITS, listedCountry } from './gazetteer';
import { addSpans, owners, takenWords, type SentenceResult, type TokenSpan } from './rules';
import { isCommonWord } from './tagger';
import { PERSON_TITLES } from './cues';
import { spanKey, STOPWORDS, type WordView } from './words';
import { EN_PERSON_NOUNS } from '../lang/en/speaker-words';
import { COMPANY_CUES, EN_AWARDS, EN_PERSON_NOUNS_BEFORE_NAMES, EN_EVENT_TAILS, EN_MEDIA_AFTER, EN_ORG_NOUNS_BEFORE_NAMES, EN_ORG_ROLES_AFTER, EN_PRODUCT_AFTER, EN_STAKE_WORDS, EN_SINGLE_OWNERS, EN_TECH_TERMS, EN_WORK_CUES } from '../lang/en/name-cues';
import type { Resources } from '../resources';

/**
 * `MaliVai Washington` … `Washington fell short`: a one-word name typed otherwise, or a capitalised
 * word left untagged, that is the last word of a person's fuller name in the same document is
 * that person's family name.
 */
export function familyNamesFollowFullNames(sentences: SentenceResult[]): void {
  const families = new Set<string>();
  for (const s of sentences) {
    for (const span of s.spans) {
      if (span.type !== 'PER' || span.end - span.start < 2) continue;
      const last = s.views[span.end - 1];
      if (!last.punct && last.key.length > 2) families.add(last.key);
    }
  }
  if (families.size === 0) return;
  for (const s of sentences) {
    for (const span of s.spans) {
      if (span.type !== 'PER' && span.end - span.start === 1 && families.has(s.views[span.start].head)) span.type = 'PER';
    }
    // Also where the tagger saw nothing: `Adams and Platt are`.
    const taken = takenWords(s);
    const added: TokenSpan[] = [];
    s.views.forEach((v, i) => { if (!taken[i] && v.capitalised && families.has(v.key)) added.push({ start: i, end: i + 1, type: 'PER', source: 'document' }); });
    addSpans(s, added);
  }
}

/**
 * A capital letter standing alone, with or without its full stop (its own token, or written on
 * as CoNLL does), that is a given name's initial: not `A` or `I` without a stop (the article, the
 * pronoun). Returns the index of the word after it, -1 when it is none.
 */
function afterInitial(views: WordView[], i: number): number {
  const v = views[i];
  if (!v || !/^[A-Z]\.?$/.test(v.raw)) return -1;
  if (v.raw.length === 1 && views[i + 1]?.raw === '.') return i + 2;
  return v.raw === 'A' || v.raw === 'I' ? -1 : i + 1;
}

/** Initials read before the family name at most (J. K. R.): a table's column of letters is none. */
const MAX_INITIALS = 3;

/**
 * `G Thomas; S Williams`, `S. Best`, `J. K. Rowling`: initials before a capitalised word make a
 * person's name, initials included (team sheets and bylines), whatever the tagger read the word
 * as, unless it is a listed place (`N. Ireland`, `S. Africa`). The name then counts as introduced
 * (unintroducedPersonsAreOrganisations).
 */
export function initialsMakePersons(sentences: SentenceResult[], resources: Resources): void {
  const g = gazetteer();
  for (const s of sentences) {
    const { views } = s;
    const owner = owners(s);
    const added: TokenSpan[] = [];
    for (let i = 0; i < views.length; i++) {
      if (owner[i] >= 0) continue;
      // A run of initials (J. K.), then the family name.
      let next = afterInitial(views, i);
      if (next < 0) continue;
      for (let more = afterInitial(views, next); more > 0 && owner[next] < 0 && next - i < MAX_INITIALS; more = afterInitial(views, next)) next = more;
      const name = views[next];
      // A family name is written in lower case after its capital (not `PCT` of a table's `W D L
      // PCT`), and is no word the tagger's training saw almost only outside names (`plan B. Then`).
      if (!name || name.punct || !name.capitalised || !/[a-z]/.test(name.raw) || STOPWORDS.has(name.key) || isCommonWord(name.key, 'en', resources)) continue;
      // N. Ireland, S. Africa; but G Thomas (a place somewhere too, and a person's name).
      const bits = g.wordTypes.get(name.key) ?? 0;
      if ((bits & GAZ_BITS.LOC) !== 0 && (bits & GAZ_BITS.PER) === 0 && !g.givenNames.has(name.key)) continue;
      const n = owner[next];
      if (n >= 0) {
        const span = s.spans[n];
        if (span.start !== next || (span.type !== 'PER' && span.end - span.start > 1)) continue;
        span.start = i;
        span.type = 'PER';
        owner.fill(n, i, next);
      } else {
        added.push({ start: i, end: next + 1, type: 'PER', source: 'document' });
        owner.fill(-2, i, next + 1);
      }
      i = next;
    }
    addSpans(s, added);
  }
}

/** `DVD`, `PC`: a one-word name that is a technology or media format is no name. */
export function dropEnglishTechTerms(sentences: SentenceResult[]): void {
  for (const s of sentences) s.spans = s.spans.filter((span) => !(span.end - span.start === 1 && EN_TECH_TERMS.has(s.views[span.start].key.toLowerCase())));
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof']);

/**
 * `The Labour Party`, `Ms Hewitt`: the article and a person's title are not part of an English
 * name (as in CoNLL), though the tagger sometimes takes them in after a comma or at a sentence's
 * start. Only honorifics: CoNLL keeps some other titles inside names.
 */
export function trimEnglishEdges(sentences: SentenceResult[]): void {
  for (const s of sentences) {
    for (const span of s.spans) {
      while (span.end - span.start > 1) {
        const first = s.views[span.start].key;
        if ((first === 'the' && span.end - span.start > 2) || (span.type === 'PER' && HONORIFICS.has(first))) span.start++;
        else break;
      }
    }
  }
}

/**
 * `Often Telvana…`, `Meanwhile Norvex…`: a sentence's first word is capitalised whatever it is, so
 * there a word the tagger's training saw as an ordinary word (at least 5 times, almost never in
 * a name) is not the start of a name; the span keeps the words after it, if any.
 */
export function trimCommonSentenceOpeners(sentences: SentenceResult[], resources: Resources): void {
  for (const s of sentences) {
    let opening = 0;
    while (opening < s.views.length && s.views[opening].punct) opening++;
    const span = s.spans.find((x) => x.start === opening);
    if (!span || !isCommonWord(s.views[opening].key, 'en', resources)) continue;
    span.start++;
    if (span.start === span.end) s.spans.splice(s.spans.indexOf(span), 1);
  }
}

/**
 * A capital inside a word after a small letter (TimeWarner, SonyEricsson, InStat) writes a
 * company or a product, not a person; the prefixes of family names (McDonald, DiCaprio,
 * LeBlanc, MacArthur, VanDyke) are the exception.
 */
function isCamelCase(word: string): boolean {
  return /^[A-Z][a-z]+[A-Z][a-z]/.test(word) && !/^(Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)[A-Z]/.test(word);
}

/** A place the word after makes a club or a company (`Portsmouth chairman`, `Sina's shares`, `a stake in Sina`). */
function ownedOrStaffed(views: WordView[], span: TokenSpan): boolean {
  if (listedCountry(spanKey(views, span))) return false;
  let after = views[span.end];
  // Sina's shares: the possessive is a token of its own.
  if (after && (after.raw === "'s" || after.raw === '\u2019s')) after = views[span.end + 1];
  if (after && !after.capitalised && EN_ORG_ROLES_AFTER.has(after.key)) return true;
  return views[span.start - 1]?.key === 'in' && EN_STAKE_WORDS.has(views[span.start - 2]?.key ?? '');
}

/**
 * `oil firm Yukos`, `media giant Time Warner`: a name right after a word for a company is one,
 * whatever the tagger typed it, as is a name between `the` and a word for a medium (`the
 * Guardian newspaper`), and a one-word person's name written in camel case is one too, as is
 * a place followed by a club's or a company's officer (`Portsmouth chairman`) or after `a stake
 * in`, and a name a company's apposition follows (`Norvex, the US car company,`); so is the same
 * name elsewhere in the document.
 */
export function companiesByCue(sentences: SentenceResult[]): void {
  const companies = new Set<string>();
  for (const s of sentences) {
    for (const span of s.spans) {
      const before = s.views[span.start - 1], after = s.views[span.end];
      // Irish band the Pretenders: `the` may stand between the cue and the name.
      const cue = before?.key === 'the' && !before.capitalised ? s.views[span.start - 2] : before;
      // oil firm Norvex; the Guardian newspaper (with the article: a Scottish magazine is none).
      const cued = (before && !before.capitalised && COMPANY_CUES.has(before.key))
        || (cue && !cue.capitalised && EN_ORG_NOUNS_BEFORE_NAMES.has(cue.key)) || (before?.key === 'the' && after && !after.capitalised && EN_MEDIA_AFTER.has(after.key))
        || (span.type === 'LOC' && ownedOrStaffed(s.views, span)) || companyInApposition(s.views, span.end);
      // games maker Peter Molyneux: a person with a given name after the cue stays the person.
      const person = span.type === 'PER' && span.end - span.start > 1 && gazetteer().givenNames.has(s.views[span.start].key);
      if (span.type !== 'ORG' && !person && (cued || (span.type === 'PER' && span.end - span.start === 1 && isCamelCase(s.views[span.start].raw)))) companies.add(spanKey(s.views, span));
    }
  }
  if (companies.size === 0) return;
  for (const s of sentences) for (const span of s.spans) if (companies.has(spanKey(s.views, span))) span.type = 'ORG';
}

/** Words that may end an apposition's noun phrase (`Norvex, the US car company, reported`). */
const APPOSITION_ENDS = new Set(['which', 'that', 'whose', 'based', 'owned', 'said', 'says', 'has', 'had', 'is', 'was', 'reported']);
/** Words the apposition's article may be followed by before its noun (`the US car company`). */
const MAX_APPOSITION_WORDS = 4;

/**
 * `Norvex, the US car company, reported`, `Norvex, a mobile operator.`: an apposition right after the
 * name calls it a company. Its noun must end the phrase: `Lee, the company's chief` is a person.
 */
function companyInApposition(views: WordView[], end: number): boolean {
  if (views[end]?.raw !== ',' || !['the', 'a', 'an'].includes(views[end + 1]?.key ?? '')) return false;
  for (let k = end + 2; k < views.length && k <= end + 1 + MAX_APPOSITION_WORDS; k++) {
    const v = views[k];
    if (v.punct) return false;
    if (!v.capitalised && COMPANY_CUES.has(v.key)) {
      const next = views[k + 1];
      return next === undefined || (next.punct && next.raw !== "'s" && next.raw !== '\u2019s') || APPOSITION_ENDS.has(next.key);
    }
  }
  return false;
}

/** A word that may begin or go on with the name after an organisation's cue: capitalised, no title, no function word. */
function orgNameWord(v: WordView | undefined): boolean {
  return !!v && v.capitalised && !v.punct && !STOPWORDS.has(v.key) && !PERSON_TITLES.has(v.key);
}

/** The end of the name after a cue that starts at i (`Maroon 5`, `Black Eyed Peas`), or i when none starts there. */
function cuedNameEnd(views: WordView[], i: number): number {
  // N / A after `company` in a table: one letter names nothing.
  if (!orgNameWord(views[i]) || views[i].raw.length < 2 || gazetteer().givenNames.has(views[i].key)) return i;
  let end = i + 1;
  // Maroon 5, InStat/MDR: a number after the words, a slash between two of them.
  for (;;) {
    if (orgNameWord(views[end]) || (/^\d+$/.test(views[end]?.raw ?? '') && !orgNameWord(views[end + 1]))) end++;
    else if (views[end]?.raw === '/' && orgNameWord(views[end + 1])) end += 2;
    else return end;
  }
}

/**
 * `Irish band U2`, `gadget magazine Stuff`, `technology analysts Gartner`, `soul group the O'Jays`:
 * the tagger, trained on 1996 news, leaves many bands, magazines and research houses untagged,
 * but a small-letter noun for an organisation right before a run of capitals (`the` between them
 * allowed) says what the run is. The run becomes an organisation, and so do the same words
 * wherever else the document writes them with capitals and the tagger saw nothing (`U2 received`).
 */
export function organisationsAfterCues(sentences: SentenceResult[]): void {
  const names = new Map<string, string[]>();
  for (const s of sentences) {
    const { views } = s;
    const taken = takenWords(s);
    const added: TokenSpan[] = [];
    for (let c = 0; c < views.length - 1; c++) {
      const cue = views[c];
      if (cue.capitalised || !(EN_ORG_NOUNS_BEFORE_NAMES.has(cue.key) || COMPANY_CUES.has(cue.key))) continue;
      const start = views[c + 1].key === 'the' && !views[c + 1].capitalised ? c + 2 : c + 1;
      const end = cuedNameEnd(views, start);
      if (end === start || taken.subarray(start, end).includes(1)) continue;
      added.push({ start, end, type: 'ORG', source: 'document' });
      const words = views.slice(start, end).map((v) => v.key);
      names.set(words.join(' '), words);
    }
    addSpans(s, added);
  }
  if (names.size === 0) return;
  for (const s of sentences) {
    const { views } = s;
    const added: TokenSpan[] = [];
    for (const words of names.values()) {
      for (let i = 0; i + words.length <= views.length; i++) {
        if (!words.every((w, k) => views[i + k].key === w && (views[i + k].capitalised || views[i + k].punct || /^\d+$/.test(views[i + k].raw)))) continue;
        added.push({ start: i, end: i + words.length, type: 'ORG', source: 'document' });
      }
    }
    addSpans(s, added.sort((a, b) => a.start - b.start));
  }
}

/**
 * `said Gartner`, `Shanda bought`: English news introduces a person by the full name (or a title,
 * `Mr Irish`) before it uses one word alone, so a one-word "person" that is never introduced in
 * the document (no fuller name ending with it, no title before it, not a given name, not a listed
 * person, not in a comma list of players) names a company, a band or a club.
 */
export function unintroducedPersonsAreOrganisations(sentences: SentenceResult[]): void {
  const g = gazetteer();
  const introduced = new Set<string>();
  const alone = new Set<string>();
  for (const s of sentences) {
    for (const span of s.spans) {
      if (span.type !== 'PER') continue;
      const last = s.views[span.end - 1];
      // Wang Dan … Wang: a family name may come first.
      if (span.end - span.start > 1) { introduced.add(last.key); introduced.add(s.views[span.start].key); continue; }
      const before = s.views[span.start - 1], after = s.views[span.end];
      // Mr Irish, singer Usher, U2 frontman Bono, 18-year-old Nadal: a title or a person's noun.
      const titled = before && (PERSON_TITLES.has(before.key) || (!before.capitalised && (EN_PERSON_NOUNS.has(before.key) || EN_PERSON_NOUNS_BEFORE_NAMES.has(before.key) || /^\d+-year-old$/.test(before.key))));
      const listed = (before?.raw === ',' && (after?.raw === ',' || after?.key === 'and')) || after?.raw === '(' || before?.raw === ')';
      const known = g.givenNames.has(last.key) || ((g.wordTypes.get(last.key) ?? 0) & GAZ_BITS.PER) !== 0;
      if (titled || listed || known) introduced.add(last.key);
      else alone.add(last.key);
    }
  }
  for (const s of sentences) {
    for (const span of s.spans) {
      if (span.type === 'PER' && span.end - span.start === 1 && alone.has(s.views[span.start].key) && !introduced.has(s.views[span.start].key)) span.type = 'ORG';
    }
  }
}

/**
 * `British Comedy Awards`, `the sitcom The Office`, `The Crucible (1997)`, `the Xbox console`,
 * `an Oscar`: the name of an event or an award, the title of a work after the word for it or
 * before its year in brackets, a product before its word and an award named alone are MISC (the
 * gold of modern articles marks none of them; CoNLL's marks them MISC), and so is a title so named
 * wherever else the article names it. A listed organisation before the word for a product is its
 * maker (`Motorola phones`), and `single` is a record only after its owner (`her new single`):
 * `no single EU customs office` would have made the EU a work throughout the article.
 */
export function englishEventsAndWorks(sentences: SentenceResult[]): void {
  // A title named once after its cue is the same work wherever else the article names it.
  const works = new Set<string>();
  const title = (s: SentenceResult, span: TokenSpan): string => spanKey(s.views, span).replace(/^the /, '');
  for (const s of sentences) {
    for (const span of s.spans) {
      if (span.type !== 'ORG' && span.type !== 'PER') continue;
      const last = s.views[span.end - 1];
      let before = span.start - 1;
      if (before >= 0 && s.views[before].key === 'the') before--;
      const cue = before >= 0 && !s.views[before].capitalised && EN_WORK_CUES.has(s.views[before].key)
        && (s.views[before].key !== 'single' || EN_SINGLE_OWNERS.has(s.views[before - 1]?.key ?? ''));
      // The Crucible (1997): a title with its year in brackets.
      const year = s.views[span.end]?.raw === '(' && /^(1[89]|20)\d\d$/.test(s.views[span.end + 1]?.raw ?? '') && s.views[span.end + 2]?.raw === ')';
      const after = s.views[span.end];
      // Motorola phones, Sony consoles: a listed organisation before the word is the maker.
      // Xbox 2, Volvo S40, XDA II: a model's number after a name makes it a product's. (The
      // gazetteer is asked only then: this runs on every span of every analysis.)
      const productCue = !!after && ((!after.capitalised && EN_PRODUCT_AFTER.has(after.key)) || (span.type === 'ORG' && modelNumber(after.raw, s.views[span.start - 1]?.key)));
      const product = productCue && gazetteer().names.get(spanKey(s.views, span))?.type !== 'ORG';
      const award = span.end - span.start === 1 && EN_AWARDS.has(last.key);
      if ((span.end - span.start > 1 && last.capitalised && EN_EVENT_TAILS.has(last.key)) || cue || year || product || award) {
        span.type = 'MISC';
        if (cue || year || product) works.add(title(s, span));
      }
    }
  }
  if (works.size === 0) return;
  for (const s of sentences) for (const span of s.spans) if ((span.type === 'ORG' || span.type === 'PER') && works.has(title(s, span))) span.type = 'MISC';
}

/** Words before a product's name: a score line (`Chelsea 2 Arsenal 1`) never has them. */
const PRODUCT_DETERMINERS = new Set(['the', 'a', 'an', 'new', 'its', 'their', 'his', 'her', 'our', 'latest', 'next']);

/**
 * `the Xbox 2`, `Volvo S40`, `XDA II`: a model's designation after a name. A bare number only
 * after a determiner, since after a team's name it is a score.
 */
function modelNumber(raw: string, before: string | undefined): boolean {
  if (/^\d{1,3}$/.test(raw)) return before !== undefined && PRODUCT_DETERMINERS.has(before);
  return /^(?:[A-Z]{1,3}-?\d{1,4}[a-z]?|II|III|IV)$/.test(raw);
}

/** Function words English capitalises only inside a title (`Learn To Be Lonely`, `For Your Eyes Only`). */
const TITLE_FUNCTION_WORDS = new Set('to be for your you my me on in of and or it is are now with from at by into up'.split(' '));
/** Punctuation after which a capital says nothing (a quotation, a colon, brackets, a dash). */
const OPENERS = new Set(['"', '\u201c', '\u2018', "'", ':', '(', '-', '\u2013', '\u2014', '[']);

/** Does the word at i open its sentence or a clause a capital may begin (after a quotation mark)? */
function opensClause(views: WordView[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && views[k].punct && !OPENERS.has(views[k].raw)) k--;
  return k < 0 || OPENERS.has(views[k].raw);
}

/** A function word written with a capital where no sentence or clause begins: a title's. */
function titleFunctionWord(views: WordView[], i: number): boolean {
  const v = views[i];
  return !!v && /^[A-Z][a-z]+$/.test(v.raw) && TITLE_FUNCTION_WORDS.has(v.key) && !opensClause(views, i);
}

/** `on The Office`: a span of two words or more that starts with `The` written with a capital mid-sentence. */
function leadingThe(views: WordView[], span: TokenSpan): boolean {
  return span.end - span.start > 1 && views[span.start].raw === 'The' && !opensClause(views, span.start);
}

/**
 * `Learn To Be Lonely`, `Gonna Fly Now`, `Uncle Roy All Around You`: a run of capitalised words
 * that holds a function word written with a capital mid-sentence is the title of a work (running
 * prose writes `to`, `for`, `all` in small letters, names of organisations too), so an
 * organisation or a person the tagger found in the run is MISC. So is a span the tagger began with
 * `The` written with a capital mid-sentence (`praise on The Office`): BBC prose writes `the BBC`,
 * `the Pretenders`, and capitalises the article in titles; a listed paper (`The Guardian`) loses
 * the article instead, which the gold leaves outside.
 */
export function titleCaseWorks(sentences: SentenceResult[]): void {
  for (const s of sentences) {
    const { views } = s;
    for (const span of s.spans) {
      if (span.type !== 'ORG' && span.type !== 'PER') continue;
      let from = span.start, to = span.end;
      while (from > 0 && views[from - 1].capitalised && !views[from - 1].punct) from--;
      while (to < views.length && views[to].capitalised && !views[to].punct) to++;
      if (leadingThe(views, span)) {
        // The Guardian: a paper's or a magazine's article stays outside its name, as in the gold.
        if (gazetteer().names.get(spanKey(views, span))?.type === 'ORG') span.start++;
        else span.type = 'MISC';
        continue;
      }
      for (let i = from; i < to; i++) if (titleFunctionWord(views, i)) { span.type = 'MISC'; break; }
    }
  }
}
