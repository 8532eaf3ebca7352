import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTag } from '../../src/cli/tag';
import { normaliseTag, parseTokenFile } from '../../src/core/entities/tokenFile';
import { bioToBioes, LABELS, toBio } from '../../src/core/entities/perceptron';

/** Runs `tag` on a file with the given content and returns its output lines. */
function tag(content: string, lang = 'en'): { code: number; lines: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-tag-'));
  const file = join(dir, 'input.txt');
  writeFileSync(file, content);
  let out = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => { out += chunk; return true; }) as typeof process.stdout.write;
  try {
    const code = runTag(['--lang', lang, file]);
    return { code, lines: out.replace(/\n$/, '').split('\n') };
  } finally {
    process.stdout.write = write;
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('tag command: format', () => {
  const cases: Array<[string, string, string, (lines: string[]) => void]> = [
    ['blank lines and -DOCSTART- stay in place', 'en', '-DOCSTART- -X- O O\n\nJohn B-PER\nwalked O\n\nMary B-PER\nran O\n', (lines) => {
      assert.equal(lines.length, 7);
      assert.equal(lines[0], '-DOCSTART-');
      assert.equal(lines[1], '');
      assert.equal(lines[4], '');
      assert.deepEqual(lines.filter((l) => l && l !== '-DOCSTART-').map((l) => l.split('\t')[0]), ['John', 'walked', 'Mary', 'ran']);
    }],
    ['one token per output line, tab-separated BIO tag, other columns ignored', 'en', 'Paris NNP I-NP B-LOC\nis VBZ I-VP O\nbig JJ I-ADJP O\n.\n', (lines) => {
      assert.equal(lines.length, 4);
      for (const line of lines) assert.match(line, /^\S+\t(O|[BI]-(PER|ORG|LOC|MISC))$/);
    }],
    ['Arabic tags use PER, never PERS', 'ar', 'قال\nالرئيس\nالروسي\nفلاديمير\nبوتين\nفي\nموسكو\n.\n', (lines) => {
      assert.ok(lines.every((l) => !/PERS/.test(l)));
      assert.ok(lines.some((l) => /\tB-PER$/.test(l)), lines.join('|'));
    }],
  ];
  for (const [name, lang, content, check] of cases) it(name, () => {
    const { code, lines } = tag(content, lang);
    assert.equal(code, 0);
    check(lines);
  });

  it('rejects a missing language', () => {
    const write = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try { assert.equal(runTag(['input.txt']), 2); } finally { process.stderr.write = write; }
  });
});

describe('tag command: token files', () => {
  const sentences = (text: string): string[][] => {
    const f = parseTokenFile(text);
    return f.documents.flat().map((s) => s.map((i) => f.lines[i].token));
  };
  const cases: Array<[string, string, string[][]]> = [
    ['a file without blank lines is split after . ? !', 'a\nb\n.\nc\n?\nd\n!\ne\n', [['a', 'b', '.'], ['c', '?'], ['d', '!'], ['e']]],
    ['blank lines, when present, are the only breaks', 'a\n.\nb\n\nc\n', [['a', '.', 'b'], ['c']]],
    ['the Arabic question mark ends a sentence', 'هل\nحضر\n؟\nنعم\n', [['هل', 'حضر', '؟'], ['نعم']]],
  ];
  for (const [name, text, want] of cases) it(name, () => assert.deepEqual(sentences(text), want));

  const tags: Array<[string | undefined, string]> = [
    ['B-PERS', 'B-PER'], ['I-PERS', 'I-PER'], ['S-LOC', 'B-LOC'], ['E-ORG', 'I-ORG'], ['O', 'O'], ['NNP', 'O'], [undefined, 'O'],
  ];
  for (const [input, want] of tags) it(`reads tag ${input} as ${want}`, () => assert.equal(normaliseTag(input), want));

  it('BIO and BIOES convert both ways', () => {
    const bio = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG'];
    const bioes = bioToBioes(bio).map((l) => LABELS[l]);
    assert.deepEqual(bioes, ['B-PER', 'I-PER', 'E-PER', 'O', 'S-LOC', 'S-LOC', 'S-ORG']);
    assert.deepEqual(bioes.map(toBio), ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG']);
  });
});
