import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analysis';
import { applyDecisions, decisionsOnly } from '../../src/core/annotations/apply';
import { parseBrat, writeBrat } from '../../src/core/annotations/brat';
import { ANNOTATION_CONF, fromJsonlLine, toConll, toJsonlRecord, VISUAL_CONF } from '../../src/core/annotations/formats';
import { emptySet, markName, markQuote, setSpeaker } from '../../src/core/annotations/model';
import { parseRules, ruleFor, compileRules, setRuleInText, writeRules } from '../../src/core/annotations/rules';
import { bioSpans, parseTokenFile } from '../../src/core/entities/tokenFile';

const EN = 'John Smith met Mary Jones in Paris.\nSmith said: "We agree."\n';
const AR = 'قال 😀 الرئيس بوتين إن وفداً سيزور بالقاهرة.\r\nوأكد بوتين ذلك.\r\n';

describe('annotations: exchange formats', () => {
  describe('JSONL', () => {
    it('writes the analysis offsets, mentions in text order, quotes with their speaker', () => {
      let set = markName(emptySet(), EN, { start: 15, end: 25 }, 'PER');
      set = markName(set, EN, { start: 0, end: 10 }, 'PER');
      set = markQuote(set, EN, { start: 49, end: 58 }, 'speech');
      set = setSpeaker(set, decisionsOnly(EN, set), EN, { start: 49, end: 58 }, { start: 0, end: 10 });
      const record = toJsonlRecord(EN, decisionsOnly(EN, set));
      assert.deepEqual(record, { text: EN, entities: [[0, 10, 'PER'], [15, 25, 'PER']], quotes: [{ start: 49, end: 58, kind: 'speech', speaker: [0, 10] }] });
    });

    it('counts code points when asked (spaCy, doccano): one less after each emoji', () => {
      const start = AR.indexOf('بوتين');
      const set = markName(emptySet(), AR, { start, end: start + 5 }, 'PER');
      const utf16 = toJsonlRecord(AR, decisionsOnly(AR, set));
      const points = toJsonlRecord(AR, decisionsOnly(AR, set), 'codepoints');
      assert.deepEqual(utf16.entities, [[start, start + 5, 'PER']]);
      assert.deepEqual(points.entities, [[start - 1, start + 4, 'PER']]);
      assert.equal([...AR].slice(start - 1, start + 4).join(''), 'بوتين', 'what Python\'s text[start:end] gives');
      assert.deepEqual(fromJsonlLine(JSON.stringify(points), 'codepoints').set.items.map((a) => [a.start, a.end]), [[start, start + 5]]);
    });

    const doccano: Array<[string, object]> = [
      ['doccano\'s label arrays', { text: EN, label: [[0, 10, 'PER'], [29, 34, 'LOC']] }],
      ['doccano\'s entity objects', { id: 7, text: EN, entities: [{ id: 1, label: 'PERSON', start_offset: 0, end_offset: 10 }, { id: 2, label: 'GPE', start_offset: 29, end_offset: 34 }], relations: [] }],
      ['our own export', { text: EN, entities: [[0, 10, 'PER'], [29, 34, 'LOC']], quotes: [] }],
    ];
    for (const [name, line] of doccano) {
      it(`reads ${name}`, () => {
        const read = fromJsonlLine(JSON.stringify(line));
        assert.deepEqual(read.problems, []);
        assert.deepEqual(read.set.items.map((a) => [a.kind === 'name' && a.type, a.text]), [['PER', 'John Smith'], ['LOC', 'Paris']]);
      });
    }

    const bad: Array<[string, string, RegExp]> = [
      ['not JSON', '{"text": ', /not JSON/],
      ['an array', '[1, 2]', /not a JSON object/],
      ['no text', '{"label": []}', /no "text"/],
      ['a label list that is not a list', '{"text": "x", "label": 3}', /not a list/],
    ];
    for (const [name, line, message] of bad) {
      it(`refuses a line with ${name}, in words`, () => assert.throws(() => fromJsonlLine(line), message));
    }

    it('leaves out unknown labels and spans outside the text, naming each', () => {
      const read = fromJsonlLine(JSON.stringify({ text: 'John went home.', label: [[0, 4, 'PER'], [10, 14, 'DATE'], [12, 99, 'LOC'], [3, 3, 'PER'], ['a', 2, 'PER']] }));
      assert.deepEqual(read.set.items.map((a) => a.text), ['John']);
      assert.equal(read.problems.length, 4);
      assert.match(read.problems.join('\n'), /label 'DATE'/);
      assert.match(read.problems.join('\n'), /outside the text or empty/);
    });

    it('round trip: JSONL → brat → JSONL keeps the offsets (astral characters, CRLF)', () => {
      const start = AR.indexOf('بوتين');
      const cairo = AR.indexOf('القاهرة');
      const line = JSON.stringify({ text: AR, entities: [[start, start + 5, 'PER'], [cairo, cairo + 7, 'LOC']], quotes: [{ start: AR.indexOf('وفداً'), end: AR.indexOf(' سيزور'), kind: 'reported', speaker: [start, start + 5] }] });
      const imported = fromJsonlLine(line);
      assert.deepEqual(imported.problems, []);
      const ann = writeBrat(imported.set, AR);
      const back = parseBrat(ann, AR);
      assert.deepEqual(back.problems, []);
      assert.equal(JSON.stringify(toJsonlRecord(AR, decisionsOnly(AR, back.set))), line);
    });
  });

  describe('CoNLL', () => {
    it('writes BIO tags that our own token-file reader reads back to the same names', () => {
      const analysis = analyzeArticle(EN);
      const conll = toConll(EN, analysis);
      assert.match(conll, /^-DOCSTART-\tO\n\n/);
      const file = parseTokenFile(conll + toConll(EN, analysis));
      assert.equal(file.documents.length, 2, 'two articles');
      const [doc] = file.documents;
      const sentences = doc.map((s) => s.map((i) => file.lines[i]));
      assert.ok(sentences.length >= 2, 'a blank line between sentences');
      const names = sentences.flatMap((s) => bioSpans(s.map((l) => l.gold)).map((sp) => `${sp.type}:${s.slice(sp.start, sp.end).map((l) => l.token).join(' ')}`));
      const expected = analysis.entities.flatMap((e) => e.mentions.map((m) => ({ at: m.start, name: `${e.type}:${m.text}` }))).sort((a, b) => a.at - b.at).map((x) => x.name);
      assert.deepEqual(names, expected);
    });

    it('tags a token carrying a clitic before the name with the name, and starts B- again for an adjacent name', () => {
      const text = 'زار بالقاهرة محمد علي.';
      const start = text.indexOf('القاهرة');
      let set = markName(emptySet(), text, { start, end: start + 7 }, 'LOC');
      set = markName(set, text, { start: text.indexOf('محمد'), end: text.indexOf('محمد') + 4 }, 'PER');
      set = markName(set, text, { start: text.indexOf('علي'), end: text.indexOf('علي') + 3 }, 'ORG');
      assert.equal(toConll(text, decisionsOnly(text, set)), '-DOCSTART-\tO\n\nزار\tO\nبالقاهرة\tB-LOC\nمحمد\tB-PER\nعلي\tB-ORG\n.\tO\n\n');
    });

    it('never lets a sentence cross a line break (CRLF, CR) and writes nothing for an empty article but its start', () => {
      const conll = toConll('One\r\nTwo\rThree', { entities: [] });
      assert.equal(conll, '-DOCSTART-\tO\n\nOne\tO\n\nTwo\tO\n\nThree\tO\n\n');
      assert.equal(toConll('', { entities: [] }), '-DOCSTART-\tO\n\n');
    });
  });

  describe('brat configuration', () => {
    it('declares every type, attribute and relation the .ann files use', () => {
      for (const word of ['PER', 'ORG', 'LOC', 'MISC', 'Quote', 'NotName', 'NotQuote', 'Said', 'SameAs', 'QuoteKind', 'Suggested', 'Separate', 'speech|reported|other']) {
        assert.ok(ANNOTATION_CONF.includes(word), word);
      }
      for (const section of ['[entities]', '[relations]', '[events]', '[attributes]']) assert.ok(ANNOTATION_CONF.includes(section));
      for (const section of ['[labels]', '[drawing]']) assert.ok(VISUAL_CONF.includes(section));
    });
  });

  describe('workspace rules', () => {
    it('reads forms and decisions, with comments, aliases and the later rule winning', () => {
      const { rules, problems } = parseRules('# rules\nالقاهرة\tLOC\nReuters\tnever\nبيت لحم\tplace\n\nJohn Smith PER\nالقاهره\tORG\nnothing\nX\tcolour\n');
      assert.deepEqual(rules.rules.map((r) => [r.form, r.action]), [['Reuters', 'never'], ['بيت لحم', 'LOC'], ['John Smith', 'PER'], ['القاهره', 'ORG']]);
      assert.deepEqual(problems.map((p) => p.line), [7, 8, 9]);
      assert.match(problems[0].message, /already has a rule on line 2/);
    });

    it('matches by normalised form, clitics before allowed', () => {
      const compiled = compileRules(parseRules('القاهرة\tLOC\nإيلاف\tORG\n').rules);
      for (const [text, expected] of [['القاهرة', 'LOC'], ['القاهره', 'LOC'], ['وبالقاهرة', 'LOC'], ['للقاهرة', 'LOC'], ['ايلاف', 'ORG'], ['القاهرية', undefined]] as const) {
        assert.equal(ruleFor(compiled, text), expected, text);
      }
    });

    it('writes a file that reads back, and edits one rule in place keeping the rest', () => {
      const { rules } = parseRules('A\tPER\nB b\tnever\n');
      assert.deepEqual(parseRules(writeRules(rules)).rules.rules.map((r) => [r.form, r.action]), [['A', 'PER'], ['B b', 'never']]);
      const text = '# mine\nA\tPER\nB b\tnever\n';
      assert.equal(setRuleInText(text, 'a', 'LOC'), '# mine\nB b\tnever\na\tLOC\n');
      assert.equal(setRuleInText(text, 'B  b', null), '# mine\nA\tPER\n');
      assert.match(setRuleInText('', 'Cairo', 'LOC'), /^# News Lens name rules.*\nCairo\tLOC\n$/);
    });

    it('finds "always" forms the recogniser missed, word by word', () => {
      const text = 'The Blue Lagoon opened. Blue skies. The blue lagoon closed.';
      const shown = applyDecisions(analyzeArticle(text), text, emptySet(), parseRules('Blue Lagoon\tLOC\n').rules);
      const found = shown.entities.filter((e) => e.type === 'LOC').flatMap((e) => e.mentions.map((m) => m.text));
      assert.deepEqual(found.sort(), ['Blue Lagoon', 'blue lagoon']);
    });
  });
});
