/**
 * Quotations with no reporting cue whose sentence has an organisation for subject:
 * `فإن مجلس الإدارة "يوافق" على …`, `ويطلب المجلس من اللجنة "إعداد …"`. Official texts
 * (resolutions, statements) are quoted this way; the organisation is the speaker.
 */
import type { Attribution } from './attribution';
import { arabicSpeakerPhrase, isNamed, isRole, type SpeakerPhrase } from './speaker-ar';
import { type Token } from './tokens';
import { hasArticle, withoutProclitics } from '../lang/ar/clitics';
import { AR_COMPLEMENTIZERS } from '../lang/ar/speech-verbs';

/** A present-tense verb: يصادق، تدعو، ويحث (no article, a ي/ت prefix, four letters or more). */
export function isPresentVerb(t: Token | undefined): boolean {
  if (!t || !t.isWord) return false;
  const bare = withoutProclitics(t.key, false);
  return bare.length >= 4 && (bare[0] === '\u064a' || bare[0] === '\u062a') && !hasArticle(bare) && !isRole(t.key);
}

function organisation(phrase: SpeakerPhrase): phrase is { span: { start: number; end: number; org: true } } {
  return isNamed(phrase) && phrase.span.org === true;
}

/** Words between the organisation and the quotation: a conjunction, or an earlier quoted verb. */
const MAX_GAP = 8;

/**
 * `content`: the quotation's tokens. A quotation opening with a present-tense verb right
 * after `(فإن|أن) organisation …` is the organisation's predicate in its own words; a
 * sentence opening with a present-tense verb and an organisation subject gives the
 * organisation as the speaker of its quotation, with no say on its kind (found: false).
 */
export function organisationClause(prefix: Token[], content: Token[]): Attribution | null {
  if (prefix.length === 0) return null;
  if (isPresentVerb(content.find((t) => t.isWord))) {
    for (let k = prefix.length - 1; k >= 0 && k >= prefix.length - MAX_GAP - 4; k--) {
      const t = prefix[k];
      if (!t.isWord || !(AR_COMPLEMENTIZERS.has(t.key) || AR_COMPLEMENTIZERS.has(withoutProclitics(t.key, false)))) continue;
      const phrase = arabicSpeakerPhrase(prefix, k + 1, false);
      if (!organisation(phrase)) return null;
      let gap = 0;
      for (let j = k + 1; j < prefix.length; j++) if (prefix[j].isWord && prefix[j].start >= phrase.span.end) gap++;
      return gap <= MAX_GAP ? { found: true, speaker: phrase.span, usePrevious: false, introduces: true } : null;
    }
  }
  if (isPresentVerb(prefix[0]) && prefix[0].key !== withoutProclitics(prefix[0].key, false)) {
    const phrase = arabicSpeakerPhrase(prefix, 1, false);
    if (organisation(phrase) && phrase.span.start === prefix[1].start) return { found: false, speaker: orgHead(prefix, phrase.span), usePrevious: false, introduces: false };
  }
  return null;
}

/**
 * The organisation's name without the object run on after it (مجلس الأمن الوكالة الدولية):
 * the head and one definite word, or the words up to a second definite head.
 */
function orgHead(tokens: Token[], span: { start: number; end: number; org?: boolean }): { start: number; end: number; org?: boolean } {
  let k = 1;
  while (k < tokens.length && tokens[k].start < span.start) k++;
  let end = k;
  if (end + 1 < tokens.length && tokens[end + 1].end <= span.end && hasArticle(withoutProclitics(tokens[end + 1].key, false))) end++;
  return { start: span.start, end: tokens[end].end, org: true };
}
