import { strict as assert } from 'node:assert';
import { parseBrat, writeBrat } from '../../src/core/annotations/brat';
import { addAnnotation, emptySet, type AnnotationSet } from '../../src/core/annotations/model';
import { loadAnnotations } from '../../src/core/annotations/load';
import { reanchor } from '../../src/core/annotations/reanchor';

/** A set with one name annotation per needle, at its first occurrence in `text`. */
function namesAt(text: string, needles: string[]): AnnotationSet {
  let set = emptySet();
  let from = 0;
  for (const needle of needles) {
    const start = text.indexOf(needle, from);
    assert.ok(start >= 0, needle);
    set = addAnnotation(set, { kind: 'name', start, end: start + needle.length, text: needle, type: 'PER' }).set;
    from = start + needle.length;
  }
  return set;
}

describe('annotations: re-anchoring after edits made elsewhere', () => {
  const before = 'Vladimir Putin met Xi Jinping in Kazan. Putin said the talks went well.\n';
  const cases: Array<[string, string, number]> = [
    ['an edit before every span', 'MOSCOW (Reuters) - ' + before, 3],
    ['an edit between spans', before.replace('met', 'finally met with'), 2],
    ['an edit after every span', before + 'More to follow.\n', 0],
    ['CRLF line ends and an edit before', 'Title\r\n\r\n' + before.replace('\n', '\r\n'), 3],
    ['text deleted before', before.slice('Vladimir '.length), 3],
  ];
  for (const [name, after, moved] of cases) {
    it(`finds every span again: ${name}`, () => {
      const anchored = name === 'text deleted before' ? ['Putin', 'Xi Jinping', 'Putin'] : ['Vladimir Putin', 'Xi Jinping', 'Putin'];
      const set = namesAt(before, anchored);
      const result = reanchor(set, after);
      assert.deepEqual(result.unanchored, []);
      assert.equal(result.moved, moved);
      for (const a of result.set.items) assert.equal(after.slice(a.start, a.end), a.text);
      // The second Putin stays the second one: spans keep their order.
      const starts = result.set.items.map((a) => a.start);
      assert.deepEqual([...starts].sort((a, b) => a - b), starts);
    });
  }

  it('an edit inside a span: it cannot be found, is returned and kept as a note; restoring the text brings it back', () => {
    const set = namesAt(before, ['Vladimir Putin', 'Xi Jinping']);
    const edited = before.replace('Xi Jinping', 'Xi J. Jinping');
    const result = reanchor(set, edited);
    assert.deepEqual(result.unanchored.map((a) => a.text), ['Xi Jinping']);
    assert.deepEqual(result.set.items.map((a) => a.text), ['Vladimir Putin']);
    assert.equal(result.set.kept.length, 1);
    assert.match(result.set.kept[0].reason, /could not be found/);
    // Written, read and re-anchored against the restored text: it is back, with its id.
    const ann = writeBrat(result.set, edited);
    assert.match(ann, /^#1\tUnanchored T2\t/m);
    const reread = reanchor(parseBrat(ann, before).set, before);
    assert.deepEqual(reread.unanchored, []);
    assert.deepEqual(reread.set.items.map((a) => [a.id, a.text, before.slice(a.start, a.end)]), [['T1', 'Vladimir Putin', 'Vladimir Putin'], ['T2', 'Xi Jinping', 'Xi Jinping']]);
  });

  it('keeps the relations of an unanchored name in the file too', () => {
    let set = namesAt(before, ['Vladimir Putin', 'Xi Jinping']);
    set = addAnnotation(set, { kind: 'quote', start: before.indexOf('the talks'), end: before.indexOf(' went'), text: 'the talks', quoteKind: 'reported', speaker: 'T2' }).set;
    set = { ...set, relations: [{ id: 'R1', type: 'SameAs', arg1: 'T2', arg2: 'T1' }] };
    const edited = before.replace('Xi Jinping', 'President Xi');
    const result = reanchor(set, edited);
    const kept = result.set.kept.map((k) => k.text);
    assert.ok(kept.some((k) => k === 'R1\tSameAs Arg1:T2 Arg2:T1'), kept.join('\n'));
    assert.ok(kept.some((k) => /^R\d+\tSaid Arg1:T3 Arg2:T2$/.test(k)), kept.join('\n'));
    const back = parseBrat(writeBrat(result.set, edited), before);
    const restored = reanchor(back.set, before).set;
    const quote = restored.items.find((a) => a.kind === 'quote');
    assert.ok(quote?.kind === 'quote' && quote.speaker === 'T2', 'the speaker comes back with its name');
    assert.deepEqual(restored.relations.map((r) => [r.arg1, r.arg2]), [['T2', 'T1']]);
  });

  it('prefers a whole word (Arabic clitics allowed before) to a nearer match inside a word', () => {
    const text = 'قال علي إن الأمر واضح. وأكد عليه المجلس.';
    // "علي" was at the start of عليه (an edit moved things): the whole word, after قال, wins.
    const set = { ...emptySet(), items: [{ id: 'T1', kind: 'name' as const, start: text.indexOf('عليه') + 1, end: text.indexOf('عليه') + 4, text: 'علي', type: 'PER' as const }] };
    const { set: anchored } = reanchor(set, text);
    assert.equal(anchored.items[0].start, text.indexOf('علي'));
  });

  it('accepts a name written with clitics before it (وبالقاهرة, لمصر) as a whole word', () => {
    const text = 'وصل الوفد وبالقاهرة اجتماع. ثم سافر لمصر.';
    for (const needle of ['القاهرة', 'مصر']) {
      const set = { ...emptySet(), items: [{ id: 'T1', kind: 'name' as const, start: 0, end: needle.length, text: needle, type: 'LOC' as const }] };
      const { set: anchored, unanchored } = reanchor(set, text);
      assert.deepEqual(unanchored, []);
      assert.equal(text.slice(anchored.items[0].start, anchored.items[0].end), needle);
    }
  });

  it('takes the nearest of several equal candidates', () => {
    const text = 'Putin. ' + 'x'.repeat(100) + ' Putin. ' + 'y'.repeat(100) + ' Putin.';
    const second = text.indexOf('Putin', 10);
    const set = { ...emptySet(), items: [{ id: 'T1', kind: 'name' as const, start: second + 7, end: second + 12, text: 'Putin', type: 'PER' as const }] };
    assert.equal(reanchor(set, text).set.items[0].start, second);
  });

  it('a BOM added or removed outside VS Code: offsets are ours, brat\'s file follows the article', () => {
    const text = 'قال بوتين إن المحادثات جيدة.\r\n';
    const set = namesAt(text, ['بوتين']);
    const ann = writeBrat(set, '\uFEFF' + text);
    assert.equal(ann, 'T1\tPER 5 10\tبوتين\n');
    // Read against the article without its BOM now: one character off, found again.
    const read = parseBrat(ann, text).set;
    const { set: anchored, moved } = reanchor(read, text);
    assert.equal(moved, 1);
    assert.equal(text.slice(anchored.items[0].start, anchored.items[0].end), 'بوتين');
  });

  it('leaves a set that still fits untouched', () => {
    const set = namesAt(before, ['Putin']);
    const result = reanchor(set, before);
    assert.equal(result.set, set);
    assert.equal(result.moved, 0);
  });
});

describe('annotations: loading a .ann (read, then re-anchored)', () => {
  it('reports kept lines and unanchored spans with their lines in the file, in order', () => {
    const text = 'Putin met Xi in Kazan.';
    const ann = 'T1\tPER 0 5\tPutin\nE1\tMeeting:T1\nT2\tPER 40 48\tLukashenko\nT3\tLOC 16 21\tKazan\n';
    const loaded = loadAnnotations(ann, text);
    assert.deepEqual(loaded.problems.map((p) => p.line), [2, 3]);
    assert.match(loaded.problems[1].message, /T2: «Lukashenko» could not be found/);
    assert.deepEqual(loaded.set.items.map((a) => a.id), ['T1', 'T3']);
    assert.equal(loaded.moved, 0);
  });
});
