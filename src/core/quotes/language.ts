/**
 * Where a language lets an unbalanced quotation start or stop.
 */
import { isArabicSpeechCue } from './attribution-ar';
import type { RecoveryHints } from './marks';
import type { Token } from './tokens';
import { withoutProclitics } from '../lang/ar/clitics';
import { AR_COMPLEMENTIZERS, AR_CONTINUATION, AR_SPEECH_VERBS } from '../lang/ar/speech-verbs';

function isCommaLike(t: Token): boolean {
  return t.text === ',' || t.text === '\u060c' || t.text === '.';
}

function isReportingWord(t: Token | undefined): boolean {
  if (!t || !t.isWord) return false;
  const key = withoutProclitics(t.key, false);
  return AR_CONTINUATION.has(key) || AR_SPEECH_VERBS.has(key);
}

/**
 * After a comma, the narrator speaks again when a reporting verb or participle comes next
 * (`، مضيفًا`), or second after a verb of going on (`، واسترسل قائلًا`, `، ومضى قائلًا`).
 */
function narratorResumes(tokens: Token[], k: number): boolean {
  if (isReportingWord(tokens[k])) return true;
  const second = tokens[k + 1];
  return tokens[k]?.isWord === true && second !== undefined && AR_CONTINUATION.has(withoutProclitics(second.key, false));
}

/**
 * Stops: a comma before a reporting participle (`، مضيفًا`, `، لافتًا`) is where the
 * narrator takes the floor back. Starts: after a colon, or after إن/أن that follow a
 * reporting verb, a quotation may begin without its opening mark.
 */
export function recoveryHints(tokens: Token[], lang: 'ar' | 'en'): RecoveryHints {
  const stops: number[] = [];
  const starts: number[] = [];
  let lastVerb = -100;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.isWord) {
      if (t.text === ':') starts.push(t.end);
      if (lang === 'ar' && isCommaLike(t) && k + 1 < tokens.length) {
        if (narratorResumes(tokens, k + 1)) stops.push(t.start);
      }
      continue;
    }
    if (lang !== 'ar') continue;
    if (isArabicSpeechCue(t.key, t.text)) lastVerb = k;
    // وأضاف: أنه … — right after a colon the quotation starts at the colon, أنه included.
    else if (k - lastVerb <= 8 && !(k > 0 && tokens[k - 1].text === ':') && (AR_COMPLEMENTIZERS.has(t.key) || AR_COMPLEMENTIZERS.has(withoutProclitics(t.key, false)))) starts.push(t.end);
  }
  return { stops, starts };
}
