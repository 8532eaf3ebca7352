/**
 * Finds the words naming an Arabic speaker in the phrase after (or before) a speech
 * verb: titles and roles are skipped (`قال الرئيس الروسي فلاديمير بوتين` → `فلاديمير
 * بوتين`), unnamed sources keep their description (`مصدر عسكري`), and anaphoric
 * subjects (`الوزير`, `المصدر`) ask for the most recent speaker instead.
 */
import { type Token } from './tokens';
import { hasArticle, withoutProclitics } from '../lang/ar/clitics';
import { lexiconClass } from '../entities/lexicon';
import { gazetteer, type GazetteerEntry } from '../entities/gazetteer';
import { matchKey } from '../text/normalize';
import { AR_CIRCUMSTANCE_NOUNS, AR_DIRECTIONS } from '../lang/ar/quotation-cues';
import { PLACE_HEADS } from '../lang/ar/name-cues';
import { AR_ANAPHORS, AR_DATE_WORDS, AR_DOCUMENT_NOUNS, AR_MEN_OF, AR_NAME_LINKS, AR_ORG_ANAPHORS, AR_ORG_HEADS, AR_PREPOSITIONS, AR_RANK_MODIFIERS, AR_RANKS, AR_ROLE_WORDS, AR_SOURCE_HEADS, AR_SPEAKING_ABSTRACT_NOUNS, AR_SUBJECT_STOPS } from '../lang/ar/speaker-words';
import { AR_COMPLEMENTIZERS, AR_CONTINUATION, AR_SPEECH_VERBS } from '../lang/ar/speech-verbs';

export interface PhraseSpan {
  start: number;
  end: number;
  /** The phrase names an organisation (وزارة الخارجية، منظمة العفو الدولية). */
  org?: boolean;
  /**
   * A definite description of a person (the foreign secretary, the Liverpool player): the person
   * it is a mention of, else the last person who spoke or was named.
   */
  description?: boolean;
}

/**
 * What a subject phrase tells: a name or description (`span`), the previous speaker
 * (`anaphor`: الوزير، وأضاف), the previous organisation (`org-anaphor`: التقرير، المنظمة),
 * nobody nameable (`none`: الأصوات التي تقول), or nothing at all (null).
 */
export type SpeakerPhrase = { span: PhraseSpan } | 'anaphor' | 'org-anaphor' | 'none' | null;

export function isNamed(phrase: SpeakerPhrase): phrase is { span: PhraseSpan } {
  return typeof phrase === 'object' && phrase !== null;
}

const MAX_NAME_WORDS = 5;

function inLexicon(set: Set<string>, key: string): boolean {
  return set.has(key) || set.has(withoutProclitics(key, false));
}

export function isStop(key: string): boolean {
  if (key.length <= 1) return true; // a proclitic written apart (لـ)
  const bare = withoutProclitics(key, false);
  if (AR_SPEECH_VERBS.has(key) || AR_SPEECH_VERBS.has(bare) || AR_CONTINUATION.has(key) || AR_CONTINUATION.has(bare)) return true;
  return AR_SUBJECT_STOPS.has(key) || AR_COMPLEMENTIZERS.has(key) || (!AR_ROLE_WORDS.has(key) && (AR_SUBJECT_STOPS.has(withoutProclitics(key, false)) || AR_COMPLEMENTIZERS.has(withoutProclitics(key, false))));
}

export function isRole(key: string): boolean {
  // Feminine roles (الباحثة، المديرة) share the masculine entry.
  if (key.length > 3 && key.endsWith('\u0647') && AR_ROLE_WORDS.has(key.slice(0, -1))) return true;
  return inLexicon(AR_ROLE_WORDS, key) || AR_ROLE_WORDS.has(withoutProclitics(key, true)) || key.startsWith('\u0644\u0644');
}

function span(tokens: Token[], from: number, to: number, org = false): { span: PhraseSpan } {
  return { span: org ? { start: tokens[from].start, end: tokens[to].end, org } : { start: tokens[from].start, end: tokens[to].end } };
}

/** Punctuation that may stand between a verb and its subject: `وقال - محمد -`, `قال، …`. */
function isSkippablePunct(text: string): boolean {
  return text === '\u060c' || text === ',' || text === '-' || text === '\u2013' || text === '\u2014';
}

/** The gazetteer's entry for the words `tokens[from…to]`, if they are a name it lists. */
function listedName(tokens: Token[], from: number, to: number): GazetteerEntry | undefined {
  return gazetteer().names.get(tokens.slice(from, to + 1).map((t) => matchKey(t.text)).join(' '));
}

/** The words `tokens[from…to]` are a name the gazetteer knows (الشرق الأوسط). */
function knownName(tokens: Token[], from: number, to: number): boolean {
  return listedName(tokens, from, to) !== undefined;
}

function isComma(t: Token): boolean {
  return t.text === '\u060c' || t.text === ',';
}

/** The words `tokens[from…to]` are a place the gazetteer lists (موسكو، القاهرة). */
function knownPlace(tokens: Token[], from: number, to: number): boolean {
  return listedName(tokens, from, to)?.type === 'LOC';
}

/**
 * The name right after the comma at `comma`, read as a phrase of its own (one level deep), when
 * the apposition closes right after it: with a comma, a colon or the end of the words read.
 */
function nameInApposition(tokens: Token[], comma: number): { span: PhraseSpan } | null {
  if (comma + 1 >= tokens.length) return null;
  const held = arabicSpeakerPhrase(tokens, comma + 1, false, true);
  if (held === null || typeof held !== 'object' || held.span.start !== tokens[comma + 1].start) return null;
  let next = comma + 1;
  while (next < tokens.length && tokens[next].start < held.span.end) next++;
  return next >= tokens.length || isComma(tokens[next]) || tokens[next].text === ':' ? held : null;
}

/**
 * بالتورط، كالعادة: ب or ك glued to the article, with a word after it. وكالة, whose و is its
 * own first letter, reads as و + كالة once the conjunction is stripped: too short for that.
 */
function gluedPrepositionAndArticle(bare: string): boolean {
  return bare.length >= 6 && (bare.startsWith('\u0628\u0627\u0644') || bare.startsWith('\u0643\u0627\u0644'));
}

/** لشؤون، بمجال: a word written with the preposition ل or ب on an ordinary word, never a name's start. */
function prepositionalWord(t: Token): boolean {
  const first = t.key[0];
  return (first === '\u0644' || first === '\u0628') && t.key.length > 3 && lexiconClass(t.key.slice(1), []) !== 'n';
}

/** The name read from `nameStart` opens with an institution's noun (شرطة لافاييت): it names the role's body. */
function namesRoleOrganisation(tokens: Token[], nameStart: number): boolean {
  const key = tokens[nameStart].key;
  return inLexicon(AR_ORG_HEADS, key) || AR_SPEAKING_ABSTRACT_NOUNS.has(withoutProclitics(key, true));
}

/**
 * Where a role phrase stands in its reading: before any `في`, in the place after a
 * role's `في` (head words, then the place itself), or after that place, where the
 * name comes: `مدير عام الصحة في المحافظة سالم العبدلي`, `نائب رئيس المجلس في الحزب ماهر يونس`.
 */
type PlaceState = 'none' | 'head' | 'core' | 'done' | 'charge';

/** Words a role's charge may span (المشرف على أنشطة المهرجان وبرامجه). */
const MAX_CHARGE_WORDS = 4;

/** The speaker named by `tokens[from…]`; `skipLeadingStops` for a subject before its verb. */
export function arabicSpeakerPhrase(tokens: Token[], from: number, skipLeadingStops: boolean, inApposition = false, readIssuer = true): SpeakerPhrase {
  let nameStart = -1;
  let nameEnd = -1;
  let sawRole = false;
  let sawAnaphor = false;
  let sawOrgAnaphor = false;
  // The first role word heads an organisation (منظمة هيومن رايتس ووتش), not a person's title.
  let orgTitle = false;
  let definiteStart = -1;
  let definiteEnd = -1;
  // An organisation named by its head noun and genitive chain: وزارة الخارجية الأميركية.
  let orgStart = -1;
  let orgEnd = -1;
  let place: PlaceState = 'none';
  let chargeFrom = -1;
  let chargeDefinite = false;
  // The last word of a role's place (في عدن), while its adjectives may follow.
  let placeEnd = -1;
  let rankEnd = -2;
  let i = from;
  if (skipLeadingStops) while (i < tokens.length && tokens[i].isWord && isStop(tokens[i].key)) i++;
  // One level only (the issuer's own phrase is read without this), so a run of such nouns in
  // hostile text costs no deeper recursion.
  if (readIssuer && i < tokens.length && tokens[i].isWord && inLexicon(AR_DOCUMENT_NOUNS, tokens[i].key)) {
    const issuer = documentIssuer(tokens, i);
    if (issuer) return issuer;
  }
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord) {
      if (isSkippablePunct(t.text) && nameStart < 0 && definiteStart < 0 && orgStart < 0 && place === 'none') continue;
      // نائبة المدير العام للمنظمة لشؤون المياه، فلانة الفلانية،: a role, then its holder's name
      // in apposition after a comma (what the role's words read as a name so far was its charge).
      // So is an organisation's name after the role (قائد شرطة لافاييت، جيم كرافت).
      if (sawRole && !inApposition && isComma(t) && (nameStart < 0 || prepositionalWord(tokens[nameStart]) || namesRoleOrganisation(tokens, nameStart))) {
        const held = nameInApposition(tokens, i);
        if (held) return held;
      }
      // منظمة "هيومن رايتس ووتش": the organisation's name follows its head in quotation marks.
      if (orgStart >= 0 && orgEnd === i - 1 && nameStart < 0 && isQuoteMark(t.text)) return quotedName(tokens, i) ?? 'anaphor';
      // صحيفة «نيويورك تايمز»، قناة «الجزيرة»: so does a paper's or a channel's.
      if (nameStart >= 0 && nameStart === i - 1 && inLexicon(AR_ORG_HEADS, tokens[nameStart].key) && isQuoteMark(t.text)) {
        const quoted = quotedName(tokens, i);
        if (quoted) return quoted;
      }
      break;
    }
    const key = t.key;
    const bare = withoutProclitics(key, false);
    // السفير لدى القاهرة: لدى (with its ى; لدي is mine) places an envoy as في places an office.
    const placePreposition = key === '\u0641\u064a' || (key === '\u0644\u062f\u064a' && t.text.endsWith('\u0649'));
    // مدير التعليم بمنطقة الرياض: ب glued to a place's head opens the role's place too.
    if (sawRole && nameStart < 0 && place === 'none' && key.length > 3 && key[0] === '\u0628' && PLACE_HEADS.has(key.slice(1))) {
      place = 'head';
      definiteStart = -1;
      continue;
    }
    if (placePreposition && sawRole && nameStart < 0 && place === 'none') {
      // A role's place (في عدن) comes before the name, unless في opens a circumstance (في بيان).
      if (i + 1 < tokens.length && inLexicon(AR_CIRCUMSTANCE_NOUNS, tokens[i + 1].key)) break;
      place = 'head';
      definiteStart = -1;
      continue;
    }
    // A role's charge (المشرف على برامج القرية، المسؤول عن الملف) ends at its first definite
    // word; the name follows.
    const charge = (key === '\u0639\u0646' || (key === '\u0639\u0644\u064a' && t.text.endsWith('\u0649'))) && sawRole && nameStart < 0 && place === 'none' && !sawAnaphor;
    if (charge) { place = 'charge'; chargeFrom = i; continue; }
    if (place === 'charge') {
      // …up to its definite words (السوق القديمة); the next word starts the name.
      if (i - chargeFrom > MAX_CHARGE_WORDS || isStop(key)) break;
      if (hasArticle(bare)) { chargeDefinite = true; continue; }
      if (!chargeDefinite) continue;
      place = 'done';
    }
    // Normalisation folds على/إلى into the names علي/الي: only the written ى is the preposition
    // (وعلي is and Ali, وعلى and on).
    // الفريق أول ركن، اللواء الركن: a rank's own words after it are the rank's (أول a stop elsewhere).
    const rankWord = rankEnd === i - 1 && AR_RANK_MODIFIERS.has(key);
    const nameLike = (bare === '\u0639\u0644\u064a' || bare === '\u0627\u0644\u064a') && t.text.endsWith('\u064a');
    // أبو طالب، بن سعيد: after a kunya or a word of descent any word is the name's, a verb's
    // shape (طالب، أكد) included.
    if (!nameLike && !rankWord && isStop(key) && !(nameStart >= 0 && nameEnd === i - 1 && afterNameLink(tokens, i))) break;
    // قال أوباما الأربعاء، قال التلفزيون السوري السبت: a day or month after the subject dates the
    // verb; it ends the name (a speaker phrase holding it would read as a date and be dropped).
    if ((nameStart >= 0 || definiteStart >= 0 || orgStart >= 0) && AR_DATE_WORDS.has(bare)) break;
    // بالتورط، كالعادة: a preposition glued to an article opens a complement, not a name.
    if (!isRole(key) && gluedPrepositionAndArticle(bare)) {
      // …unless it is the role's charge and the holder's name follows after a comma.
      if (sawRole && nameStart < 0 && !inApposition) {
        let c = i + 1;
        while (c < tokens.length && c <= i + MAX_CHARGE_WORDS && tokens[c].isWord) c++;
        const held = c < tokens.length && isComma(tokens[c]) ? nameInApposition(tokens, c) : null;
        if (held) return held;
      }
      break;
    }
    if (AR_RANKS.has(key) || rankWord) {
      // A rank after a role phrase: the name follows it, whatever came before.
      nameStart = -1;
      sawRole = true;
      rankEnd = i;
      if (place !== 'none') place = 'done';
      continue;
    }
    if (place === 'head' || place === 'core') {
      if (isRole(key) || inLexicon(AR_DIRECTIONS, key)) continue;
      if (hasArticle(bare)) { place = 'core'; continue; }
      // في مدينة مشهد: a noun that heads places comes before the place itself.
      if (place === 'head' && PLACE_HEADS.has(bare)) continue;
      const wasHead = place === 'head';
      place = 'done';
      if (wasHead) { placeEnd = i; continue; } // the place itself: في عدن
    }
    // في مشهد الإيرانية: the place's nisba adjective still belongs to the place, not to the name.
    if (place === 'done' && placeEnd === i - 1 && gazetteer().nisba.has(bare)) { placeEnd = i; continue; }
    if (nameStart >= 0) {
      if (isRole(key) || i - nameStart >= MAX_NAME_WORDS || addressedWord(key)) break;
      nameEnd = i;
      continue;
    }
    // مسؤول أمريكي، مسؤول رفيع، ناطق باسم الشرطة: a head that is also a role, described by an
    // adjective or by whom it speaks for, is a source.
    if (!sawRole && nameStart < 0 && definiteStart < 0 && orgStart < 0 && inLexicon(AR_SOURCE_HEADS, key) && (describedByAdjective(tokens, i) || speaksFor(tokens, i) || sourceInOrAlone(tokens, i))) return sourceDescription(tokens, i);
    // رجل الأعمال، رجل الدين: a role of two words.
    if (key === '\u0631\u062c\u0644' && i + 1 < tokens.length && AR_MEN_OF.has(tokens[i + 1].key) && nameStart < 0) {
      sawRole = true;
      i++;
      continue;
    }
    if (isRole(key)) {
      if (!sawRole && !sawAnaphor && definiteStart < 0 && inLexicon(AR_ORG_HEADS, key)) { orgStart = i; orgEnd = i; orgTitle = true; }
      else if (orgStart >= 0 && orgEnd === i - 1) orgEnd = i;
      sawRole = true;
      continue;
    }
    if (inLexicon(AR_SOURCE_HEADS, key) && !sawRole) return sourceDescription(tokens, i);
    if (inLexicon(AR_ANAPHORS, key)) {
      if (!sawRole && !sawAnaphor && inLexicon(AR_ORG_ANAPHORS, key)) sawOrgAnaphor = true;
      sawAnaphor = true;
      continue;
    }
    if (hasArticle(bare)) {
      if (orgStart >= 0 && orgEnd === i - 1) orgEnd = i;
      const fresh = (!sawRole || place === 'done') && !sawAnaphor;
      if (fresh && (definiteStart < 0 || i - definiteStart < 3)) {
        if (definiteStart < 0) definiteStart = i;
        definiteEnd = i;
      }
      continue;
    }
    nameStart = i;
    nameEnd = i;
  }
  if (nameStart >= 0) {
    // A family name with the article right before the first name-like word (الفريدو
    // زاموديو) stays part of the name; a place's known name there (نوفا الشرق الأوسط
    // سامر الحداد) does not.
    const definiteRun = definiteStart >= 0 && definiteEnd === nameStart - 1 && !knownName(tokens, definiteStart, definiteEnd);
    const from0 = definiteRun ? definiteStart : nameStart;
    // A name read after a place needs two words: one word there is more likely a noun.
    if (place !== 'done' || nameEnd > from0) return span(tokens, from0, nameEnd, orgTitle && place === 'none');
  } else if (definiteStart >= 0 && place === 'none') {
    // وقالت الشركة في بيان: an organisation's head alone, with the article, is the one named before.
    if (definiteStart === definiteEnd && !sawRole && isOrganisationHead(tokens[definiteStart].key)) return 'org-anaphor';
    return span(tokens, definiteStart, definiteEnd);
  }
  // A head alone (منظمة "…") names nothing yet: the name follows in quotation marks.
  if (orgStart >= 0 && orgEnd > orgStart) return span(tokens, orgStart, orgEnd, true);
  if (sawOrgAnaphor) return 'org-anaphor';
  return sawRole || sawAnaphor ? 'anaphor' : null;
}

const ISSUED = new Set(['\u0635\u0627\u062f\u0631', '\u0627\u0644\u0635\u0627\u062f\u0631']); // صادر، الصادر
const FROM = new Set(['\u0639\u0646', '\u0645\u0646']); // عن، من
const LAM = '\u0644';
/** Words read after a glued ل: more than any name the phrase reader keeps. */
const ISSUER_WORDS = 12;

/**
 * وقال بيان لـ«منظمة الأمل»، وأكد بيان مجلس المدينة، وذكر البيان الصادر عن وزارة الزراعة: a statement or
 * report speaks for whoever issued it, named right after it (in the genitive, after ل, or after
 * صادر عن), and that is the speaker; null when no issuer is named (البيان alone is read as before).
 */
function documentIssuer(tokens: Token[], doc: number): SpeakerPhrase {
  let i = doc + 1;
  const word = (k: number): Token | null => (k < tokens.length && tokens[k].isWord ? tokens[k] : null);
  if (word(i) && ISSUED.has(withoutProclitics(tokens[i].key, false))) {
    i++;
    if (word(i) && FROM.has(tokens[i].key)) i++;
  } else if (word(i)?.key === LAM) {
    i++; // لـ written apart
  } else if (word(i) && tokens[i].key.startsWith(LAM + LAM)) {
    // للاتحاد: ل glued to the issuer's article, read as الاتحاد.
    const rest = withoutGluedLam(tokens[i]);
    if (!rest) return null;
    const phrase = arabicSpeakerPhrase([rest, ...tokens.slice(i + 1, i + 1 + ISSUER_WORDS)], 0, false, false, false);
    return isNamed(phrase) || phrase === 'org-anaphor' ? phrase : null;
  }
  if (i >= tokens.length) return null;
  if (!tokens[i].isWord) return isQuoteMark(tokens[i].text) ? quotedName(tokens, i) : null;
  if (isStop(tokens[i].key) || AR_DATE_WORDS.has(withoutProclitics(tokens[i].key, false))) return null;
  const phrase = arabicSpeakerPhrase(tokens, i, false, false, false);
  return isNamed(phrase) || phrase === 'org-anaphor' ? phrase : null;
}

/**
 * A word with ل glued on, read without it and with the offsets of what remains (the clitic stays
 * outside a span): للاتحاد as الاتحاد (the alif ل drops comes back), لوزارة as وزارة; null when
 * no ل is glued on. لـ written apart is a token of its own.
 */
export function withoutGluedLam(t: Token): Token | null {
  if (!t.isWord || t.key.length <= 3 || t.key[0] !== LAM) return null;
  if (t.key[1] === LAM) return { ...t, text: '\u0627' + t.text.slice(1), key: '\u0627' + t.key.slice(1), start: t.start + 1 };
  return { ...t, text: t.text.slice(1), key: t.key.slice(1), start: t.start + 1 };
}

/** After a kunya or a word of descent a verb's shape is the name's (أبو طالب، بن سعيد). */
export function afterNameLink(tokens: readonly Token[], i: number): boolean {
  return i > 0 && tokens[i - 1].isWord && AR_NAME_LINKS.has(tokens[i - 1].key);
}

/** الشركة، الوزارة، البنك: the article and an organisation's head noun. */
function isOrganisationHead(key: string): boolean {
  const bare = withoutProclitics(key, false);
  return hasArticle(bare) && AR_ORG_HEADS.has(bare.slice(2));
}

/** The words between the quotation mark at `open` and the next one, as an organisation's name. */
function quotedName(tokens: Token[], open: number): SpeakerPhrase {
  for (let j = open + 1; j < tokens.length && j <= open + 7; j++) {
    if (tokens[j].isWord) continue;
    return isQuoteMark(tokens[j].text) && j > open + 1 ? span(tokens, open + 1, j - 1, true) : null;
  }
  return null;
}

function isQuoteMark(text: string): boolean {
  return text === '"' || text === '\u00ab' || text === '\u00bb' || text === '\u201c' || text === '\u201d';
}

/** `مصدر عسكري` → the head with its adjectives; `مصدر في وزارة …` → the organisation. */
function sourceDescription(tokens: Token[], head: number): SpeakerPhrase {
  // ناطق باسم الشرطة: the body spoken for, up to its last definite word, is part of the source.
  if (speaksFor(tokens, head)) {
    let end = head + 1;
    for (let i = head + 2; i < tokens.length && i <= head + 4 && tokens[i].isWord && !isStop(tokens[i].key) && (i === head + 2 || hasArticle(tokens[i].key)); i++) end = i;
    if (end > head + 1) return span(tokens, head, end);
  }
  let end = head;
  for (let i = head + 1; i < tokens.length && i <= head + 2; i++) {
    const t = tokens[i];
    if (!t.isWord) break;
    if (t.key === 'في' && i === head + 1) {
      let orgEnd = -1;
      for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
        if (!tokens[j].isWord || isStop(tokens[j].key)) break;
        orgEnd = j;
      }
      // مسؤول في موسكو: a source in a place is described by it; in a body (في الكرملين), the
      // body speaks (the gold's convention).
      if (orgEnd > i) return knownPlace(tokens, i + 1, orgEnd) ? span(tokens, head, orgEnd) : span(tokens, i + 1, orgEnd);
      break;
    }
    // شهود عيان لوكالة …: who they spoke to is no part of the source.
    if (isStop(t.key) || isRole(t.key) || prepositionalWord(t)) break;
    end = i;
  }
  return span(tokens, head, end);
}

/**
 * مسؤول في الكرملين، مصدر في موسكو، or the head alone before the quotation (وقال مسؤول:): a
 * source, though the head is also a role, since no name follows it.
 */
function sourceInOrAlone(tokens: Token[], head: number): boolean {
  const next = tokens[head + 1];
  if (next === undefined || !next.isWord) return true;
  return next.key === '\u0641\u064a' && tokens[head + 2]?.isWord === true; // في
}

/** باسم، بلسان after the head: a spokesman for the body named next. */
function speaksFor(tokens: Token[], head: number): boolean {
  const next = tokens[head + 1];
  return next !== undefined && next.isWord && SPEAKS_FOR.has(next.key);
}

const SPEAKS_FOR = new Set(['\u0628\u0627\u0633\u0645', '\u0628\u0644\u0633\u0627\u0646']); // باسم، بلسان

/** لوكالة، للصحفيين: the one spoken to (ل on an institution's head or on the article), never part of a name. */
function addressedWord(key: string): boolean {
  if (key.length > 4 && key.startsWith('\u0644\u0644')) return true;
  return key.length > 3 && key[0] === '\u0644' && inLexicon(AR_ORG_HEADS, key.slice(1));
}

/**
 * The word after `tokens[head]` is an indefinite adjective (أمريكي، رفيع، عسكري), not a name:
 * a nisba, or a dictionary word that is no given name (مسؤول سامي stays a role and a name).
 */
function describedByAdjective(tokens: Token[], head: number): boolean {
  const next = tokens[head + 1];
  if (!next || !next.isWord || hasArticle(next.key) || isStop(next.key)) return false;
  if (gazetteer().nisba.has('\u0627\u0644' + next.key)) return true;
  const lexical = lexiconClass(next.key, []);
  return (lexical === 'k' || lexical === 's') && !gazetteer().givenNames.has(next.key);
}

/**
 * The subject written before its verb (`أما وزير الدولة، أنور قرقاش قال`): the phrase
 * after the last stop word of the clause, else the clause's first name.
 */
export function arabicSubjectBefore(region: Token[]): SpeakerPhrase {
  let lastStop = -1;
  for (let k = region.length - 1; k >= 0; k--) {
    if (region[k].isWord && isStop(region[k].key)) { lastStop = k; break; }
  }
  if (lastStop >= 0 && lastStop + 1 < region.length) {
    // وعن أسباب مرضه، قالت / بعد دقائق أجابه: a preposition's object is no subject; the verb's is elided.
    if (AR_PREPOSITIONS.has(withoutProclitics(region[lastStop].key, false)) && !region.slice(lastStop + 1).some((t) => t.isWord && isRole(t.key))) return 'anaphor';
    const phrase = arabicSpeakerPhrase(region, lastStop + 1, false);
    if (phrase) return phrase;
  }
  // A sentence opening with و/ف + an indefinite word opens with a verb (وحثت سارة …).
  const first = region.length > 1 && region[0].isWord ? region[0].key : '';
  const opensWithVerb = first.length > 3 && (first[0] === '\u0648' || first[0] === '\u0641') && !hasArticle(withoutProclitics(first, false)) && !isRole(first);
  return arabicSpeakerPhrase(region, opensWithVerb ? 1 : 0, true);
}
