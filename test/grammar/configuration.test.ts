import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { grammarPath, repoRoot } from './support';

// Static checks of the grammar file, the language configuration and the icons.

interface RawRule {
  include?: string;
  patterns?: RawRule[];
  captures?: Record<string, RawRule>;
  beginCaptures?: Record<string, RawRule>;
  endCaptures?: Record<string, RawRule>;
  [key: string]: unknown;
}

function walkRules(rule: RawRule, visit: (r: RawRule) => void): void {
  visit(rule);
  for (const p of rule.patterns ?? []) walkRules(p, visit);
  for (const key of ['captures', 'beginCaptures', 'endCaptures'] as const) {
    for (const c of Object.values(rule[key] ?? {})) walkRules(c, visit);
  }
}

describe('news-article grammar file', () => {
  const grammar = JSON.parse(fs.readFileSync(grammarPath, 'utf8')) as RawRule & { scopeName: string; repository: Record<string, RawRule> };

  it('declares the text.news-article scope', () => {
    assert.strictEqual(grammar.scopeName, 'text.news-article');
  });

  it('resolves every #include to a repository entry and uses every entry', () => {
    const used = new Set<string>();
    const check = (r: RawRule) => {
      if (r.include) {
        assert.match(r.include, /^#/);
        const name = r.include.slice(1);
        assert.ok(grammar.repository[name], `missing repository entry ${name}`);
        used.add(name);
      }
    };
    walkRules(grammar, check);
    for (const r of Object.values(grammar.repository)) walkRules(r, check);
    assert.deepStrictEqual(Object.keys(grammar.repository).filter((k) => !used.has(k)), []);
  });

  it('names every scope with the .news-article suffix', () => {
    const names: string[] = [];
    const collect = (r: RawRule) => {
      for (const key of ['name', 'contentName']) if (typeof r[key] === 'string') names.push(...(r[key] as string).split(' '));
    };
    for (const r of Object.values(grammar.repository)) walkRules(r, collect);
    assert.ok(names.length > 10);
    for (const n of names) assert.match(n, /\.news-article$/, n);
  });

  it('never uses bold/italic-only markup scopes for datelines', () => {
    const text = JSON.stringify(grammar.repository.dateline);
    assert.ok(!/markup\.(bold|italic)/.test(text));
  });
});

describe('language-configuration.json', () => {
  const conf = JSON.parse(fs.readFileSync(path.join(repoRoot, 'language-configuration.json'), 'utf8'));

  it('has no comment tokens (articles have no comments)', () => {
    assert.strictEqual(conf.comments?.lineComment, undefined);
    assert.strictEqual(conf.comments?.blockComment, undefined);
  });

  it('declares the bracket, auto-closing and surrounding pairs', () => {
    const pairs = (list: Array<[string, string]>) => list.map(([a, b]) => a + b);
    assert.deepStrictEqual(pairs(conf.brackets), ['()', '[]', '«»', '“”']);
    const auto = conf.autoClosingPairs.map((p: { open: string; close: string }) => p.open + p.close);
    for (const p of ['()', '[]', '«»', '“”', '""']) assert.ok(auto.includes(p), p);
    const surround = pairs(conf.surroundingPairs);
    for (const p of ['«»', '“”', '""', '‘’', '()']) assert.ok(surround.includes(p), p);
  });

  it('has a wordPattern that is a valid JS regex selecting whole Arabic words with clitics and diacritics', () => {
    assert.strictEqual(typeof conf.wordPattern, 'string');
    const re = new RegExp(conf.wordPattern, 'g'); // VS Code compiles it the same way (adds only the g flag)
    const words = (s: string) => s.match(re) ?? [];
    assert.deepStrictEqual(words('وبوتين ولروسيا، «الكرملين»: "برافدا رو"'), ['وبوتين', 'ولروسيا', 'الكرملين', 'برافدا', 'رو']);
    assert.deepStrictEqual(words('سيفًا مرصّعًا الســلام'), ['سيفًا', 'مرصّعًا', 'الســلام']);
    assert.deepStrictEqual(words("Ms Pembroke's plan: 1,000.5 pounds ٣٫٥٪"), ["Ms", "Pembroke's", 'plan', '1,000.5', 'pounds', '٣٫٥']);
    assert.deepStrictEqual(words('إيلاف:\u200fنص&nbsp;'), ['إيلاف', 'نص', 'nbsp']);
  });
});

describe('icons', () => {
  for (const name of ['news-article-light.svg', 'news-article-dark.svg', 'entities.svg']) {
    it(`media/${name} is an SVG`, () => {
      const svg = fs.readFileSync(path.join(repoRoot, 'media', name), 'utf8');
      assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.match(svg, /<\/svg>\s*$/);
    });
  }

  it('media/entities.svg is a monochrome 24x24 currentColor icon', () => {
    const svg = fs.readFileSync(path.join(repoRoot, 'media', 'entities.svg'), 'utf8');
    assert.match(svg, /viewBox="0 0 24 24"/);
    assert.ok(!/#[0-9a-fA-F]{3,8}\b/.test(svg), 'no hard-coded colours');
    assert.match(svg, /currentColor/);
  });

  it('media/icon.png is a 128x128 PNG', () => {
    const png = fs.readFileSync(path.join(repoRoot, 'media', 'icon.png'));
    assert.strictEqual(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a');
    assert.strictEqual(png.readUInt32BE(16), 128);
    assert.strictEqual(png.readUInt32BE(20), 128);
  });
});
