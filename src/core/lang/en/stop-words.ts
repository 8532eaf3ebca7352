import { matchKey } from '../../text/normalize';

/** English function words and frequent verbs that never begin or continue a name (match keys). */
export const EN_STOPWORDS: ReadonlySet<string> = new Set(
  `
  the a an of in on at to for from by with and or but that this is was were be has have had he she
  it they we said says
  `.split(/\s+/).filter(Boolean).map(matchKey),
);
