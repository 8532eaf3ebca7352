/** English words that tell what a quotation is (lower case). */
import { englishWordSet as set } from './word-set';

/** Words after which a quotation is a name, a title or a term. */
export const EN_NAMING_CUES = set(`
  so-called called dubbed named titled entitled nicknamed branded labelled termed word term phrase
  study book film programme program show song album series campaign slogan motto operation
  newspaper magazine website brand
`);
