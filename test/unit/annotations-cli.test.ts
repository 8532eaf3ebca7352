import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { parseBrat } from '../../src/core/annotations/brat';
import { parseTokenFile } from '../../src/core/entities/tokenFile';
import { runCli, type CliRun } from './helpers';

// `news-lens export` and `import` as a user runs them: the CLI bundled, on a temporary folder of
// our own small articles.
const ROOT = resolve(__dirname, '../..');
const { cliBuildOptions } = require('../../scripts/cli-build-options.cjs') as {
  cliBuildOptions(root: string, outfile: string): Parameters<typeof build>[0];
};

type Run = CliRun;

const ARTICLE_AR = 'القاهرة (رويترز) - قال الرئيس عبد الفتاح السيسي إن «المحادثات مفيدة».\n\nوأضاف السيسي أن الوفد سيزور بالقاهرة.\n';
const ARTICLE_EN = '\uFEFFJohn Smith met Mary Jones in Paris 😀.\r\nSmith said: "We agree."\r\n';

describe('news-lens export and import', function () {
  this.timeout(60_000);
  let work: string;
  let cli: string;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'news-lens-annotations-'));
    cli = join(work, 'cli.js');
    await build({ ...cliBuildOptions(ROOT, cli), logLevel: 'warning' });
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  const path = (...parts: string[]) => join(work, ...parts);

  const run = (args: string[]): Promise<Run> => runCli(cli, work, args);

  /** A workspace folder: two articles, one with a .ann (its offsets counted over the BOM and the emoji), and rules. */
  function workspace(name: string): string {
    const dir = path(name);
    mkdirSync(join(dir, 'news', '.newslens'), { recursive: true });
    mkdirSync(join(dir, 'news', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'news', 'ar.txt'), ARTICLE_AR);
    writeFileSync(join(dir, 'news', 'sub', 'en.txt'), ARTICLE_EN);
    // brat counts the BOM: John Smith is 1..11; Paris 30..35; the quote after the emoji is one less than ours.
    const quoteStart = [...ARTICLE_EN].indexOf('W');
    writeFileSync(join(dir, 'news', 'sub', 'en.ann'), [
      'T1\tPER 1 11\tJohn Smith',
      'T2\tLOC 30 35\tParis',
      `T3\tQuote ${quoteStart} ${quoteStart + 9}\tWe agree.`,
      'A1\tQuoteKind T3 speech',
      'R1\tSaid Arg1:T3 Arg2:T1',
      'E1\tMeeting:T1',
      '',
    ].join('\n'));
    writeFileSync(join(dir, 'news', '.newslens', 'names.tsv'), 'السيسي\tORG\nرويترز\tnever\n');
    return join(dir, 'news');
  }

  it('jsonl: the decisions with our offsets; the unknown line is named with its line', async () => {
    const folder = workspace('jsonl');
    const result = await run(['export', '--format', 'jsonl', folder]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /en\.ann line 6: not a line News Lens reads \(an event\)/);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    const [ar, en] = lines;
    const text = ARTICLE_EN.slice(1);
    assert.deepEqual(en.entities.map(([s, e, t]: [number, number, string]) => [text.slice(s, e), t]), [['John Smith', 'PER'], ['Paris', 'LOC']]);
    assert.deepEqual(en.quotes.map((q: { start: number; end: number; speaker: number[] }) => [text.slice(q.start, q.end), text.slice(q.speaker[0], q.speaker[1])]), [['We agree.', 'John Smith']]);
    // The folder's rules: every السيسي is an organisation (found without the recogniser), رويترز never.
    assert.deepEqual(ar.entities.map(([s, e, t]: [number, number, string]) => [ARTICLE_AR.slice(s, e), t]), [['السيسي', 'ORG'], ['السيسي', 'ORG']]);
  });

  it('jsonl --suggestions adds the recogniser\'s names, rules and decisions still win', async () => {
    const folder = workspace('suggest');
    const result = await run(['export', '--format', 'jsonl', '--suggestions', folder]);
    assert.equal(result.status, 0, result.stderr);
    const [ar] = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const names = ar.entities.map(([s, e, t]: [number, number, string]) => `${ARTICLE_AR.slice(s, e)}:${t}`);
    assert.ok(!names.some((n: string) => n.startsWith('رويترز')), names.join(' '));
    // The rule is for the form السيسي: the recogniser's fuller عبد الفتاح السيسي is another form and keeps its type.
    assert.ok(names.includes('السيسي:ORG'), names.join(' '));
    assert.ok(ar.quotes.length >= 1);
  });

  it('conll to a file: readable by our own token-file reader, one -DOCSTART- per article', async () => {
    const folder = workspace('conll');
    const result = await run(['export', '--format=conll', '--out', path('conll-out'), folder]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
    const file = parseTokenFile(readFileSync(path('conll-out', 'annotations.conll'), 'utf8'));
    assert.equal(file.documents.length, 2);
    const tagged = file.lines.filter((l) => l.gold !== 'O').map((l) => `${l.token}/${l.gold}`);
    assert.deepEqual(tagged, ['السيسي/B-ORG', 'السيسي/B-ORG', 'John/B-PER', 'Smith/I-PER', 'Paris/B-LOC']);
  });

  it('brat: .txt + .ann pairs in the folder\'s layout, brat\'s conf files, kept lines kept', async () => {
    const folder = workspace('brat');
    const out = path('brat-out');
    const result = await run(['export', '--format', 'brat', '--out', out, folder]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['annotation.conf', 'ar.ann', 'ar.txt', 'sub', 'visual.conf']);
    const text = readFileSync(join(out, 'sub', 'en.txt'), 'utf8');
    assert.equal(text, ARTICLE_EN.slice(1), 'the text as it was, without the BOM');
    const ann = readFileSync(join(out, 'sub', 'en.ann'), 'utf8');
    assert.ok(ann.includes('T1\tPER 0 10\tJohn Smith\n'), 'offsets for the text as written out (no BOM)');
    assert.ok(ann.includes('E1\tMeeting:T1\n'));
    const read = parseBrat(ann, text);
    assert.deepEqual(read.problems.map((p) => p.message), ['not a line News Lens reads (an event)']);
    assert.deepEqual(read.set.items.map((a) => text.slice(a.start, a.end)), read.set.items.map((a) => a.text));
    // The rule's occurrences, not in the article's .ann, are written as annotations.
    const arText = readFileSync(join(out, 'ar.txt'), 'utf8');
    const arAnn = parseBrat(readFileSync(join(out, 'ar.ann'), 'utf8'), arText);
    assert.deepEqual(arAnn.set.items.map((a) => (a.kind === 'name' ? `${a.type}:${a.text}` : a.kind)), ['ORG:السيسي', 'ORG:السيسي']);
  });

  it('import: doccano JSONL and a brat .ann become pairs; bad lines and labels are named; nothing is overwritten', async () => {
    const dir = path('import-in');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'doccano.jsonl'), [
      JSON.stringify({ id: 12, text: 'John went to Paris.', label: [[0, 4, 'PER'], [13, 18, 'GPE'], [5, 9, 'VERB']] }),
      '{"text": broken',
      JSON.stringify({ text: 'Mary met Omar.', entities: [{ start_offset: 0, end_offset: 4, label: 'PER' }] }),
      '',
    ].join('\n'));
    writeFileSync(join(dir, 'inception.txt'), 'Cairo is big.\n');
    writeFileSync(join(dir, 'inception.ann'), 'T1\tLOCATION 0 5\tCairo\nT2\tPER 0 3;4 5\tCai o\n');
    const out = path('import-out');
    const result = await run(['import', '--out', out, join(dir, 'doccano.jsonl'), join(dir, 'inception.ann')]);
    assert.equal(result.status, 1, 'a line could not be read');
    assert.match(result.stderr, /doccano\.jsonl line 1: label 'VERB' at 5-9 is not a name type/);
    assert.match(result.stderr, /doccano\.jsonl line 2: not JSON; left out/);
    assert.match(result.stderr, /inception\.ann line 2: T2: a discontinuous span/);
    assert.deepEqual(readdirSync(out).sort(), ['12.ann', '12.txt', 'annotation.conf', 'doccano-3.ann', 'doccano-3.txt', 'inception.ann', 'inception.txt', 'visual.conf']);
    assert.equal(readFileSync(join(out, '12.ann'), 'utf8'), 'T1\tPER 0 4\tJohn\nT2\tLOC 13 18\tParis\n');
    assert.equal(readFileSync(join(out, 'inception.ann'), 'utf8'), 'T1\tLOC 0 5\tCairo\nT2\tPER 0 3;4 5\tCai o\n');
    // Again into the same folder: refused, file by file.
    const again = await run(['import', '--out', out, join(dir, 'inception.ann')]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /exists; not overwritten/);
  });

  it('round trip through the CLI: JSONL → import (brat) → export (JSONL) keeps the offsets', async () => {
    const line = JSON.stringify({ text: ARTICLE_AR, entities: [[29, 46, 'PER'], [95, 102, 'LOC']], quotes: [] });
    writeFileSync(path('round.jsonl'), line + '\n');
    const imported = await run(['import', '--out', path('round'), path('round.jsonl')]);
    assert.equal(imported.status, 0, imported.stderr);
    const exported = await run(['export', '--format', 'jsonl', path('round')]);
    assert.equal(exported.status, 0, exported.stderr);
    assert.equal(exported.stdout, line + '\n');
  });

  const mistakes: Array<[string[], RegExp]> = [
    [['export', 'x.txt'], /export needs --format brat, conll or jsonl/],
    [['export', '--format', 'xml', 'x.txt'], /unknown format 'xml'/],
    [['export', '--format', 'brat', 'x.txt'], /give --out DIR/],
    [['export', '--format', 'jsonl'], /at least one FILE or FOLDER/],
    [['export', '--format', 'conll', '--code-points', 'x.txt'], /--code-points is for --format jsonl/],
    [['import'], /import needs at least one FILE/],
    [['import', 'notes.txt'], /neither a brat \.ann nor a JSONL file/],
  ];
  for (const [args, message] of mistakes) {
    it(`${args.join(' ')}: exit 2 with the usage`, async () => {
      const result = await run(args);
      assert.equal(result.status, 2);
      assert.match(result.stderr, message);
      assert.match(result.stderr, /usage: news-lens (export|import)/);
    });
  }

  it('a missing file is one line and exit 1; an .ann without its article too', async () => {
    const result = await run(['export', '--format', 'jsonl', path('missing.txt')]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /missing\.txt: no such file/);
    writeFileSync(path('alone.ann'), 'T1\tPER 0 4\tJohn\n');
    const alone = await run(['import', '--out', path('alone-out'), path('alone.ann')]);
    assert.equal(alone.status, 1);
    assert.match(alone.stderr, /alone\.ann: no article beside it/);
  });

  it('help pages list the options', async () => {
    for (const [args, parts] of [[['help', 'export'], ['--format', '--suggestions', '--workspace', '--code-points']], [['import', '--help'], ['doccano', '--out', '--code-points']]] as const) {
      const result = await run([...args]);
      assert.equal(result.status, 0);
      for (const part of parts) assert.ok(result.stdout.includes(part), part);
    }
  });
});
