import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findInputs } from '../../src/cli/find-inputs';
import { readJsonlArticles, type JsonlArticle } from '../../src/cli/jsonl-input';

async function articles(chunks: Array<string | Buffer>, maxBytes = 1000): Promise<JsonlArticle[]> {
  const out: JsonlArticle[] = [];
  for await (const article of readJsonlArticles(chunks, maxBytes)) out.push(article);
  return out;
}

describe('news-lens analyze --jsonl -: reading JSONL articles', () => {
  const accented = Buffer.from('{"id":1,"text":"a\u00e9b"}\n{"id":"x","te');
  const inCharacter = accented.indexOf(0xa9); // the second byte of é
  const cases: Array<[string, Array<string | Buffer>, JsonlArticle[]]> = [
    ['lines split across chunks, even inside a character', [accented.subarray(0, inCharacter), accented.subarray(inCharacter), 'xt":"c"}'], [
      { line: 1, id: 1, text: 'a\u00e9b' },
      { line: 2, id: 'x', text: 'c' },
    ]],
    ['blank lines skipped but counted; CRLF endings', ['\n{"text":"a"}\r\n\n'], [{ line: 2, id: null, text: 'a' }]],
    ['not JSON, not an object, no text', ['{"id": 1,\n[1]\n{"id": 2, "text": 3}\n'], [
      { line: 1, id: null, error: 'line 1: not valid JSON' },
      { line: 2, id: null, error: 'line 2: not a JSON object' },
      { line: 3, id: 2, error: 'line 3: needs a "text" string' },
    ]],
    ['a line over the limit is skipped to its end, the next still read', ['{"text":"' + 'a'.repeat(30), 'a'.repeat(30) + '"}\n{"text":"b"}\n'], [
      { line: 1, id: null, error: `line 1: too large (more than ${40 / (1024 * 1024)} MB)` },
      { line: 2, id: null, text: 'b' },
    ]],
  ];
  for (const [name, chunks, expected] of cases) {
    it(name, async () => assert.deepEqual(await articles(chunks, name.includes('limit') ? 40 : 1000), expected));
  }
});

describe('news-lens analyze: folders and patterns', () => {
  let work: string;
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'news-lens-inputs-'));
    mkdirSync(join(work, 'b/c'), { recursive: true });
    for (const f of ['a.txt', 'b/z.news', 'b/c/y.txt', 'b/c/y.md', 'B.txt']) writeFileSync(join(work, f), 'x');
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('an absolute pattern keeps absolute paths; ** matches zero or more folders; sorted by code unit', async () => {
    const { files, problems } = await findInputs([`${work}/**/*.txt`]);
    assert.deepEqual(problems, []);
    assert.deepEqual(files, [`${work}/B.txt`, `${work}/a.txt`, `${work}/b/c/y.txt`]);
  });

  it('a folder with a trailing slash; plain files and missing ones stay as given, in order', async () => {
    const { files } = await findInputs([`${work}/b/`, 'missing.txt', `${work}/b/c/y.md`]);
    assert.deepEqual(files, [`${work}/b/c/y.txt`, `${work}/b/z.news`, 'missing.txt', `${work}/b/c/y.md`]);
  });
});
