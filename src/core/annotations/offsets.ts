import { partitionPoint } from '../partition-point';

/**
 * brat counts offsets in Unicode code points over the file as stored (it is Python: a BOM is a
 * character there, CRLF is two); we count UTF-16 code units in the text without the BOM
 * (src/core/types.ts). The two differ by one for the BOM and by one after each character outside
 * the Basic Multilingual Plane (emoji, some CJK), which is two code units and one code point.
 */
export class BratOffsets {
  /** The code-unit offset of each surrogate pair's first half, in order. */
  private readonly pairs: number[] = [];
  /** The text's length in code points, BOM included. */
  readonly bratLength: number;

  /** `text` is the article without BOM; `bom` says whether the file as stored starts with one. */
  constructor(
    private readonly text: string,
    private readonly bom: boolean,
  ) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.pairs.push(i);
          i++;
        }
      }
    }
    this.bratLength = text.length - this.pairs.length + (bom ? 1 : 0);
  }

  /** Our offset → brat's. */
  toBrat(offset: number): number {
    // Each pair that ends at or before `offset` counts one code point for two code units.
    return offset - partitionPoint(this.pairs.length, (i) => this.pairs[i] + 2 <= offset) + (this.bom ? 1 : 0);
  }

  /** brat's offset → ours; undefined when it is outside the text (or on the BOM itself, for a start). */
  toOurs(bratOffset: number): number | undefined {
    const point = bratOffset - (this.bom ? 1 : 0);
    if (!Number.isInteger(point) || point < 0 || bratOffset > this.bratLength) return undefined;
    // Pair j starts at code point pairs[j] - j; every pair starting before `point` adds one unit.
    return point + partitionPoint(this.pairs.length, (i) => this.pairs[i] - i < point);
  }

  get ourLength(): number {
    return this.text.length;
  }
}

/** The article as stored → the text without BOM and whether it had one. */
export function splitBom(articleText: string, bom?: boolean): { text: string; bom: boolean } {
  if (articleText.charCodeAt(0) === 0xfeff) return { text: articleText.slice(1), bom: true };
  return { text: articleText, bom: bom ?? false };
}
