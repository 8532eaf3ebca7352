/** English verbs of speech (lower case). */
import { englishWordSet as set } from './word-set';

export const EN_SPEECH_VERBS = set(`
  said says say told tells tell added adds stated states explained explains warned warns insisted insists
  argued argues claimed claims asked asks replied replies noted notes commented comments wrote writes
  announced announces admitted admits believes believe believed recalled recalls remembered remembers described describes
  dismissed dismisses accused accuses accuse urged urges attacked attacks remarked continued concluded
  suggested suggests revealed reveals declared declares decries decried condemned condemns jeered
  shows showed predicted predicts stressed stresses acknowledged confirmed confirms denied denies
  saying adding telling warning insisting arguing claiming describing calling branded labelled
  maintained maintains responded responds emphasised emphasized agreed agrees complained complains
  promised promises vowed vows pledged pledges boasted joked quipped estimated estimates reported reports
  blamed blames criticised criticized criticises criticizes praised praises hailed hails
`);

/**
 * Verbs that name as often as they speak: `Okonkwo called the fee "plainly unfair"` reports words,
 * `a band called "Nova"` names; only the first use, with words between the verb and the
 * quotation, is speech.
 */
export const EN_CALLING_VERBS = set(`called`);

/** Verbs that introduce reported speech without marks (he said that …). */
export const EN_REPORTING_VERBS = set(`
  said says told added warned insisted argued claimed admitted announced explained believes stressed
  suggested revealed confirmed denied admits insists warns argues claims
`);

/** Verbs written right after a quotation that name its speaker next ("…", said Ann Lee). */
export const EN_VERBS_BEFORE_SPEAKER = set(`said says added adds continued explained asked replied wrote insisted warned stated`);

/** Verbs of saying as they are written, for counting them in raw text (article detection). */
export const EN_SAYING_WORD_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'announced', 'stated', 'explained', 'insisted', 'warned', 'claimed', 'argued', 'admitted', 'according', 'asked', 'denied', 'confirmed']);
