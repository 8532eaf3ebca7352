/**
 * Name cues read in both languages: the Arabic and the English lists in one set each, since the
 * rules look words up by match key whatever the article's language.
 */
import { AR_PERSON_TITLES, AR_ORGANISATION_NAME_HEADS } from '../lang/ar/name-cues';
import { EN_PERSON_TITLES, EN_ORGANISATION_NAME_HEADS } from '../lang/en/name-cues';

export const PERSON_TITLES: ReadonlySet<string> = new Set([...AR_PERSON_TITLES, ...EN_PERSON_TITLES]);
export const ORG_HEADS: ReadonlySet<string> = new Set([...AR_ORGANISATION_NAME_HEADS, ...EN_ORGANISATION_NAME_HEADS]);
