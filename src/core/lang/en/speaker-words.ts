/** English words around a speaker: pronouns, titles, roles, name particles, unnamed sources (lower case). */
import { englishWordSet as set } from './word-set';

export const EN_PRONOUNS = set(`he she they it we i`);

export const EN_TITLES = set(`mr mrs ms dr sir prof lord lady dame miss rev`);

/** Lower-case role words a name may follow (chairman and chief executive Ann Lee). */
export const EN_ROLES = set(`
  chairman chairwoman chair president vice chief executive founder director managing secretary general
  minister deputy editor owner head leader governor spokesman spokeswoman co-founder partner
  manager coach boss captain analyst economist adviser commissioner chancellor spokesperson
`);

/**
 * Lower-case nouns for people by what they do, which a definite description may end with (the
 * Liverpool player, the Labour MP): such a description stands for a person named before.
 */
export const EN_PERSON_NOUNS = set(`
  player striker defender midfielder winger goalkeeper keeper forward star veteran youngster
  singer actor actress writer author artist musician mp politician lawyer teenager
`);

/** Lower-case particles allowed inside a name (Pieter Van der Berg). */
export const EN_NAME_PARTICLES = set(`van den der de da von al bin le la du`);

/** Capitalised words that begin sentences or name roles rather than people. */
export const EN_NOT_NAMES = set(`
  the a an but and or however in on at for of to from by with as this that these those his her their its
  earlier later meanwhile also yet so then when while after before if although though there here
  deputy prime minister president secretary chancellor chairman chief executive head leader shadow
  mr. ms. it he she they we i you speaking according
`);

/** Lower-case heads of unnamed-source descriptions (a Cabinet Office spokeswoman). */
export const EN_SOURCE_HEADS = set(`
  spokeswoman spokesman spokesperson source sources official officials study report analyst analysts
  newspaper survey researchers experts expert aide aides statement committee colleague colleagues
  member members commission minister ministers critics campaigners
  police witness witnesses resident residents doctor doctors prosecutor prosecutors investigator investigators
`);

/** Sources that are documents: `the report said` stands for the body that wrote it. */
export const EN_DOCUMENT_HEADS = set(`report study survey statement`);

/** Last words of organisation names, which give way to the person named before them. */
export const EN_ORG_HEADS = set(`
  association party office council group union committee bank commission agency institute
  federation society chambers company corporation ministry department
`);

/** Days and months: a date never speaks ("…," Thursday said is a parsing slip). Not May: Theresa May. */
export const EN_DATE_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
  january february march april june july august september october november december
`);

/** Heads of a definite description standing for an organisation named earlier (the company said). */
export const EN_ORG_ANAPHORS = set(`
  company firm fund bank ministry department club council government party group agency
  organisation organization union commission board university authority regulator
`);
