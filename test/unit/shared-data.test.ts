import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeStructure } from '../../src/core/structure';
import { NO_DATA_SKIP_NOTE, sharedDataDir, stripBom } from './helpers';

/** Checks against the real articles of the evaluation data; skipped in a fresh clone without them. */
const dir = sharedDataDir();
describe(`real articles from the evaluation data${dir ? '' : ` ${NO_DATA_SKIP_NOTE}`}`, function () {
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

  it('still finds every gold name of scripts/eval/gold/names-articles.jsonl at its offsets', function () {
    // The gold stores offsets only; if an article file changes, its record must be redone.
    const goldPath = resolve(__dirname, '../../scripts/eval/gold/names-articles.jsonl');
    const problems: string[] = [];
    let records = 0;
    for (const line of readFileSync(goldPath, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      records++;
      const r = JSON.parse(line) as { file: string; sha1: string; entities: { start: number; end: number; text: string }[] };
      const bytes = readFileSync(join(dir!, r.file.startsWith('seed/') ? '' : 'articles', r.file));
      if (createHash('sha1').update(bytes).digest('hex') !== r.sha1) { problems.push(`${r.file}: sha1 differs`); continue; }
      const text = stripBom(bytes.toString('utf8'));
      for (const e of r.entities) if (text.slice(e.start, e.end) !== e.text) problems.push(`${r.file} @${e.start}: ${e.text}`);
    }
    assert.ok(records > 0);
    assert.deepEqual(problems, []);
  });

  it('does not take the data READMEs and source lists for articles', function () {
    for (const file of ['README.md', 'articles/en/README.TXT', 'articles/ar/SOURCES.tsv']) {
      const text = readFileSync(join(dir!, file), 'utf8');
      assert.equal(analyzeStructure(text).isArticle, false, file);
    }
  });
});

const LICENCES = '/usr/share/common-licenses';
const hasLicences = existsSync(LICENCES);
describe(`ordinary text on this machine${hasLicences ? '' : ` (skipped: ${LICENCES} is absent; it comes with Debian's base-files)`}`, function () {
  before(function () {
    if (!hasLicences) this.skip();
  });
  it('finds no article among the common licences', function () {
    const articles = readdirSync(LICENCES)
      .filter((f) => analyzeStructure(readFileSync(join(LICENCES, f), 'utf8')).isArticle);
    assert.deepEqual(articles, []);
  });
});
