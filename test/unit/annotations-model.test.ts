import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analysis';
import {
  acceptAll, addAnnotation, annotationAt, editSpan, emptySet, isEmptySet, markName, nextId, rejectName,
  removeAnnotations, withSuggestions, type AnnotationSet,
} from '../../src/core/annotations/model';

describe('annotations: the set and its edits', () => {
  it('gives ids above every one in use, kept lines included (so a written file never repeats one)', () => {
    const set: AnnotationSet = { ...emptySet(), kept: [{ line: 4, text: 'T7\tProtein 0 4\tJohn', reason: '' }, { line: 5, text: '#2\tUnanchored T9\t{}', reason: '' }, { line: 6, text: 'R3\tCause Arg1:T7 Arg2:T12', reason: '' }] };
    assert.deepEqual([nextId(set, 'T'), nextId(set, 'R'), nextId(set, '#')], ['T13', 'R4', '#3']);
    assert.equal(nextId(emptySet(), 'T'), 'T1');
  });

  it('never changes the set it is given (Undo keeps the old one)', () => {
    const text = 'John Smith met Mary.';
    const before = addAnnotation(emptySet(), { kind: 'name', start: 0, end: 10, text: 'John Smith', type: 'PER' }).set;
    const copy = JSON.parse(JSON.stringify(before));
    const after = rejectName(markName(before, text, { start: 15, end: 19 }, 'PER'), analyzeArticle(text), { start: 0, end: 10 }, text);
    assert.deepEqual(before, copy);
    assert.notDeepEqual(after, before);
  });

  it('trims a selection\'s white space and ignores an empty one', () => {
    const text = 'Met  John Smith  today.';
    const set = markName(emptySet(), text, { start: 3, end: 17 }, 'PER');
    assert.deepEqual(set.items.map((a) => [a.start, a.end, a.text]), [[5, 15, 'John Smith']]);
    assert.equal(markName(set, text, { start: 3, end: 5 }, 'LOC'), set);
  });

  it('a rejection replaces the names under it; marking a name there again replaces the rejection', () => {
    const text = 'Reuters said so.';
    let set = markName(emptySet(), text, { start: 0, end: 7 }, 'ORG');
    set = rejectName(set, analyzeArticle(text), { start: 0, end: 7 }, text);
    assert.deepEqual(set.items.map((a) => a.kind), ['not-name']);
    assert.equal(rejectName(set, analyzeArticle(text), { start: 0, end: 7 }, text), set, 'rejecting twice changes nothing');
    set = markName(set, text, { start: 0, end: 7 }, 'ORG');
    assert.deepEqual(set.items.map((a) => a.kind), ['name']);
  });

  it('removing an annotation removes what points at it', () => {
    let set = addAnnotation(emptySet(), { kind: 'name', start: 0, end: 4, text: 'John', type: 'PER' }).set;
    set = addAnnotation(set, { kind: 'quote', start: 10, end: 12, text: 'hi', quoteKind: 'speech', speaker: 'T1' }).set;
    set = { ...set, relations: [{ id: 'R1', type: 'SameAs', arg1: 'T1', arg2: 'T1' }], notes: [{ id: '#1', target: 'T1', text: 'x' }] };
    const after = removeAnnotations(set, ['T1']);
    assert.deepEqual(after.items, [{ id: 'T2', kind: 'quote', start: 10, end: 12, text: 'hi', quoteKind: 'speech' }]);
    assert.deepEqual([after.relations, after.notes], [[], []]);
  });

  it('editSpan moves an annotation to the selection and takes its text', () => {
    const text = 'President John Smith spoke.';
    const set = markName(emptySet(), text, { start: 10, end: 14 }, 'PER');
    const moved = editSpan(set, text, 'T1', { start: 10, end: 20 });
    assert.deepEqual(moved.items.map((a) => a.text), ['John Smith']);
    assert.equal(editSpan(set, text, 'T9', { start: 0, end: 3 }), set, 'an unknown id changes nothing');
  });

  it('accept all confirms every suggestion; with suggestions marks them Suggested', () => {
    const text = 'John Smith met Mary Jones in Paris.\nSmith said: "We agree."\n';
    const analysis = analyzeArticle(text);
    const mentions = analysis.entities.flatMap((e) => e.mentions).length;
    const accepted = acceptAll(emptySet(), analysis);
    assert.equal(accepted.items.filter((a) => a.kind === 'name').length, mentions);
    assert.ok(accepted.items.every((a) => !('suggested' in a)));
    const suggested = withSuggestions(emptySet(), analysis);
    assert.ok(suggested.items.every((a) => a.kind !== 'name' || a.suggested));
    // An entity of two mentions is one SameAs.
    const grouped = analysis.entities.filter((e) => e.mentions.length > 1).reduce((n, e) => n + e.mentions.length - 1, 0);
    assert.equal(accepted.relations.length, grouped);
  });

  it('finds the narrowest annotation at an offset, its end included', () => {
    let set = addAnnotation(emptySet(), { kind: 'quote', start: 0, end: 20, text: 'x'.repeat(20), quoteKind: 'speech' }).set;
    set = addAnnotation(set, { kind: 'name', start: 5, end: 9, text: 'John', type: 'PER' }).set;
    assert.equal(annotationAt(set, 9)?.id, 'T2');
    assert.equal(annotationAt(set, 12)?.id, 'T1');
    assert.equal(annotationAt(set, 7, 'quote')?.id, 'T1');
    assert.equal(annotationAt(set, 30), undefined);
    assert.ok(isEmptySet(emptySet()) && !isEmptySet(set));
  });
});
