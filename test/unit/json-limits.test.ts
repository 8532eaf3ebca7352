import { strict as assert } from 'node:assert';
import { toArticleJson, type JsonLimits } from '../../src/core/json';
import type { Analysis, Block, Entity, Quote } from '../../src/core/types';

// The caps of the JSON contract, with small limits so the cases stay readable.

function block(i: number, kind: Block['kind'] = 'paragraph'): Block {
  return { kind, start: i * 10, end: i * 10 + 5, line: i * 2 + 1, text: `b${i}` };
}

function quote(i: number): Quote {
  return { start: i, end: i + 1, text: `q${i}`, kind: 'other', speaker: null };
}

function entity(id: string, mentions: number): Entity {
  return { id, type: 'PER', name: id, mentions: Array.from({ length: mentions }, (_, i) => ({ start: i, end: i + 1, text: id })) };
}

/** Blocks 0..n-1; a heading at each index in `headings` opens a section. */
function analysis(blocks: number, headings: number[] = [], quotes = 0, entities: Entity[] = []): Analysis {
  const all = Array.from({ length: blocks }, (_, i) => block(i, headings.includes(i) ? 'heading' : 'paragraph'));
  const sections: Analysis['sections'] = [];
  for (const b of all) {
    if (b.kind === 'heading' || sections.length === 0) {
      sections.push({ name: b.kind === 'heading' ? b.text : '', start: b.start, end: b.end, heading: b.kind === 'heading' ? b : null, blocks: [] });
      if (b.kind === 'heading') continue;
    }
    sections[sections.length - 1].blocks.push(b);
    sections[sections.length - 1].end = b.end;
  }
  return {
    language: 'en', isArticle: true, blocks: all, sections, artefacts: [], deep: true,
    quotes: Array.from({ length: quotes }, (_, i) => quote(i)), entities,
  };
}

const LIMITS: JsonLimits = { blocks: 3, quotes: 2, mentions: 6 };

describe('JSON contract: caps and the "truncated" note', () => {
  const cases: Array<[string, Analysis, (json: ReturnType<typeof toArticleJson>) => void]> = [
    ['nothing over a limit: no "truncated" field at all', analysis(3, [], 2, [entity('A', 6)]), (json) => {
      assert.ok(!('truncated' in json));
      assert.equal(json.blocks.length, 3);
      assert.equal(json.quotes.length, 2);
      assert.equal(json.entities[0].mentions.length, 6);
    }],
    ['quotes: the first ones kept, the total given', analysis(1, [], 5), (json) => {
      assert.deepEqual(json.quotes.map((q) => q.text), ['q0', 'q1']);
      assert.deepEqual(json.truncated, { quotes: 5 });
    }],
    ['blocks: sections keep only the kept blocks and drop sections after the cut', analysis(6, [2, 4]), (json) => {
      assert.deepEqual(json.blocks.map((b) => b.text), ['b0', 'b1', 'b2']);
      assert.deepEqual(json.sections.map((s) => s.blocks.map((b) => b.text)), [['b0', 'b1'], ['b2']]);
      assert.deepEqual(json.truncated, { blocks: 6, sections: 3 });
    }],
    ['mentions: one name repeated a lot cannot crowd out the others', analysis(1, [], 0, [entity('A', 100), entity('B', 2), entity('C', 1)]), (json) => {
      // k = 3: A keeps 3, B 2, C 1 = 6 mentions.
      assert.deepEqual(json.entities.map((e) => [e.id, e.mentions.length]), [['A', 3], ['B', 2], ['C', 1]]);
      assert.deepEqual(json.truncated, { mentions: 103 });
    }],
    ['more entities than the mention budget: the first ones, one mention each', analysis(1, [], 0, 'ABCDEFGH'.split('').map((id) => entity(id, 2))), (json) => {
      assert.deepEqual(json.entities.map((e) => [e.id, e.mentions.length]), ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => [id, 1]));
      assert.deepEqual(json.truncated, { mentions: 16, entities: 8 });
    }],
  ];
  for (const [name, input, check] of cases) it(name, () => check(toArticleJson('x.txt', input, LIMITS)));

  it('does not change the analysis it was given', () => {
    const input = analysis(1, [], 0, [entity('A', 10)]);
    toArticleJson('x.txt', input, LIMITS);
    assert.equal(input.entities[0].mentions.length, 10);
  });
});
