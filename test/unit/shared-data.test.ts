import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeStructure } from '../../src/core/structure';
import { sharedDataDir, stripBom } from './helpers';

/** Checks against the real articles beside the project; skipped in a fresh clone without them. */
describe('real articles from ../shared/data', function () {
  const dir = sharedDataDir();
  before(function () {
    if (!dir) this.skip();
  });

  it('reads the seed exactly as its gold structure says', function () {
    const text = stripBom(readFileSync(join(dir!, 'seed/elaph-putin-kim.txt'), 'utf8'));
    const gold = JSON.parse(readFileSync(join(dir!, 'gold/seed-structure.json'), 'utf8')) as { blocks: { line: number; kind: string }[] };
    const s = analyzeStructure(text);
    assert.deepEqual(s.blocks.map((b) => ({ line: b.line, kind: b.kind })), gold.blocks);
    assert.deepEqual(s.sections.map((x) => x.name), ['', 'هدايا', 'إطلاع واشنطن', 'السلاح النووي', 'لا تواصل']);
    assert.equal(s.language, 'ar');
  });

  it('recognises every real article as an article in its language', function () {
    const misses: string[] = [];
    for (const lang of ['ar', 'en']) {
      for (const file of readdirSync(join(dir!, 'articles', lang)).filter((f) => f.endsWith('.txt'))) {
        const s = analyzeStructure(stripBom(readFileSync(join(dir!, 'articles', lang, file), 'utf8')));
        if (!s.isArticle || s.language !== lang) misses.push(`${lang}/${file}`);
      }
    }
    assert.deepEqual(misses, []);
  });

  it('does not take the data READMEs and source lists for articles', function () {
    for (const file of ['README.md', 'articles/en/README.TXT', 'articles/ar/SOURCES.tsv']) {
      const text = readFileSync(join(dir!, file), 'utf8');
      assert.equal(analyzeStructure(text).isArticle, false, file);
    }
  });
});

describe('ordinary text on this machine', function () {
  const dir = '/usr/share/common-licenses';
  before(function () {
    if (!existsSync(dir)) this.skip();
  });
  it('finds no article among the common licences', function () {
    const articles = readdirSync(dir)
      .filter((f) => analyzeStructure(readFileSync(join(dir, f), 'utf8')).isArticle);
    assert.deepEqual(articles, []);
  });
});
