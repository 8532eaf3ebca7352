/**
 * English cue words for finding names, which the tagger cannot learn well from 125k tokens.
 * Stored as match keys (normalised Arabic, lower-case Latin) and looked up on clitic-stripped words.
 */
import { matchKey } from '../../text/normalize';

const keys = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(matchKey));

/** Words that introduce a person's name when they directly precede it. */
export const EN_PERSON_TITLES = keys(`
  president minister mr mrs ms miss dr sir lord lady prince princess king queen senator
  governor chancellor secretary general gen col capt sgt lt judge justice rev pope sheikh
  spokesman spokeswoman ambassador envoy chairman chief coach striker midfielder defender
  premier mayor director professor prof
`);

/** Nouns that head an organisation's name (`وزارة الخارجية`, `Ministry of Defence`). */
export const EN_ORGANISATION_NAME_HEADS = keys(`
  ministry council organisation organization party agency university company corporation bank
  committee commission association union institute foundation federation court department
  club group front movement
`);

/** Words after a capitalised name that make it an organisation (`Acme Corp`, `Leeds United`). */
export const ORG_TAILS = keys(`
  inc corp corporation ltd plc co group bank university party council committee association
  union agency ministry club fc airlines airways motors holdings news times post journal
`);

/** English nouns that introduce a company's name (`oil firm Yukos`, `media giant Time Warner`). */
export const COMPANY_CUES = keys(`
  firm firms company companies giant group maker makers operator carrier retailer producer
  conglomerate broadcaster airline insurer chain brand subsidiary unit rival rivals bank lender
  supermarket manufacturer supplier publisher developer startup
`);

/**
 * Nouns right before the name of a band, a medium, a club or a research house (`Irish band U2`,
 * `gadget magazine Stuff`, `telecoms regulator Ofcom`, `analysts Gartner`): with the company cues
 * above, such a cue before a capitalised word the tagger left untagged names an organisation.
 */
export const EN_ORG_NOUNS_BEFORE_NAMES = keys(`
  band bands act duo trio quartet outfit magazine newspaper tabloid channel analysts regulator
  watchdog club
`);

/** Currency words, as written (no match keys): ANERcorp tags them MISC, but they are no names for a reader. */
export const EN_CURRENCIES: ReadonlySet<string> = new Set(['dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'sterling', 'yen', 'yuan', 'rouble', 'ruble', 'franc', 'francs', 'mark', 'marks']);

/** `نظيره الأميركي`, his counterpart: holds the same office as the person named before. */
export const EN_COUNTERPARTS: ReadonlySet<string> = new Set(['counterpart']);

/** Titles of address, which say nothing about an office (Mr Straw is no role). */
export const EN_ADDRESS_TITLES = keys(`mr mrs ms miss dr sir lord lady rev`);

/** Capitalised words opening a sentence before a role, never part of it (Earlier Foreign Secretary …). */
export const EN_ROLE_OPENERS = keys(`
  earlier later meanwhile but and however now then yesterday today also so the a an in on at for as
  when while after before if although former
`);

/**
 * Technology and media formats written as capitals (DVD, PC, DRM, VHS, PVR) and units of speed
 * and size (GHz, Mbps, GB): terms, not the organisations a tagger trained on 1996 news takes them
 * for. Written by the team.
 */
export const EN_TECH_TERMS: ReadonlySet<string> = new Set(
  'dvd dvds pc pcs drm tpm gprs csr hdtv hd mp3 gps sms mms wifi wi-fi usb cd cds lcd dsl adsl voip rfid pda pdas 3g cpu gpu ram os api html vhs pvr pvrs dvr dvrs ghz mhz gb mb kb tb mbps kbps'.split(' '),
);

/**
 * Last words of the name of an event, an award or a competition (`British Comedy Awards`,
 * `Berlin Film Festival`): such a name is MISC, never the organisation a tagger may call it.
 */
export const EN_EVENT_TAILS = keys(`
  award awards prize prizes festival championship championships cup trophy olympics games
  show expo exhibition open marathon tour
`);

/**
 * Nouns right before the title of a work (`the sitcom The Office`, `his film Submission`, `film
 * sequel Shrek 2`): the title is MISC, not an organisation or a person. No verbs' forms (`it
 * shows Mike`, `he films Paris`).
 */
export const EN_WORK_CUES = keys(`
  show series sitcom sitcoms film movie documentary album single song novel book play
  programme drama dramas comedy opera musical soap cartoon sequel prequel remake thriller
  blockbuster episode
`);

/**
 * Words before `single` that make it the record (`her new single`), not the adjective (`no
 * single EU customs administration`, `a single European market`).
 */
export const EN_SINGLE_OWNERS = keys(`his her their its my our your new debut latest hit next first second third last`);

/**
 * Nouns right after a product's, a show's, an award's or a survey's name (`the Motorola Razr V3
 * phone`, `the MyDoom virus`, `a Simpsons episode`, `his Office character`, `Sky Plus boxes`, `the
 * Berlinale Camera award`, `the Tankan survey`): the name is MISC. Not `series` (`the All Black
 * series` is the team's) nor `players` (a club's).
 */
export const EN_PRODUCT_AFTER = keys(`
  phone phones handset handsets console consoles virus worm browser camera
  laptop laptops tablet app award awards prize trophy medal survey index
  episode episodes character characters box boxes
`);

/** Awards and honours named alone (`an Oscar`, `made an OBE`): MISC, never an organisation. */
export const EN_AWARDS = keys(`oscar oscars grammy grammys emmy emmys bafta baftas obe mbe cbe`);

/**
 * Words right after a club's or a company's name that a place never takes (`Portsmouth chairman
 * Milan Mandaric`, `the Leicester flanker`, `Sina's shares`): the name is the organisation's.
 * National sides (`England coach`) are the country's in CoNLL-2003 and the article gold: the
 * rule leaves listed countries alone.
 */
export const EN_ORG_ROLES_AFTER = keys(`
  chairman boss manager flanker striker midfielder winger defender goalkeeper fly-half scrum-half
  shares shareholders chief executive
`);

/** Words before `in` and a company's name (`a stake in Sina`, `shares in Yukos`). */
export const EN_STAKE_WORDS = keys(`stake stakes shareholding`);

/** Nouns for people that stand right before a name (`U2 frontman Bono`, `my son Max`). */
export const EN_PERSON_NOUNS_BEFORE_NAMES = keys(`frontman frontwoman rapper comedian son daughter wife husband brother sister father mother`);

/** Nouns right after a medium's name (`the Guardian newspaper`, `Stuff magazine`). */
export const EN_MEDIA_AFTER = keys(`newspaper paper magazine website tabloid daily weekly broadcaster channel network`);
