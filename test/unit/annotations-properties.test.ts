import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyzeArticle } from '../../src/core/analysis';
import { applyDecisions } from '../../src/core/annotations/apply';
import { parseBrat, writeBrat } from '../../src/core/annotations/brat';
import {
  acceptAll, emptySet, markName, markQuote, mergeEntities, rejectName, rejectQuote, separateMention,
  setNameType, setQuoteKind, setSpeaker, type AnnotationSet,
} from '../../src/core/annotations/model';
import { reanchor } from '../../src/core/annotations/reanchor';
import { parseRules } from '../../src/core/annotations/rules';
import { tokenize } from '../../src/core/text/tokenize';
import { applyEdits } from '../../src/core/annotations/track';
import type { Analysis, EntityType, QuoteKind, Span } from '../../src/core/types';
import { checkAnalysisInvariants } from './core-invariants';
import { articleText } from './generators/article-text';

/**
 * Any sequence of the commands' edits over a generated article gives an analysis that keeps the
 * core invariants, a .ann that reads back to the same set, and spans that follow a text edit.
 * Fixed seed under `npm test`; `npm run fuzz`'s FUZZ_RUNS and FUZZ_SEED apply.
 */
const fuzzing = process.env.FUZZ_RUNS !== undefined;
const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : fuzzing ? Date.now() % 0x7fffffff : 20261206;
const numRuns = fuzzing ? Number(process.env.FUZZ_RUNS) : 40;

const TYPES: EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const KINDS: QuoteKind[] = ['speech', 'reported', 'other'];
const operation = fc.record({ op: fc.integer({ min: 0, max: 10 }), a: fc.double({ min: 0, max: 1, noNaN: true }), b: fc.double({ min: 0, max: 1, noNaN: true }), n: fc.nat(3) });
type Operation = { op: number; a: number; b: number; n: number };

function pick<T>(list: readonly T[], x: number): T | undefined {
  return list.length ? list[Math.min(list.length - 1, Math.floor(x * list.length))] : undefined;
}

function step(set: AnnotationSet, shown: Analysis, text: string, { op, a, b, n }: Operation): AnnotationSet {
  const mentions = shown.entities.flatMap((e) => e.mentions);
  const mention = pick(mentions, a);
  const quote = pick(shown.quotes, a);
  const lo = Math.floor(Math.min(a, b) * text.length);
  const hi = Math.floor(Math.max(a, b) * text.length);
  let selection: Span = { start: lo, end: Math.min(hi, lo + 40) };
  // Never cut a surrogate pair: a selection in VS Code cannot either.
  const cuts = (at: number) => at > 0 && /[\uDC00-\uDFFF]/.test(text[at] ?? '') && /[\uD800-\uDBFF]/.test(text[at - 1]);
  if (cuts(selection.start)) selection = { ...selection, start: selection.start - 1 };
  if (cuts(selection.end)) selection = { ...selection, end: selection.end + 1 };
  switch (op) {
    case 0: return mention ? setNameType(set, shown, mention, TYPES[n]) : set;
    case 1: return mention ? rejectName(set, shown, mention, text) : set;
    case 2: return markName(set, text, selection, TYPES[n]);
    case 3: {
      const into = pick(shown.entities, b);
      return mention && into ? mergeEntities(set, shown, mention, into.id) : set;
    }
    case 4: return mention ? separateMention(set, shown, mention) : set;
    case 5: return quote ? setSpeaker(set, shown, text, quote, pick(mentions, b) ?? null) : set;
    case 6: return quote ? setSpeaker(set, shown, text, quote, selection) : set;
    case 7: return quote ? setQuoteKind(set, shown, quote, KINDS[n % 3]) : set;
    case 8: return quote ? rejectQuote(set, shown, quote, text) : set;
    case 9: return markQuote(set, text, selection, KINDS[n % 3]);
    default: return acceptAll(set, shown);
  }
}

describe('annotations: properties over generated articles', function () {
  this.timeout(120_000);

  it('every sequence of commands keeps the invariants, writes a .ann that reads back, and follows an edit', () => {
    fc.assert(
      fc.property(articleText, fc.array(operation, { maxLength: 12 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }), (text, operations, editAt, ruleAt) => {
        const base = analyzeArticle(text);
        // Workspace rules on words (and pairs of words) of the article itself: always a type, or never.
        const tokens = tokenize(text);
        const ruleLines = ruleAt.flatMap((x, i) => {
          const k = Math.floor(x * tokens.length);
          if (!tokens[k]) return [];
          const form = i === 2 && tokens[k + 1] ? `${tokens[k].text} ${tokens[k + 1].text}` : tokens[k].text;
          return [`${form}\t${i === 1 ? 'never' : TYPES[i]}`];
        });
        const { rules } = parseRules(ruleLines.join('\n'));
        let set = emptySet();
        let shown = applyDecisions(base, text, set, rules);
        checkAnalysisInvariants(text, shown);
        for (const o of operations) {
          set = step(set, shown, text, o);
          shown = applyDecisions(base, text, set, rules);
          checkAnalysisInvariants(text, shown);
        }
        for (const a of set.items) assert.equal(text.slice(a.start, a.end), a.text, `${a.id} on its text`);
        const ann = writeBrat(set, text);
        const read = parseBrat(ann, text);
        assert.deepEqual(read.problems, []);
        assert.equal(writeBrat(read.set, text), ann, 'the .ann reads back to what wrote it');
        // An insertion anywhere: tracked spans stay on their text, and re-anchoring agrees.
        const at = Math.floor(editAt * text.length);
        const edited = text.slice(0, at) + 'X' + text.slice(at);
        const tracked = applyEdits(set, [{ offset: at, deleteLength: 0, insertLength: 1 }], edited).set;
        for (const a of tracked.items) assert.equal(edited.slice(a.start, a.end), a.text);
        assert.deepEqual(reanchor(tracked, edited).unanchored, []);
        checkAnalysisInvariants(edited, applyDecisions(analyzeArticle(edited), edited, tracked));
      }),
      { seed, numRuns },
    );
  });
});
