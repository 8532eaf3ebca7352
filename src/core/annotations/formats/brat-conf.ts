/**
 * brat's configuration for a folder of News Lens annotations: with these two files beside the
 * .txt/.ann pairs, the folder opens in brat as it is (docs/annotations.md).
 */
const NAMES = 'PER|ORG|LOC|MISC';

export const ANNOTATION_CONF = `# News Lens annotations (docs/annotations.md)
[entities]
PER
ORG
LOC
MISC
Quote
NotName
NotQuote

[relations]
Said\tArg1:Quote, Arg2:${NAMES}
SameAs\tArg1:${NAMES}, Arg2:${NAMES}
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
QuoteKind\tArg:Quote, Value:speech|reported|other
Suggested\tArg:${NAMES}|Quote
Separate\tArg:${NAMES}
`;

export const VISUAL_CONF = `# News Lens annotations (docs/annotations.md)
[labels]
PER | Person | Per
ORG | Organisation | Org
LOC | Place | Loc
MISC | Other name | Misc
Quote | Quotation | Q
NotName | Not a name | ¬N
NotQuote | Not a quotation | ¬Q
Said | said
SameAs | same entity
QuoteKind | Kind
Suggested | Suggested
Separate | Separate entity

[drawing]
SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken
ARC_DEFAULT\tcolor:black, arrowHead:triangle-5
PER\tbgColor:#ffccaa
ORG\tbgColor:#8fb2ff
LOC\tbgColor:#95dfff
MISC\tbgColor:#f1f447
Quote\tbgColor:#e8e8e8
NotName\tbgColor:#ffffff
NotQuote\tbgColor:#ffffff
Said\tcolor:#3050a0
SameAs\tcolor:#808080, dashArray:3-3, arrowHead:none
ATTRIBUTE_DEFAULT\tglyph:*
Suggested\tglyph:?
Separate\tglyph:|
QuoteKind\tglyph:S|R|O
`;

/** The files to write at the top of an exported brat folder, by name. */
export function bratConfFiles(): Record<string, string> {
  return { 'annotation.conf': ANNOTATION_CONF, 'visual.conf': VISUAL_CONF };
}
