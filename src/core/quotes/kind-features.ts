/**
 * What the speech-or-not model (kind-model.ts) reads of a quotation: the rules' own verdict and
 * the signals they decide by (kind.ts), the quotation's length, and the words on either side of
 * its marks. Feature names carry no article text beyond single words of the language's common
 * vocabulary (the word before the opening mark and the word after the closing one), and only
 * words seen in training get a weight.
 */
import { withoutProclitics } from '../lang/ar/clitics';
import { isArabicSpeechCue } from './attribution-ar';
import {
  characterisedBefore, clauseSubject, complementizerJustBefore, determinerBefore, namesOrganisation, namingCue, ownWordingAfter, subjectOfVerb, wordCount, type KindContext,
} from './kind';
import type { Token } from './tokens';

function lengthBucket(words: number): string {
  if (words <= 3) return String(words);
  if (words <= 5) return '4-5';
  if (words <= 9) return '6-9';
  return '10+';
}

/** The last word of the prefix when nothing but spaces stands between it and the opening mark. */
function wordRightBefore(prefix: readonly Token[]): Token | null {
  const last = prefix.length > 0 ? prefix[prefix.length - 1] : null;
  return last !== null && last.isWord ? last : null;
}

/** A word as the model reads it: Arabic without و/ف (and without ب ل ك), English lower-cased. */
function wordKey(lang: 'ar' | 'en', t: Token): string {
  return lang === 'ar' ? withoutProclitics(t.key, true) : t.key;
}

const SENTENCE_END = new Set(['.', '!', '?', '\u061f', '\u2026']);

/** The features of one quotation, given the rules' verdict on it. */
export function kindFeatures(ctx: KindContext, ruleSpeech: boolean): string[] {
  const words = wordCount(ctx.content);
  const len = lengthBucket(words);
  const att = ctx.attribution;
  const cue = att.found ? (att.introduces ? 'introduces' : 'found') : 'none';
  const out = [ruleSpeech ? 'rule:speech' : 'rule:other', `len:${len}`, `cue:${cue}`, `cue:${cue}&len:${len}`];
  const before = wordRightBefore(ctx.prefix);
  const lastToken = ctx.prefix.length > 0 ? ctx.prefix[ctx.prefix.length - 1] : null;
  if (ctx.prefix.every((t) => !t.isWord)) out.push('opens-sentence');
  if (lastToken && !lastToken.isWord) out.push(`before-mark:${lastToken.text}`);
  if (before) {
    out.push(`before:${wordKey(ctx.lang, before)}`);
    if (ctx.lang === 'ar' && isArabicSpeechCue(before.key, before.text)) out.push('before:speech-cue');
  }
  if (ctx.nextWord) out.push(`after:${wordKey(ctx.lang, ctx.nextWord)}`);
  else out.push(ctx.suffix && ctx.suffix.length > 0 ? `after-mark:${ctx.suffix[0].text}` : 'after:end');
  const lastContent = ctx.content.length > 0 ? ctx.content[ctx.content.length - 1] : null;
  if (lastContent && !lastContent.isWord && SENTENCE_END.has(lastContent.text)) out.push('ends-sentence');
  if (ctx.glued) out.push('glued');
  if (ctx.colonAfter) out.push('colon-after');
  if (ctx.recovered) out.push('recovered');
  if (ctx.isName) out.push('is-name');
  if (ctx.namesOnly) out.push('names-only');
  if (ctx.inTitle) out.push('in-title');
  if (namingCue(ctx)) out.push('naming-cue');
  if (subjectOfVerb(ctx, words)) out.push('subject-of-verb');
  if (ctx.lang === 'ar') {
    if (namesOrganisation(ctx.prefix)) out.push('names-organisation');
    if (determinerBefore(ctx.prefix)) out.push('determiner-before');
    if (complementizerJustBefore(ctx.prefix)) out.push(`complementizer&len:${len}`);
    if (clauseSubject(ctx)) out.push('clause-subject');
    if (characterisedBefore(ctx.prefix)) out.push('characterised');
    if (ctx.suffix && ownWordingAfter(ctx.suffix)) out.push('own-wording-after');
  }
  return out;
}
