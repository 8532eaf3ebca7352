/** English reporting vocabulary (lower case). */
function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

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
`);

/** Participles that continue the sentence's speaker (…, saying: "…"). */
export const EN_CONTINUATION = set(`saying adding telling warning insisting arguing claiming describing`);

export const EN_PRONOUNS = set(`he she they it we i`);

/** Words after which a quotation is a name, a title or a term. */
export const EN_NAMING_CUES = set(`
  so-called called dubbed named titled entitled nicknamed branded labelled termed word term phrase
  study book film programme program show song album series campaign slogan motto operation
  newspaper magazine website brand
`);

/** Capitalised words that begin sentences or name roles rather than people. */
export const EN_NOT_NAMES = set(`
  the a an but and or however in on at for of to from by with as this that these those his her their its
  earlier later meanwhile also yet so then when while after before if although though there here
  deputy prime minister president secretary chancellor chairman chief executive head leader shadow
  mr. ms. it he she they we i you speaking according
`);

export const EN_TITLES = set(`mr mrs ms dr sir prof lord lady dame miss rev`);

/** Lower-case heads of unnamed-source descriptions (a Cabinet Office spokeswoman). */
export const EN_SOURCE_HEADS = set(`
  spokeswoman spokesman spokesperson source sources official officials study report analyst analysts
  newspaper survey researchers experts expert aide aides statement committee colleague colleagues
  member members commission minister ministers critics campaigners
`);

/** Lower-case particles allowed inside a name (Nick Van den Brul). */
export const EN_NAME_PARTICLES = set(`van den der de da von al bin le la du`);

/** Last words of organisation names, which give way to the person named before them. */
export const EN_ORG_HEADS = set(`
  association party office council group union committee bank commission agency institute
  federation society chambers company corporation ministry department
`);

/** Lower-case role words a name may follow (chairman and chief executive Ann Lee). */
export const EN_ROLES = set(`
  chairman chairwoman chair president vice chief executive founder director managing secretary general
  minister deputy editor owner head leader governor spokesman spokeswoman co-founder partner
`);
