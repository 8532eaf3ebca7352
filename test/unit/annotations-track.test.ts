import { strict as assert } from 'node:assert';
import { addAnnotation, emptySet, type AnnotationSet } from '../../src/core/annotations/model';
import { applyEdits, moveSpan, type TextEdit } from '../../src/core/annotations/track';

/** Applies VS Code-style edits (relative to the text before) to a string, last first. */
function edit(text: string, edits: Array<TextEdit & { insert: string }>): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.insert + out.slice(e.offset + e.deleteLength);
  return out;
}

const ins = (offset: number, insert: string) => ({ offset, deleteLength: 0, insertLength: insert.length, insert });
const del = (offset: number, deleteLength: number) => ({ offset, deleteLength, insertLength: 0, insert: '' });
const rep = (offset: number, deleteLength: number, insert: string) => ({ offset, deleteLength, insertLength: insert.length, insert });

describe('annotations: span tracking through edits', () => {
  // The span is "John Smith" at 4..14 of "Met John Smith today."
  const text = 'Met John Smith today.';
  const cases: Array<[string, ReturnType<typeof ins>, string | null]> = [
    ['an insertion before shifts it', ins(0, 'We '), 'John Smith'],
    ['an insertion exactly at its start shifts it', ins(4, 'Mr '), 'John Smith'],
    ['an insertion inside grows it', ins(8, ' K.'), 'John K. Smith'],
    ['an insertion at its end leaves it', ins(14, 'son'), 'John Smith'],
    ['an insertion after leaves it', ins(20, ' again'), 'John Smith'],
    ['a deletion before shifts it', del(0, 4), 'John Smith'],
    ['a deletion ending at its start shifts it', del(3, 1), 'John Smith'],
    ['a deletion of its first word shrinks it', del(4, 5), 'Smith'],
    ['a deletion from before into it shrinks it', del(2, 7), 'Smith'],
    ['a deletion from inside past its end shrinks it', del(8, 8), 'John'],
    ['a deletion inside shrinks it', del(5, 2), 'Jn Smith'],
    ['deleting exactly the span removes it', del(4, 10), null],
    ['deleting more than the span removes it', del(0, 21), null],
    ['replacing the whole span removes it', rep(4, 10, 'Jane Doe'), null],
    ['retyping its first letters keeps the new letters in it', rep(4, 2, 'Jea'), 'Jeahn Smith'],
    ['replacing from before into it leaves the new text outside', rep(0, 6, 'He saw Jo'), 'hn Smith'],
    ['replacing its end with more text keeps it in', rep(9, 5, 'Smithson'), 'John Smithson'],
  ];
  for (const [name, change, expected] of cases) {
    it(name, () => {
      let set: AnnotationSet = addAnnotation(emptySet(), { kind: 'name', start: 4, end: 14, text: 'John Smith', type: 'PER' }).set;
      const after = edit(text, [change]);
      const result = applyEdits(set, [change], after);
      set = result.set;
      if (expected === null) {
        assert.equal(set.items.length, 0);
        assert.deepEqual(result.removed.map((a) => a.text), ['John Smith']);
      } else {
        assert.equal(result.removed.length, 0);
        const [a] = set.items;
        assert.equal(a.text, expected);
        assert.equal(after.slice(a.start, a.end), expected, 'the span is where its text is');
      }
    });
  }

  it('applies several changes of one event, each relative to the text before it (multi-cursor)', () => {
    const before = 'aa Putin bb Cairo cc';
    let set = addAnnotation(emptySet(), { kind: 'name', start: 3, end: 8, text: 'Putin', type: 'PER' }).set;
    set = addAnnotation(set, { kind: 'name', start: 12, end: 17, text: 'Cairo', type: 'LOC' }).set;
    // In VS Code's order (last first) and in text order: the result must not depend on it.
    for (const changes of [[ins(18, 'XYZ'), ins(10, 'QQ'), ins(0, 'P')], [ins(0, 'P'), ins(10, 'QQ'), ins(18, 'XYZ')]]) {
      const after = edit(before, changes);
      const { set: moved } = applyEdits(set, changes, after);
      assert.deepEqual(moved.items.map((a) => after.slice(a.start, a.end)), ['Putin', 'Cairo']);
      assert.deepEqual(moved.items.map((a) => a.text), ['Putin', 'Cairo']);
    }
  });

  it('removes what referred to a deleted span (the speaker link, SameAs) and leaves the rest', () => {
    const before = 'Putin said "yes". Putin left.';
    let set = addAnnotation(emptySet(), { kind: 'name', start: 0, end: 5, text: 'Putin', type: 'PER' }).set;
    set = addAnnotation(set, { kind: 'name', start: 18, end: 23, text: 'Putin', type: 'PER' }).set;
    set = addAnnotation(set, { kind: 'quote', start: 12, end: 15, text: 'yes', quoteKind: 'speech', speaker: 'T1' }).set;
    set = { ...set, relations: [{ id: 'R1', type: 'SameAs', arg1: 'T2', arg2: 'T1' }], notes: [{ id: '#1', target: 'T1', text: 'checked' }] };
    const change = del(0, 6);
    const after = edit(before, [change]);
    const { set: moved, removed } = applyEdits(set, [change], after);
    assert.deepEqual(removed.map((a) => a.id), ['T1']);
    assert.deepEqual(moved.relations, []);
    assert.deepEqual(moved.notes, []);
    const quote = moved.items.find((a) => a.kind === 'quote');
    assert.ok(quote && quote.kind === 'quote' && quote.speaker === undefined && after.slice(quote.start, quote.end) === 'yes');
  });

  it('moveSpan keeps a span an edit does not touch as it was', () => {
    assert.deepEqual(moveSpan(10, 20, { offset: 30, deleteLength: 5, insertLength: 0 }), { start: 10, end: 20 });
    assert.deepEqual(moveSpan(10, 20, { offset: 0, deleteLength: 0, insertLength: 0 }), { start: 10, end: 20 });
  });

  it('with surrogate pairs and Arabic, offsets stay code units', () => {
    const before = 'قال 😀 بوتين';
    const start = before.indexOf('بوتين');
    const set = addAnnotation(emptySet(), { kind: 'name', start, end: start + 5, text: 'بوتين', type: 'PER' }).set;
    const change = ins(0, '🎉🎉 ');
    const after = edit(before, [change]);
    const [a] = applyEdits(set, [change], after).set.items;
    assert.equal(after.slice(a.start, a.end), 'بوتين');
  });
});
