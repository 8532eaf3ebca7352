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
        const key = withoutProclitics(tokens[k + 1].key, false);
        if (AR_CONTINUATION.has(key) || AR_SPEECH_VERBS.has(key)) stops.push(t.start);
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
