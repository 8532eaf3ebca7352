import { strict as assert } from 'node:assert';
import { parseBrat, writeBrat } from '../../src/core/annotations/brat';
import { emptySet, type Annotation, type AnnotationSet } from '../../src/core/annotations/model';
import { BratOffsets } from '../../src/core/annotations/offsets';

/** What a set says, ids and order aside: compared across round trips. */
function meaning(set: AnnotationSet): string[] {
  const byId = new Map(set.items.map((a) => [a.id, a]));
  const describe = (a: Annotation | undefined) => (a ? `${a.kind}${a.kind === 'name' ? ':' + a.type : ''}@${a.start}-${a.end}` : '?');
  const out = set.items.map((a) => {
    const extra = a.kind === 'quote' ? ` ${a.quoteKind} said-by ${describe(a.speaker ? byId.get(a.speaker) : undefined)}` : a.kind === 'name' ? `${a.separate ? ' separate' : ''}` : '';
    return `${describe(a)} «${a.text}»${'suggested' in a && a.suggested ? ' suggested' : ''}${extra}`;
  });
  for (const r of set.relations) out.push(`${r.type} ${describe(byId.get(r.arg1))} ${describe(byId.get(r.arg2))}`);
  for (const n of set.notes) out.push(`note ${describe(byId.get(n.target))} ${n.text}`);
  for (const k of set.kept) out.push(`kept ${k.text}`);
  return out.sort();
}

// brat counts the emoji as one character: every offset after it is one less than ours.
const ARTICLE = 'قال بوتين 😀 إن «القاهرة مهمة».\nJohn Smith said: "We agree".\n';
const FULL = [
  'T1\tPER 4 9\tبوتين',
  'T2\tQuote 16 28\tالقاهرة مهمة',
  'T3\tLOC 16 23\tالقاهرة',
  'T4\tPER 31 41\tJohn Smith',
  'T5\tQuote 49 57\tWe agree',
  'T6\tNotName 42 46\tsaid',
  'A1\tQuoteKind T2 reported',
  'A2\tQuoteKind T5 speech',
  'A3\tSuggested T3',
  'A4\tSeparate T4',
  'R1\tSaid Arg1:T2 Arg2:T1',
  'R2\tSaid Arg1:T5 Arg2:T4',
  'R3\tSameAs Arg1:T4 Arg2:T1',
  '#1\tAnnotatorNotes T1\tchecked against the wire',
].join('\n') + '\n';

describe('annotations: brat standoff', () => {
  it('reads every convention, converting brat code points to our UTF-16 offsets', () => {
    const { set, problems } = parseBrat(FULL, ARTICLE);
    assert.deepEqual(problems, []);
    for (const a of set.items) assert.equal(ARTICLE.slice(a.start, a.end), a.text, `${a.id} is where its text is`);
    const john = set.items.find((a) => a.id === 'T4');
    assert.deepEqual([john?.start, john?.end], [32, 42], 'one code point for the emoji is two code units');
    const quote = set.items.find((a) => a.id === 'T2');
    assert.ok(quote?.kind === 'quote' && quote.quoteKind === 'reported' && quote.speaker === 'T1');
    assert.ok(set.items.find((a) => a.id === 'T3' && a.kind === 'name' && a.suggested));
    assert.ok(set.items.find((a) => a.id === 'T4' && a.kind === 'name' && a.separate));
    assert.deepEqual(set.relations, [{ id: 'R3', type: 'SameAs', arg1: 'T4', arg2: 'T1' }]);
    assert.deepEqual(set.notes, [{ id: '#1', target: 'T1', text: 'checked against the wire' }]);
  });

  it('round trip: brat → set → brat gives the same annotations, and the same file the second time', () => {
    const once = parseBrat(FULL, ARTICLE).set;
    const written = writeBrat(once, ARTICLE);
    const twice = parseBrat(written, ARTICLE);
    assert.deepEqual(twice.problems, []);
    assert.deepEqual(meaning(twice.set), meaning(once));
    assert.equal(writeBrat(twice.set, ARTICLE), written);
    // The T lines are brat's own, byte for byte.
    for (const line of FULL.split('\n').filter((l) => l.startsWith('T'))) assert.ok(written.includes(line + '\n'), line);
  });

  const offsetCases: Array<[string, string, boolean, string]> = [
    ['plain ASCII', 'Hello John there', false, 'John'],
    ['a BOM counts as a character in brat', 'Hello John there', true, 'John'],
    ['CRLF lines count both characters, as stored', 'Line one\r\nLine two\r\nJohn', false, 'John'],
    ['astral characters before the span', '𝒜😀😀 John', false, 'John'],
    ['BOM, CRLF and astral characters together', '😀\r\n𝒜 بوتين\r\n', true, 'بوتين'],
    ['a span holding an astral character', 'Say 😀 John', false, '😀 John'],
  ];
  for (const [name, text, bom, needle] of offsetCases) {
    it(`offsets: ${name}`, () => {
      const start = text.indexOf(needle);
      const set = { ...emptySet(), items: [{ id: 'T1', kind: 'name' as const, start, end: start + needle.length, text: needle, type: 'PER' as const }] };
      const stored = (bom ? '\uFEFF' : '') + text;
      const ann = writeBrat(set, stored);
      // What Python would count over the stored file.
      const points = [...stored];
      const bratStart = [...stored.slice(0, (bom ? 1 : 0) + start)].length;
      const bratEnd = bratStart + [...needle].length;
      assert.equal(ann, `T1\tPER ${bratStart} ${bratEnd}\t${needle}\n`);
      assert.equal(points.slice(bratStart, bratEnd).join(''), needle);
      // The same with the BOM given apart (as VS Code gives the text without it).
      assert.equal(writeBrat(set, text, { bom }), ann);
      assert.deepEqual(parseBrat(ann, stored).set.items, set.items);
      assert.deepEqual(parseBrat(ann, text, { bom }).set.items, set.items);
    });
  }

  it('BratOffsets converts both ways at every position', () => {
    const text = 'a😀b𝒜𝒜c';
    for (const bom of [false, true]) {
      const offsets = new BratOffsets(text, bom);
      const stored = (bom ? '\uFEFF' : '') + text;
      for (let i = 0; i <= text.length; i++) {
        if (i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) continue; // inside a pair
        const cp = [...stored.slice(0, i + (bom ? 1 : 0))].length;
        assert.equal(offsets.toBrat(i), cp, `toBrat(${i})`);
        assert.equal(offsets.toOurs(cp), i, `toOurs(${cp})`);
      }
      assert.equal(offsets.toOurs(offsets.bratLength + 1), undefined);
      if (bom) assert.equal(offsets.toOurs(0), undefined, 'the BOM itself is not in our text');
    }
  });

  const malformed: Array<[string, string, RegExp]> = [
    ['a discontinuous span', 'T1\tPER 0 4;5 10\tJohn Smith', /discontinuous/],
    ['an unknown type', 'T1\tProtein 0 4\tJohn', /unknown type 'Protein'/],
    ['offsets that are not numbers', 'T1\tPER a b\tJohn', /not two whole numbers/],
    ['a reversed span', 'T1\tPER 4 0\tJohn', /empty or reversed/],
    ['a span line without text', 'T1\tPER 0 4', /malformed span line/],
    ['an event', 'E1\tSpeak:T1', /an event/],
    ['an equivalence', '*\tSameAs T1 T2', /an equivalence/],
    ['a normalisation', 'N1\tReference T1 Wikipedia:123\tJohn', /a normalisation/],
    ['an unknown attribute', 'A9\tNegated T9', /unknown attribute 'Negated'/],
    ['an attribute on a missing span', 'A1\tSuggested T42', /T42 is not a span/],
    ['a relation with a missing argument', 'R1\tSaid Arg1:T42 Arg2:T43', /T42 is not a span/],
    ['a malformed relation', 'R1\tSaid T1 T2', /malformed relation/],
    ['a note on nothing', '#1\tAnnotatorNotes T42\tlost', /T42 is not an annotation/],
    ['garbage', 'hello world', /unknown kind/],
    ['a span defined twice', 'T1\tPER 0 4\tJohn\nT1\tPER 5 10\tSmith', /T1 is defined twice/],
  ];
  for (const [name, lines, message] of malformed) {
    it(`keeps ${name} verbatim and reports its line`, () => {
      const article = 'John Smith went home.\n';
      const ann = `T9\tLOC 16 20\thome\n${lines}\n`;
      const { set, problems } = parseBrat(ann, article);
      assert.ok(problems.length >= 1, 'a problem');
      const last = ann.split('\n').length - 1;
      assert.ok(problems.every((p) => p.line >= 2 && p.line <= last), JSON.stringify(problems));
      assert.match(problems.map((p) => p.message).join('\n'), message);
      assert.ok(set.items.some((a) => a.id === 'T9'), 'the good line is read');
      // Writing never loses the line.
      const written = writeBrat(set, article);
      for (const line of lines.split('\n')) if (!/^T1\tPER 0 4\tJohn$/.test(line)) assert.ok(written.includes(line), `kept: ${line}`);
    });
  }

  it('reads QuoteKind only with a known value and on a Quote', () => {
    const article = 'He said: "yes" here.';
    const { set, problems } = parseBrat('T1\tQuote 10 13\tyes\nT2\tLOC 15 19\there\nA1\tQuoteKind T1 shouted\nA2\tQuoteKind T2 speech\n', article);
    assert.deepEqual(problems.map((p) => p.line), [3, 4]);
    assert.equal(set.kept.length, 2);
  });

  it('reads other tools\' type names (PERSON, GPE) as ours and writes ours', () => {
    const article = 'John went to Cairo.';
    const { set, problems } = parseBrat('T1\tPERSON 0 4\tJohn\nT2\tGPE 13 18\tCairo\n', article);
    assert.deepEqual(problems, []);
    assert.equal(writeBrat(set, article), 'T1\tPER 0 4\tJohn\nT2\tLOC 13 18\tCairo\n');
  });

  it('keeps a span whose text no longer matches with its own text (for reanchor) and reads CRLF .ann files', () => {
    const { set, problems } = parseBrat('T1\tPER 0 4\tJohn\r\nT2\tPER 50 60\tMary Jones\r\n', 'Jane went home.');
    assert.deepEqual(problems, []);
    assert.deepEqual(set.items.map((a) => [a.text, a.start, a.end]), [['John', 0, 4], ['Mary Jones', 15, 15]]);
  });

  it('writes a span over a line break with a space in its text field, and reads it back', () => {
    const article = 'John\nSmith came.';
    const set = { ...emptySet(), items: [{ id: 'T1', kind: 'name' as const, start: 0, end: 10, text: 'John\nSmith', type: 'PER' as const }] };
    const ann = writeBrat(set, article);
    assert.equal(ann, 'T1\tPER 0 10\tJohn Smith\n');
    assert.deepEqual(parseBrat(ann, article).set.items, set.items);
  });

  it('writes fresh A and R ids that do not collide with kept lines', () => {
    const article = 'He said: "yes" here. John';
    const ann = 'T1\tQuote 10 13\tyes\nT2\tPER 21 25\tJohn\nA1\tNegated T1\nR1\tCause Arg1:T1 Arg2:T2\nA2\tQuoteKind T1 speech\nR2\tSaid Arg1:T1 Arg2:T2\n';
    const written = writeBrat(parseBrat(ann, article).set, article);
    const ids = written.split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
    assert.equal(new Set(ids).size, ids.length, written);
    assert.ok(written.includes('A1\tNegated T1') && written.includes('R1\tCause Arg1:T1 Arg2:T2'));
  });

  it('an empty set writes an empty file; an empty file reads as an empty set', () => {
    assert.equal(writeBrat(emptySet(), 'x'), '');
    assert.deepEqual(parseBrat('', 'x'), { set: emptySet(), problems: [], lines: new Map() });
    assert.deepEqual(parseBrat('\n\n', 'x').problems, []);
  });
});
