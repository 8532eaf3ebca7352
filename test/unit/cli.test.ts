import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { runAnalyze } from '../../src/cli/analyze';
import { WorkerPool } from '../../src/cli/worker-pool';
import { analyzeArticle } from '../../src/core/analysis';
import { corpusArticle } from '../../scripts/bench/corpus';
import { runCli, type CliRun } from './helpers';

// The command line as a user runs it: the sources bundled with the build's own options
// (version included) into a temporary folder, then `node cli.js …` as a child process.
const ROOT = resolve(__dirname, '../..');
const { cliBuildOptions } = require('../../scripts/cli-build-options.cjs') as {
  cliBuildOptions(root: string, outfile: string): Parameters<typeof build>[0];
};
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const LIMIT_MB = 20;

type Run = CliRun;

describe('news-lens command line', function () {
  this.timeout(60_000);
  let work: string;
  let cli: string;
  let article: string;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));
    chmodSync(work, 0o755); // the permission test may run the CLI as another user
    cli = join(work, 'cli.js');
    await build({ ...cliBuildOptions(ROOT, cli), logLevel: 'warning' });
    article = path('article.txt');
    writeFileSync(article, 'Reuters said «the talks went well» on Monday.\n\nJohn Smith agreed.\n');
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  const path = (name: string) => join(work, name);

  const run = (args: string[], options: { stdin?: Buffer | string; uid?: number; gid?: number } = {}): Promise<Run> => runCli(cli, work, args, options);

  /** A failure is exactly one line on standard error, in words, never Node's raw error text. */
  function assertOneLineError(result: Run, line: string | RegExp) {
    const lines = result.stderr.split('\n').filter(Boolean);
    assert.equal(lines.length, 1, result.stderr);
    if (typeof line === 'string') assert.equal(lines[0], line);
    else assert.match(lines[0], line);
    assert.doesNotMatch(result.stderr, /\bE[A-Z]{3,}\b|\n\s+at /, 'raw error code or stack trace');
  }

  describe('help and version', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      it(`${args.join(' ')} says what each command does and exits 0`, async () => {
        const result = await run(args);
        assert.equal(result.status, 0);
        for (const part of ['analyze', 'tag', '--json', '--lang', '--version', '-', `${LIMIT_MB} MB`, 'Exit status']) assert.ok(result.stdout.includes(part), part);
        assert.equal(result.stderr, '');
      });
    }

    const pages: Array<[string[], string[]]> = [
      [['help', 'analyze'], ['usage: news-lens analyze', '--json', 'truncated', '-h, --help']],
      [['analyze', '--help'], ['usage: news-lens analyze', '--json']],
      [['help', 'tag'], ['usage: news-lens tag', '--lang ar|en', '-h, --help']],
      [['tag', '-h'], ['usage: news-lens tag', '--lang']],
    ];
    for (const [args, parts] of pages) {
      it(`${args.join(' ')} lists the command's options`, async () => {
        const result = await run(args);
        assert.equal(result.status, 0);
        for (const part of parts) assert.ok(result.stdout.includes(part), part);
      });
    }

    it('--version prints the package version', async () => {
      const result = await run(['--version']);
      assert.equal(result.status, 0);
      assert.equal(result.stdout, `news-lens ${VERSION}\n`);
    });
  });

  describe('mistakes on the command line: exit 2, one line and the usage, nothing on standard output', () => {
    const cases: Array<[string, string[], string]> = [
      ['no command', [], 'news-lens: a command is needed'],
      ['an unknown command', ['frobnicate'], "news-lens: unknown command 'frobnicate'"],
      ['an unknown option before the files', ['analyze', '--bogus', 'article.txt'], "news-lens: unknown option '--bogus'"],
      // Checked before anything runs: the good file before it is not printed.
      ['an unknown option after the files', ['analyze', 'article.txt', '--jsno'], "news-lens: unknown option '--jsno'"],
      ['a value given to a flag', ['analyze', '--json=yes', 'article.txt'], "news-lens: option '--json' takes no value"],
      ['analyze without a file', ['analyze', '--json'], 'news-lens: analyze needs at least one FILE'],
      ['standard input twice', ['analyze', '-', '-'], "news-lens: standard input ('-') can be read only once"],
      ['tag without --lang', ['tag', 'article.txt'], 'news-lens: tag needs --lang ar or --lang en'],
      ['tag with an unknown language', ['tag', '--lang=fr', 'article.txt'], "news-lens: unknown language 'fr' (ar or en)"],
      ['tag with --lang but no value', ['tag', 'article.txt', '--lang'], "news-lens: option '--lang' needs a value"],
      ['tag with two files', ['tag', '--lang', 'en', 'article.txt', 'article.txt'], 'news-lens: tag takes exactly one FILE (2 given)'],
      ['an unknown global option', ['--frob'], "news-lens: unknown option '--frob'"],
      ['help for no such command', ['help', 'frob'], "news-lens: no help for 'frob' (commands: analyze, index, tag, export, import)"],
      ['--json with --jsonl', ['analyze', '--json', '--jsonl', 'article.txt'], 'news-lens: --json and --jsonl cannot be used together'],
      ['--jobs 0', ['analyze', '--jobs', '0', 'article.txt'], "news-lens: --jobs needs a whole number from 1 to 1024 (not '0')"],
      ['--jobs that is not a number', ['analyze', '--jobs=all', 'article.txt'], "news-lens: --jobs needs a whole number from 1 to 1024 (not 'all')"],
      ['--jsonl with standard input and files', ['analyze', '--jsonl', '-', 'article.txt'], "news-lens: with --jsonl, standard input ('-') is read on its own"],
    ];
    for (const [name, args, message] of cases) {
      it(name, async () => {
        const result = await run(args);
        assert.equal(result.status, 2);
        assert.equal(result.stdout, '');
        const [first, ...rest] = result.stderr.split('\n');
        assert.equal(first, message);
        assert.match(rest.join('\n'), /^usage: news-lens /);
      });
    }
  });

  it('tag accepts --lang=en as well as --lang en', async () => {
    const tokens = path('tokens.txt');
    writeFileSync(tokens, 'John\nSmith\nvisited\nParis\n.\n');
    const spaced = await run(['tag', '--lang', 'en', tokens]);
    const joined = await run(['tag', '--lang=en', tokens]);
    assert.equal(spaced.status, 0);
    assert.match(spaced.stdout, /^John\tB-PER\nSmith\tI-PER\n/);
    assert.deepEqual(joined, spaced);
  });

  describe('inputs that cannot be read: exit 1 and one line naming the file', () => {
    for (const command of [['analyze'], ['analyze', '--json'], ['tag', '--lang', 'ar']]) {
      it(`${command.join(' ')}: a missing file`, async () => {
        const result = await run([...command, 'missing.txt']);
        assert.equal(result.status, 1);
        assert.equal(result.stdout, '');
        assertOneLineError(result, 'news-lens: missing.txt: no such file');
      });
    }

    it('a folder without article files', async () => {
      mkdirSync(path('folder'), { recursive: true });
      const result = await run(['analyze', 'folder']);
      assert.equal(result.status, 1);
      assertOneLineError(result, 'news-lens: folder: no article files in this folder (.txt, .news, .article)');
    });

    it('a symbolic link loop', async () => {
      symlinkSync('loop-b', path('loop-a'));
      symlinkSync('loop-a', path('loop-b'));
      const result = await run(['analyze', 'loop-a']);
      assert.equal(result.status, 1);
      assertOneLineError(result, 'news-lens: loop-a: symbolic link loop');
    });

    it('a file without read permission', async function () {
      if (process.platform === 'win32') this.skip();
      const locked = path('locked.txt');
      writeFileSync(locked, 'secret\n');
      chmodSync(locked, 0o000);
      // root reads anything: run the CLI as "nobody" then.
      const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const result = await run(['analyze', locked], asNobody);
      assert.equal(result.status, 1);
      assertOneLineError(result, `news-lens: ${locked}: permission denied`);
    });

    it(`a file over ${LIMIT_MB} MB is refused from its size (a sparse file: nothing is written)`, async () => {
      const big = path('big.txt');
      const fd = openSync(big, 'w');
      ftruncateSync(fd, 21 * 1024 * 1024);
      closeSync(fd);
      const result = await run(['analyze', 'big.txt']);
      assert.equal(result.status, 1);
      assertOneLineError(result, `news-lens: big.txt: too large (21 MB; the limit is ${LIMIT_MB} MB)`);
    });

    it('a character device that never ends (/dev/zero) is read up to the limit, then refused', async function () {
      if (!existsSync('/dev/zero')) this.skip();
      const result = await run(['analyze', '/dev/zero']);
      assert.equal(result.status, 1);
      assertOneLineError(result, `news-lens: /dev/zero: too large (more than ${LIMIT_MB} MB; the limit is ${LIMIT_MB} MB)`);
    });

    it('standard input over the limit is refused', async () => {
      const result = await run(['analyze', '-'], { stdin: Buffer.alloc(LIMIT_MB * 1024 * 1024 + 1, 0x61) });
      assert.equal(result.status, 1);
      assertOneLineError(result, `news-lens: standard input: too large (more than ${LIMIT_MB} MB; the limit is ${LIMIT_MB} MB)`);
    });
  });

  describe('streams', () => {
    it("reads '-' from standard input (BOM removed), named '-' in the JSON", async () => {
      const result = await run(['analyze', '--json', '-'], { stdin: '\ufeffReuters said «yes».\n' });
      assert.equal(result.status, 0, result.stderr);
      const json = JSON.parse(result.stdout);
      assert.equal(json.file, '-');
      assert.equal(json.blocks[0].start, 0);
      assert.equal(json.quotes[0].text, 'yes');
    });

    it('reads a FIFO as a stream', async function () {
      if (process.platform === 'win32') this.skip();
      const fifo = path('article.fifo');
      execFileSync('mkfifo', [fifo]);
      const [result] = await Promise.all([run(['analyze', '--json', fifo]), writeFile(fifo, 'Reuters said «yes».\n')]);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(JSON.parse(result.stdout).quotes[0].text, 'yes');
    });
  });

  describe('several files, one of them bad', () => {
    it('prints the others, one line per failure, exit 1', async () => {
      const result = await run(['analyze', 'article.txt', 'missing.txt', 'article.txt']);
      assert.equal(result.status, 1);
      assert.equal(result.stdout.match(/^article\.txt: /gm)?.length, 2, result.stdout);
      assertOneLineError(result, 'news-lens: missing.txt: no such file');
    });

    it('--json prints a valid array of the files that succeeded', async () => {
      const result = await run(['analyze', '--json', 'missing.txt', 'article.txt', 'folder']);
      assert.equal(result.status, 1);
      const json = JSON.parse(result.stdout);
      assert.ok(Array.isArray(json));
      assert.deepEqual(json.map((d: { file: string }) => d.file), ['article.txt']);
      assert.equal(result.stderr.split('\n').filter(Boolean).length, 2, result.stderr);
    });

    it('--json with every file failing prints an empty array', async () => {
      const result = await run(['analyze', '--json', 'missing.txt', 'other-missing.txt']);
      assert.equal(result.status, 1);
      assert.deepEqual(JSON.parse(result.stdout), []);
    });

    it('--json with several good files keeps the array format of JSON.stringify', async () => {
      const one = await run(['analyze', '--json', 'article.txt']);
      const two = await run(['analyze', '--json', 'article.txt', 'article.txt']);
      const doc = JSON.parse(one.stdout);
      assert.equal(two.stdout, JSON.stringify([doc, doc], null, 2) + '\n');
    });
  });

  describe('folders, patterns, --jsonl and --jobs', () => {
    const corpusFiles = ['corpus/a.txt', 'corpus/c.article', 'corpus/sub/b.news', 'corpus/sub/deeper/d.TXT'];
    const jsonlFiles = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { file: string }).file);

    before(() => {
      mkdirSync(path('corpus/sub/deeper'), { recursive: true });
      mkdirSync(path('corpus/.git'), { recursive: true });
      for (const [i, file] of corpusFiles.entries()) writeFileSync(path(file), `Reuters said «talks ${i} went well» on Monday.\n\nJohn Smith agreed.\n`);
      writeFileSync(path('corpus/notes.md'), 'not an article ending');
      writeFileSync(path('corpus/.hidden.txt'), 'hidden');
      writeFileSync(path('corpus/.git/x.txt'), 'hidden folder');
    });

    it('a folder gives its article files, recursively, sorted by path (hidden names and other endings left out)', async () => {
      const result = await run(['analyze', '--json', 'corpus']);
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(JSON.parse(result.stdout).map((d: { file: string }) => d.file), corpusFiles);
    });

    it('patterns (*, ?, **) give their matches, each sorted by path, in the order given', async () => {
      const patterns: Array<[string, string[]]> = [
        ['corpus/*.txt', ['corpus/a.txt']],
        ['corpus/?.article', ['corpus/c.article']],
        ['corpus/**/*.news', ['corpus/sub/b.news']],
        ['**/b.news', ['corpus/sub/b.news']],
        ['corpus/s*', ['corpus/sub/b.news', 'corpus/sub/deeper/d.TXT']], // a matched folder gives its articles
        ['corpus/*.md', ['corpus/notes.md']], // a pattern names its files, whatever their ending
      ];
      const result = await run(['analyze', '--json', '--jobs', '2', ...patterns.map(([pattern]) => pattern)]);
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(JSON.parse(result.stdout).map((d: { file: string }) => d.file), patterns.flatMap(([, files]) => files));
    });

    it('a pattern that matches nothing is one error line and exit 1', async () => {
      const result = await run(['analyze', 'corpus/*.pdf']);
      assert.equal(result.status, 1);
      assertOneLineError(result, 'news-lens: corpus/*.pdf: no files match');
    });

    it('--jsonl prints one parseable line per file, the same set with --jobs 1 and --jobs 2, nothing on a piped standard error', async () => {
      const one = await run(['analyze', '--jsonl', '--jobs', '1', 'corpus']);
      const two = await run(['analyze', '--jsonl', '--jobs=2', 'corpus']);
      for (const result of [one, two]) {
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stderr, '', 'no progress bar into a pipe');
        assert.deepEqual(jsonlFiles(result.stdout).sort(), [...corpusFiles].sort());
      }
      const sorted = (stdout: string) => stdout.split('\n').filter(Boolean).sort();
      assert.deepEqual(sorted(two.stdout), sorted(one.stdout));
      assert.equal(JSON.parse(one.stdout.split('\n')[0]).quotes.length, 1);
    });

    it('--jsonl --jobs 2 with a failing file: one error line, the others printed, exit 1', async () => {
      const result = await run(['analyze', '--jsonl', '--jobs', '2', 'corpus', 'missing.txt', 'article.txt']);
      assert.equal(result.status, 1);
      assertOneLineError(result, 'news-lens: missing.txt: no such file');
      assert.deepEqual(jsonlFiles(result.stdout).sort(), [...corpusFiles, 'article.txt'].sort());
    });

    it('the outline keeps the order given with --jobs 2', async () => {
      const result = await run(['analyze', '--jobs', '2', 'corpus']);
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(result.stdout.match(/^\S+(?=: )/gm), corpusFiles);
    });

    it('draws a progress bar when standard error is a terminal (util-linux script gives it one)', async function () {
      if (!existsSync('/usr/bin/script')) this.skip();
      const command = `"${process.execPath}" "${cli}" analyze --jobs 1 corpus > /dev/null`;
      const terminal = execFileSync('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: work, encoding: 'utf8' });
      assert.match(terminal, /\[#{30}\] 4\/4/);
      assert.ok(terminal.endsWith('\r\x1b[K'), 'the bar is cleared at the end');
    });

    it('--jsonl - reads JSONL articles and answers line for line in order, with ids; bad lines become error objects', async () => {
      const long = 'Reuters said «a long one». '.repeat(2000);
      const input = [
        JSON.stringify({ id: 'first', text: long }), // slowest first: order must still hold with two workers
        JSON.stringify({ id: 2, text: 'John Smith said «yes».' }),
        '{"id": 3, "text": ', // cut short
        '',
        JSON.stringify({ text: 'No id here.' }),
        JSON.stringify({ id: 5, body: 'no text field' }),
        JSON.stringify({ id: 6, text: 'Last «one».' }),
      ].join('\n');
      const result = await run(['analyze', '--jsonl', '--jobs', '2', '-'], { stdin: input });
      assert.equal(result.status, 1);
      assert.equal(result.stderr, '');
      const lines = result.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: unknown; error?: string; quotes?: unknown[] });
      assert.deepEqual(lines.map((l) => l.id), ['first', 2, null, null, 5, 6]);
      assert.equal(lines[0].quotes?.length, 2000);
      assert.equal(lines[2].error, 'line 3: not valid JSON');
      assert.ok(lines[3].quotes, 'a line without an id is still analysed');
      assert.equal(lines[4].error, 'line 6: needs a "text" string');
      assert.ok(lines[5].quotes);
    });
  });

  it('--jsonl - under GNU parallel --pipe -k gives exactly the single-process output', async function () {
    if (!existsSync('/usr/bin/parallel')) this.skip(); // Debian package "parallel"
    const lines = Array.from({ length: 6 }, (_, i) => (i === 4 ? '{"id": 4, "text": ' : JSON.stringify({ id: i, text: `Reuters said «talks ${i}» on Monday.` })));
    const input = lines.join('\n') + '\n';
    const single = await run(['analyze', '--jsonl', '--jobs', '1', '-'], { stdin: input });
    assert.equal(single.stdout.split('\n').filter(Boolean).length, 6);
    // Two chunks of three lines, two processes at once, output kept in input order (-k).
    const parallel = spawnSync('/usr/bin/parallel', ['--will-cite', '--pipe', '-k', '-N', '3', '-j', '2', process.execPath, cli, 'analyze', '--jsonl', '--jobs', '1', '-'], {
      input,
      encoding: 'utf8',
    });
    assert.equal(parallel.status, 1, 'parallel counts the one chunk with a bad line as failed');
    // Line numbers in error objects count within each process's chunk.
    const withoutLineNumbers = (out: string) => out.replace(/"line \d+: /g, '"line N: ');
    assert.match(parallel.stdout, /"line 2: not valid JSON"/);
    assert.equal(withoutLineNumbers(parallel.stdout), withoutLineNumbers(single.stdout));
  });

  describe('bounded JSON', () => {
    it('an ordinary article has no "truncated" field', async () => {
      const result = await run(['analyze', '--json', 'article.txt']);
      assert.equal(result.status, 0);
      assert.ok(!('truncated' in JSON.parse(result.stdout)));
    });

    it('quotes past the limit are cut and "truncated" gives how many there were', async () => {
      writeFileSync(path('quotes.txt'), 'He said «a». '.repeat(10_001));
      const result = await run(['analyze', '--json', 'quotes.txt']);
      assert.equal(result.status, 0, result.stderr);
      const json = JSON.parse(result.stdout);
      assert.equal(json.quotes.length, 10_000);
      assert.equal(json.truncated.quotes, 10_001);
    });
  });

  describe('index: the corpus index as JSONL', () => {
    interface Line { key: string; type: string; name: string; otherName?: string; forms: [string, number][]; mentions: number; quotes: number; articles: { file: string; mentions: number; quotes: number }[] }
    const lines = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);

    before(() => {
      mkdirSync(path('index/sub'), { recursive: true });
      for (let i = 0; i < 6; i++) {
        const article = corpusArticle(i);
        writeFileSync(path(`index/${i < 3 ? '' : 'sub/'}${article.name}`), article.text);
      }
      writeFileSync(path('index/notes.txt'), 'shopping list\n- eggs\n- milk\n');
    });

    it('one line per entity, Arabic and English forms of one person together, the same with --jobs 1 and 2', async () => {
      const one = await run(['index', '--jobs', '1', 'index']);
      const two = await run(['index', '--jobs=2', 'index']);
      assert.equal(one.status, 0, one.stderr);
      assert.equal(two.stdout, one.stdout);
      const putin = lines(one.stdout).find((l) => l.key === 'PER:vladimir putin')!;
      assert.ok(putin, one.stdout);
      const forms = putin.forms.map(([f]) => f);
      assert.ok(forms.includes('بوتين') && forms.includes('Putin'), forms.join(', '));
      const expected = [0, 1, 2, 3, 4, 5].filter((i) => corpusArticle(i).people.includes(0));
      assert.equal(putin.articles.length, expected.length);
      assert.equal(putin.mentions, putin.articles.reduce((n, a) => n + a.mentions, 0));
      assert.ok(putin.quotes >= expected.length);
      assert.ok(lines(one.stdout).every((l) => l.articles.every((a) => !a.file.endsWith('notes.txt'))), 'a text that is not an article is left out');
    });

    it('most widespread entities first', async () => {
      const result = lines((await run(['index', 'index'])).stdout);
      for (let i = 1; i < result.length; i++) assert.ok(result[i - 1].articles.length >= result[i].articles.length);
    });

    it('a missing file is one line and exit 1, the others still indexed', async () => {
      const result = await run(['index', 'index', 'missing.news']);
      assert.equal(result.status, 1);
      assertOneLineError(result, 'news-lens: missing.news: no such file');
      assert.ok(lines(result.stdout).length > 3);
    });

    const mistakes: Array<[string, string[]]> = [
      ['no FILE', ['index']],
      ['standard input', ['index', '-']],
      ['a bad --jobs', ['index', '--jobs', '0', 'index']],
      ['--json is not an index option', ['index', '--json', 'index']],
    ];
    for (const [name, args] of mistakes) {
      it(`index with ${name}: exit 2, the usage of index`, async () => {
        const result = await run(args);
        assert.equal(result.status, 2);
        assert.equal(result.stdout, '');
        assert.match(result.stderr, /usage: news-lens index/);
      });
    }

    it('help index describes the output', async () => {
      const result = await run(['help', 'index']);
      assert.equal(result.status, 0);
      assert.match(result.stdout, /one entity per\s+line/);
    });
  });
});

describe('news-lens analyze: an analysis that throws', function () {
  this.timeout(60_000); // the first analysis loads the models
  let work: string;
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'news-lens-cli-throw-'));
    writeFileSync(join(work, 'bad.txt'), 'boom');
    writeFileSync(join(work, 'good.txt'), 'fine');
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('is one line for that file; the others still print; exit 1', async () => {
    const analyse = (text: string) => {
      if (text === 'boom') throw new TypeError('cannot read properties of undefined\n    at somewhere (x.ts:1:1)');
      return analyzeArticle(text);
    };
    let stdout = '';
    let stderr = '';
    const [out, err] = [process.stdout.write, process.stderr.write];
    process.stdout.write = ((chunk: string) => ((stdout += chunk), true)) as typeof process.stdout.write;
    process.stderr.write = ((chunk: string) => ((stderr += chunk), true)) as typeof process.stderr.write;
    let status: number;
    try {
      status = await runAnalyze(['--json', join(work, 'bad.txt'), join(work, 'good.txt')], { analyse });
    } finally {
      [process.stdout.write, process.stderr.write] = [out, err];
    }
    assert.equal(status, 1);
    assert.equal(stderr, `news-lens: ${join(work, 'bad.txt')}: analysis failed (TypeError: cannot read properties of undefined)\n`);
    assert.deepEqual(JSON.parse(stdout).map((d: { file: string }) => d.file), [join(work, 'good.txt')]);
  });
});

describe('news-lens analyze: a worker thread that dies', function () {
  this.timeout(20_000);
  let work: string;
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'news-lens-cli-pool-'));
    // Stands in for the CLI bundle: ends its thread on the first task, as a crash would.
    writeFileSync(join(work, 'dies.js'), "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('fails only its task, in one line, and is replaced a bounded number of times', async () => {
    const pool = new WorkerPool(join(work, 'dies.js'), 1);
    try {
      const results = await Promise.all(['a.txt', 'b.txt', 'c.txt', 'd.txt'].map((file) => pool.run({ file, format: 'jsonl' })));
      assert.deepEqual(results.slice(0, 3), [
        { ok: false, message: 'a.txt: analysis failed (worker thread stopped: exit code 3)' },
        { ok: false, message: 'b.txt: analysis failed (worker thread stopped: exit code 3)' },
        { ok: false, message: 'c.txt: analysis failed (worker thread stopped: exit code 3)' },
      ]);
      // Two replacements for one thread: then the pool gives up instead of restarting forever.
      assert.deepEqual(results[3], { ok: false, message: 'd.txt: analysis failed (no worker thread could start)' });
    } finally {
      await pool.close();
    }
  });
});
