import { addSpans, chainWord, coordinatedGenitive, gazetteerAt, organisationEnd, owners, type SentenceResult, type TokenSpan } from './rules';
import type { WordView } from './words';
import { PERSON_TITLES } from './cues';
import { ADMINISTRATIVE_AREAS, AR_ORGANISATION_NAME_HEADS, ARAB_CLUBS, BRANCH_HEADS, CLUB_HEADS, DESCRIPTOR_HEADS, INSTITUTION_HEADS, LOCAL_OFFICE_HEADS } from '../lang/ar/name-cues';
import { gazetteer } from './gazetteer';
import { sportsArticle } from './document-rules-ar-clubs';

/**
 * Arabic document rules for institutions whose names hold another name: a local office with the
 * place it serves (أمانة منطقة تبوك, الإدارة العامة للطرق بمنطقة الباحة) and a school, hospital or
 * centre named after a person (مدرسة سعد بن وقاص, مستشفى الملك فهد). The gold, like readers, takes the whole as one
 * organisation where the tagger finds only the place or the person.
 */

/** Organisation heads that keep a place after them inside the name (جامعة القاهرة). */
const PLACE_NAMED_HEADS: ReadonlySet<string> = new Set([...AR_ORGANISATION_NAME_HEADS].filter((h) => !DESCRIPTOR_HEADS.has(h) && !h.startsWith('\u0627\u0644')));

/**
 * The word as the head noun of one of `heads`, its one-letter clitic cut (وشارع، بطريق: the
 * clitic removal keeps letters before words it does not know), else null.
 */
export function headNoun(v: WordView, heads: ReadonlySet<string>): WordView | null {
  if (v.punct) return null;
  if (heads.has(v.head)) return v;
  const rest = v.key.slice(1);
  if (v.prefix > 0 || !'\u0648\u0641\u0628\u0644\u0643'.includes(v.key[0]) || !heads.has(rest)) return null;
  return { ...v, head: rest, bare: rest, prefix: 1 };
}

/**
 * `أمانة منطقة تبوك`, `جوازات نجران`, `شرطة محافظة المثنى`: a local office of the state before the
 * place it serves (with the word for the province between) is one organisation, the place
 * inside it; the clitic before the office stays outside (بأمانة).
 */
export function localOffices(sentences: SentenceResult[]): void {
  for (const s of sentences) {
    const v = s.views;
    const owner = owners(s);
    for (const place of s.spans) {
      if (place.type !== 'LOC') continue;
      const area = place.start > 0 && ADMINISTRATIVE_AREAS.has(v[place.start - 1].key) ? 1 : 0;
      const h = place.start - 1 - area;
      // مكتبة الإسكندرية, مستشفى البجادية: an organisation's own head before a place, too (not one
      // that stays outside the name, صحيفة, نادي).
      const head = h < 0 ? null : headNoun(v[h], LOCAL_OFFICE_HEADS) ?? (area ? null : headNoun(v[h], PLACE_NAMED_HEADS));
      if (!head || owner[h] >= 0) continue;
      owner.fill(owner[place.start], h, place.start);
      v[h] = head;
      place.start = h;
      place.type = 'ORG';
    }
  }
}

/** Words after a person's name that still belong to the institution's name (at most). */
const MAX_INSTITUTION_TAIL = 3;

/**
 * `مدرسة أبو بكر الصديق`, `مستشفى الملك فهد`, `مركز الملك عبدالله الدولي للحوار`: an institution's
 * head right before a person (or before the person's title) names the institution after them;
 * the organisation runs from the head over the person and the adjectives and the one ل phrase
 * that follow (الطبية، الدولي، للحوار). `مدينة` only with such a tail: alone it is a city
 * (مدينة الملك عبدالله).
 */
export function institutionsNamedAfterPeople(sentences: SentenceResult[]): void {
  const plain = (w: WordView | undefined): boolean => !!w && !w.punct && w.prefix === 0 && chainWord(w);
  for (const s of sentences) {
    const v = s.views;
    const owner = owners(s);
    s.spans.forEach((person, n) => {
      // The tagger may type a king's name with its title (الملك فهد) as anything.
      if (person.type !== 'PER' && !PERSON_TITLES.has(v[person.start].head)) return;
      const titled = person.start > 0 && PERSON_TITLES.has(v[person.start - 1].head) ? 1 : 0;
      const h = person.start - 1 - titled;
      const head = h >= 0 ? headNoun(v[h], INSTITUTION_HEADS) : null;
      if (!head || owner[h] >= 0) return;
      // Up to the next name: its adjectives, then one ل phrase (للحوار, لرعاية الأيتام).
      let end = person.end;
      while (end < v.length && end - person.end < MAX_INSTITUTION_TAIL && plain(v[end]) && owner[end] < 0) end++;
      const l = v[end];
      if (l && !l.punct && l.key.startsWith('\u0644') && (l.prefix === 1 || l.prefix === 2) && owner[end] < 0) end++;
      if (head.head === 'مدينه' && end === person.end) return;
      owner.fill(n, h, end);
      v[h] = head;
      person.start = h;
      person.end = end;
      person.type = 'ORG';
    });
  }
}

/** Heads of an office that may have a branch in a place: organisation heads and branch heads. */
const OFFICE_HEADS: ReadonlySet<string> = new Set([...[...AR_ORGANISATION_NAME_HEADS].filter((h) => !DESCRIPTOR_HEADS.has(h)), ...BRANCH_HEADS]);

/**
 * `الإدارة العامة للطرق والنقل بمنطقة الباحة`, `حرس الحدود بمنطقة المدينة`, `مركز التنمية
 * الاجتماعية بالأحساء`: an office's name (its head and genitive chain) followed by ب and the place
 * it serves (with the word for the province between) is one organisation, the place inside
 * it, where the tagger found at most the place.
 */
export function officesInPlaces(sentences: SentenceResult[]): void {
  for (const s of sentences) {
    const v = s.views;
    const owner = owners(s);
    const added: TokenSpan[] = [];
    // The places taken into an office's name go after the pass, so that `owner` stays right.
    const absorbed = new Set<TokenSpan>();
    for (let i = 0; i + 2 < v.length; i++) {
      const head = headNoun(v[i], OFFICE_HEADS);
      if (!head || owner[i] >= 0) continue;
      const k = organisationEnd(v, i);
      if (k <= i + 1 || k >= v.length || v[k].punct || v[k].key[0] !== '\u0628') continue;
      let inside = false;
      for (let j = i; j < k; j++) if (owner[j] >= 0) inside = true;
      if (inside) continue;
      const area = ADMINISTRATIVE_AREAS.has(v[k].head) || ADMINISTRATIVE_AREAS.has(v[k].key.slice(1)) ? 1 : 0;
      const at = k + area;
      const found = at < v.length && owner[at] >= 0 && s.spans[owner[at]].start === at && s.spans[owner[at]].type === 'LOC' ? s.spans[owner[at]] : null;
      const listed = found ? null : at < v.length ? gazetteerAt(v, at) : null;
      const end = found ? found.end : listed?.type === 'LOC' ? listed.end : -1;
      if (end < 0) continue;
      if (found) absorbed.add(found);
      v[i] = head;
      added.push({ start: i, end, type: 'ORG', source: 'document' });
      owner.fill(-2, i, end);
      i = end - 1;
    }
    if (absorbed.size) s.spans = s.spans.filter((span) => !absorbed.has(span));
    addSpans(s, added);
  }
}

/** Nisba adjectives an organisation's name may end with (البنك السعودي الفرنسي: two). */
const MAX_ORGANISATION_NISBAS = 2;

/**
 * `الكونغرس الأميركي`, `حزب البعث العراقي`, `البنك السعودي الفرنسي`: a nisba adjective right after
 * an organisation whose name ends in an ordinary word with the article belongs to the name (the
 * ordinary word alone names nothing in particular: which congress, which bank). After a proper
 * name it only describes (`جامعة سيراكيوز الأمريكية`, `ميلان الإيطالي`, `حزب الله اللبناني`), and
 * so does a club's own nationality (`الهلال السعودي`, `نادي الاتحاد السعودي`).
 */
export function nisbasOfOrganisations(sentences: SentenceResult[]): void {
  const g = gazetteer();
  let sports: boolean | undefined;
  for (const s of sentences) {
    const v = s.views;
    const owner = owners(s);
    for (const span of s.spans) {
      if (span.type !== 'ORG') continue;
      const last = v[span.end - 1];
      const named = g.trie.get(last.key)?.entry?.type;
      if (!last.key.startsWith('\u0627\u0644') || named === 'LOC' || named === 'PER' || last.key === '\u0627\u0644\u0644\u0647') continue;
      const before = v[span.start - 1];
      if (before && !before.punct && CLUB_HEADS.has(before.head)) continue;
      if (span.end - span.start === 1 && ARAB_CLUBS.has(v[span.start].head) && (sports ??= sportsArticle(sentences))) continue;
      let end = span.end;
      while (end < v.length && end - span.end < MAX_ORGANISATION_NISBAS && owner[end] < 0) {
        const w = v[end];
        if (w.prefix !== 0) break;
        if (end + 1 < v.length && owner[end + 1] < 0 && g.nisba.has(w.key + ' ' + v[end + 1].key)) { end += 2; continue; }
        if (g.nisba.has(w.key)) { end++; continue; }
        break;
      }
      if (end === span.end) continue;
      owner.fill(owner[span.start], span.end, end);
      span.end = end;
    }
  }
}

/** Adjectives after a company's field (للأدوات المالية, للفنون الشعبية), at most. */
const MAX_FIELD_ADJECTIVES = 2;

/** A definite adjective of the nisba's shape (المالية, الشعبي): what a company's field takes. */
const nisbaShaped = (w: WordView): boolean => w.prefix === 0 && chainWord(w) && (w.key.endsWith('\u064a') || w.key.endsWith('\u064a\u0647'));

/**
 * `ميدغلف للتأمين`, `اوتيس للمصاعد`, `ويدبوش للأدوات المالية`, `دار الكفاح للنشر`: a company or a
 * troupe named by a proper name goes on with its field, ل with the article and a noun, the
 * field's nisba adjectives and one second field joined by و (`للثقافة والتراث`). Only after a
 * name that does not end with the article (after `وزارة العمل` the ل phrase is a deputy's remit,
 * وكيل وزارة العمل للتفتيش), and not in sports articles (سان جرمان للقيام بصفقة: a purpose).
 */
export function fieldsOfCompanies(sentences: SentenceResult[]): void {
  if (sportsArticle(sentences)) return;
  for (const s of sentences) {
    const v = s.views;
    const owner = owners(s);
    for (const span of s.spans) {
      if (span.type !== 'ORG' || v[span.end - 1].head.startsWith('\u0627\u0644')) continue;
      const l = v[span.end];
      if (!l || l.punct || owner[span.end] >= 0 || !l.key.startsWith('\u0644\u0644') || l.prefix !== 2) continue;
      let end = span.end + 1;
      while (end < v.length && end - span.end <= MAX_FIELD_ADJECTIVES && owner[end] < 0 && nisbaShaped(v[end])) end++;
      if (end < v.length && owner[end] < 0 && coordinatedGenitive(v, end, chainWord)) end++;
      owner.fill(owner[span.start], span.end, end);
      span.end = end;
    }
  }
}
