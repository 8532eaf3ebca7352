import { addSpans, type SentenceResult, type TokenSpan } from './rules';
import { spanKey, type WordView } from './words';
import {
  AMBIGUOUS_ARAB_CLUBS, ARAB_CLUBS, CLUB_GENITIVE_HEADS, CLUB_NATIONALITIES, MATCH_VERBS, MATCH_WORDS,
  NOT_CLUB_CONTEXT, OPPONENT_WORDS, SPORTS_ARTICLE_WORDS, SPORTS_WORDS, TRANSFER_WORDS,
} from '../lang/ar/name-cues';
import { listedCountry } from './gazetteer';

/**
 * Arabic document rules for clubs and teams: a place's name that is a club (ليون الفرنسي, مدرب
 * روما, انضم صلاح إلى روما), a club's name that is an ordinary word elsewhere (الهلال, النصر) in
 * sports articles, and clubs known by the result of a match.
 */

/**
 * `ليون الفرنسي`, `هامبورغ الالماني`: a place's name followed by a masculine nationality
 * adjective is a club or a company (a city takes the feminine: باريس الفرنسيه); the same name
 * typed as a place elsewhere in the document follows.
 */
export function clubsByNationality(sentences: SentenceResult[]): void {
  const clubs = new Set<string>();
  for (const s of sentences) {
    for (const span of s.spans) {
      const next = s.views[span.end];
      if (span.type === 'LOC' && next && next.prefix === 0 && CLUB_NATIONALITIES.has(next.key)) clubs.add(spanKey(s.views, span));
    }
  }
  if (clubs.size === 0) return;
  for (const s of sentences) for (const span of s.spans) if (span.type === 'LOC' && clubs.has(spanKey(s.views, span))) span.type = 'ORG';
}

const isScore = (v: WordView | undefined): boolean => !!v && (/^\d{1,2}$/.test(v.raw) || v.key === 'صفر');

/**
 * `امام ضيفه دينامو كييف`, `تغلب على كوبنهاغن 1 - صفر`: a city's name as one side of a match is
 * its club (a country's name, its national team, stays a place); the same name elsewhere in the
 * document follows.
 */
export function clubsByMatch(sentences: SentenceResult[]): void {
  const clubs = new Set<string>();
  for (const s of sentences) {
    const v = s.views;
    for (const span of s.spans) {
      if (span.type !== 'LOC' && !(span.type === 'PER' && span.source === 'model')) continue;
      const key = spanKey(v, span);
      if (listedCountry(key)) continue; // a national team
      const before = v[span.start - 1], before2 = v[span.start - 2];
      const opponent = !!before && OPPONENT_WORDS.has(before.head);
      const result = !!before && (before.key === 'علي' || before.key === 'امام') && !!before2 && MATCH_VERBS.has(before2.key);
      // `1 - صفر` as three tokens, or `4-1` written as one.
      const score = (isScore(v[span.end]) && v[span.end + 1]?.raw === '-' && isScore(v[span.end + 2])) || /^\d{1,2}-\d{1,2}$/.test(v[span.end]?.raw ?? '');
      if (opponent || result || score) clubs.add(key);
    }
  }
  if (clubs.size === 0) return;
  for (const s of sentences) for (const span of s.spans) if ((span.type === 'LOC' || span.source === 'model') && clubs.has(spanKey(s.views, span))) span.type = 'ORG';
}

/**
 * An article about sport: three sports words or more (مباراة، الدوري، اللاعب…); it stops counting
 * there. A word written with ى is no sports word: فنادى is the verb "called", not نادي (club).
 */
export function sportsArticle(sentences: SentenceResult[]): boolean {
  let sportsWords = 0;
  for (const s of sentences) for (const v of s.views) if (SPORTS_WORDS.has(v.head) && !v.raw.endsWith('\u0649') && ++sportsWords >= SPORTS_ARTICLE_WORDS) return true;
  return false;
}

/**
 * `فاز الهلال على الفتح`: in a sports article, a known club whose name is an ordinary word
 * elsewhere is the club (one whose name is common in sports news too only in a sentence about a
 * match), unless an adjective goes on to another name (الاتحاد الأوروبي، الهلال الأحمر;
 * a nationality is the club's own, الهلال السعودي, but not the federation's: الاتحاد السعودي لكرة
 * القدم) or the word before makes it a kind of team or a cup (منتخب الشباب، كأس الاتحاد).
 */
export function clubsInSportsArticles(sentences: SentenceResult[]): void {
  if (!sportsArticle(sentences)) return;
  for (const s of sentences) {
    const v = s.views;
    const added: TokenSpan[] = [];
    // A sentence about a match: a result's verb, a match word, an opponent.
    const aboutMatch = v.some((w) => MATCH_VERBS.has(w.key) || MATCH_WORDS.has(w.head) || OPPONENT_WORDS.has(w.head));
    for (let i = 0; i < v.length; i++) {
      const club = ARAB_CLUBS.has(v[i].head) || (aboutMatch && AMBIGUOUS_ARAB_CLUBS.has(v[i].head));
      if (v[i].punct || !club || (i > 0 && NOT_CLUB_CONTEXT.has(v[i - 1].head))) continue;
      // An adjective goes on to another name (الاتحاد الأوروبي، الهلال الأحمر), except the club's
      // nationality; a definite noun after it is the verb's object (وقّع النصر الاتفاق).
      const n = v[i + 1];
      if (n && !n.punct && n.prefix === 0 && definiteAdjective(n.key)) {
        const federation = v[i + 2] && v[i + 2].key.startsWith('\u0644');
        if (!CLUB_NATIONALITIES.has(n.key) || federation) continue;
      }
      const over = s.spans.find((o) => o.start <= i && o.end > i);
      if (over) { if (over.start === i && over.end === i + 1) over.type = 'ORG'; continue; }
      added.push({ start: i, end: i + 1, type: 'ORG', source: 'document' });
    }
    addSpans(s, added);
  }
}

/** Words between a player's move and إلى (انضم اللاعب المصري محمد صلاح إلى). */
const MAX_TRANSFER_TO_PREPOSITION = 4;

/**
 * `مدرب سان جرمان`, `انضم صلاح إلى روما`: in a sports article, a city the tagger found after a
 * noun that takes a club (coach, player, fans) or after إلى ending a player's move is the club
 * named after it, and so is every other mention of it there. A country stays: its national team
 * is marked as the country.
 */
export function clubsNamedAfterPlaces(sentences: SentenceResult[]): void {
  if (!sportsArticle(sentences)) return;
  const clubs = new Set<string>();
  for (const s of sentences) {
    const v = s.views;
    for (const span of s.spans) {
      if (span.type !== 'LOC' || span.start === 0) continue;
      const key = spanKey(v, span);
      if (listedCountry(key)) continue;
      const before = v[span.start - 1];
      const genitive = !before.punct && before.prefix === 0 && CLUB_GENITIVE_HEADS.has(before.key);
      let moved = false;
      if (before.key === '\u0627\u0644\u0649' || before.key === '\u0627\u0644\u064a') {
        for (let k = span.start - 2; k >= 0 && k >= span.start - 1 - MAX_TRANSFER_TO_PREPOSITION && !v[k].punct; k--) if (TRANSFER_WORDS.has(v[k].head) || TRANSFER_WORDS.has(v[k].key.slice(1))) moved = true;
      }
      if (genitive || moved) clubs.add(key);
    }
  }
  if (clubs.size === 0) return;
  for (const s of sentences) for (const span of s.spans) if (span.type === 'LOC' && clubs.has(spanKey(s.views, span))) span.type = 'ORG';
}

/** A definite adjective after a name: a nisba (الأوروبي، الدولية) or a colour (الأحمر). */
function definiteAdjective(key: string): boolean {
  if (!key.startsWith('\u0627\u0644') || key.length < 5) return false;
  return key.endsWith('\u064a') || key.endsWith('\u064a\u0647') || CLUB_NAME_COLOURS.has(key);
}

const CLUB_NAME_COLOURS = new Set(['\u0627\u0644\u0627\u062d\u0645\u0631', '\u0627\u0644\u0627\u062e\u0636\u0631']);
