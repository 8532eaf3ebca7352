import assert from 'node:assert/strict';
import { analyzeStructure } from '../../src/core/structure';
import type { BlockKind } from '../../src/core/types';
import { readFixture } from './helpers';

interface LayoutCase {
  file: string;
  language: 'ar' | 'en';
  kinds: [number, BlockKind][];
  sections: string[];
  dateline?: { source?: string; place?: string; text: string };
}

const layouts: LayoutCase[] = [
  {
    file: 'ar-summit-seedlike.news',
    language: 'ar',
    kinds: [[1, 'lead'], [3, 'dateline'], [5, 'paragraph'], [7, 'heading'], [8, 'paragraph'], [10, 'paragraph'], [12, 'caption'], [14, 'paragraph'], [16, 'heading'], [17, 'paragraph']],
    sections: ['', 'الطاقة أولًا', 'ردود الفعل'],
    dateline: { source: 'إيلاف', text: 'إيلاف:' },
  },
  {
    file: 'ar-title-cairo.txt',
    language: 'ar',
    kinds: [[1, 'title'], [3, 'dateline'], [5, 'paragraph'], [7, 'paragraph']],
    sections: [''],
    dateline: { place: 'القاهرة', source: 'رويترز', text: 'القاهرة - رويترز:' },
  },
  {
    file: 'ar-beirut-crlf.txt',
    language: 'ar',
    kinds: [[1, 'title'], [3, 'dateline'], [5, 'paragraph'], [7, 'paragraph']],
    sections: [''],
    dateline: { place: 'بيروت', source: 'الشرق الأوسط', text: 'بيروت – «الشرق الأوسط»:' },
  },
  {
    file: 'ar-title-paragraphs-mixed.txt',
    language: 'ar',
    kinds: [[1, 'title'], [3, 'lead'], [5, 'paragraph'], [7, 'paragraph'], [9, 'paragraph']],
    sections: [''],
  },
  {
    file: 'en-london-reuters.txt',
    language: 'en',
    kinds: [[1, 'title'], [3, 'dateline'], [5, 'paragraph'], [7, 'paragraph'], [9, 'paragraph']],
    sections: [''],
    dateline: { place: 'LONDON', source: 'Reuters', text: 'LONDON (Reuters) -' },
  },
  {
    file: 'en-washington-ap-bom.txt',
    language: 'en',
    kinds: [[1, 'title'], [3, 'dateline'], [5, 'paragraph'], [7, 'heading'], [8, 'paragraph']],
    sections: ['', 'Outlook'],
    dateline: { place: 'WASHINGTON', source: 'AP', text: 'WASHINGTON (AP) —' },
  },
];

describe('article structure', () => {
  for (const c of layouts) {
    describe(c.file, () => {
      const text = readFixture('articles', c.file);
      const s = analyzeStructure(text);

      it('reads every block with its kind and line', () => {
        assert.deepEqual(s.blocks.map((b) => [b.line, b.kind]), c.kinds);
      });

      it('gives offsets that slice out each block text', () => {
        for (const b of s.blocks) assert.equal(text.slice(b.start, b.end), b.text);
        for (const b of s.blocks) assert.ok(!/[\r\n]$/.test(b.text), `block at line ${b.line} ends with a line break`);
      });

      it('groups blocks under headings, names free of artefacts', () => {
        assert.deepEqual(s.sections.map((x) => x.name), c.sections);
      });

      it('detects the language and that it is an article', () => {
        assert.equal(s.language, c.language);
        assert.equal(s.isArticle, true);
      });

      if (c.dateline) {
        const expected = c.dateline;
        it('parses the dateline', () => {
          const block = s.blocks.find((b) => b.kind === 'dateline');
          assert.ok(block?.dateline, 'no dateline block');
          assert.equal(text.slice(block.dateline.start, block.dateline.end), expected.text);
          assert.equal(block.dateline.source, expected.source);
          assert.equal(block.dateline.place, expected.place);
        });
      }
    });
  }
});

describe('artefacts', () => {
  const cases: [string, string, [string, string][]][] = [
    ['trailing ampersand', 'عنوان&\nنص', [['ampersand', '&']]],
    ['ampersand with trailing spaces', 'text &  \r\nmore', [['ampersand', '&']]],
    ['ampersand inside a line is text', 'AT&T said', []],
    ['named and numeric entities', 'a&nbsp;b&#1589;c&#x200F;d&quot;', [['html-entity', '&nbsp;'], ['html-entity', '&#1589;'], ['html-entity', '&#x200F;'], ['html-entity', '&quot;']]],
    ['not an entity without a semicolon', 'R&D budget', []],
    ['direction marks merge into one span', 'بوتين\u200f\u200e قال', [['direction-mark', '\u200f\u200e']]],
    ['Arabic letter mark', 'كلمة\u061cأخرى', [['direction-mark', '\u061c']]],
    ['tatweel run', 'الســـلام', [['tatweel', 'ـــ']]],
    ['control characters', 'a\u0000b', [['control', '\u0000']]],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const found = analyzeStructure(text).artefacts.map((a) => [a.kind, text.slice(a.start, a.end)]);
      assert.deepEqual(found, expected);
    });
  }

  it('keeps artefacts out of heading names but visible as artefacts', () => {
    const text = 'عنوان المقال\n\nفقرة أولى طويلة بما يكفي لتكون فقرة حقيقية في المقال.\n\nعنوان فرعي&\nفقرة تحت العنوان الفرعي تكفي لتكون فقرة طويلة ومكتملة في النص.';
    const s = analyzeStructure(text);
    assert.deepEqual(s.sections.map((x) => x.name), ['', 'عنوان فرعي']);
    assert.ok(s.artefacts.some((a) => a.kind === 'ampersand'));
  });
});

describe('line endings and odd layouts', () => {
  const body = ['Title of the story', '', 'First paragraph of the story, long enough to be prose.', '', 'Second paragraph follows here.'];
  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
    it(`gives the same lines and kinds with ${name}`, () => {
      const s = analyzeStructure(body.join(eol));
      assert.deepEqual(s.blocks.map((b) => [b.line, b.kind, b.text]), [
        [1, 'title', body[0]],
        [3, 'lead', body[2]],
        [5, 'paragraph', body[4]],
      ]);
    });
  }

  it('joins hard-wrapped lines into one paragraph', () => {
    const text = 'Title\n\nThe committee met on Monday and agreed\nto publish its findings next week, the chair\nsaid in a statement.\n\nAnother paragraph.';
    const s = analyzeStructure(text);
    assert.deepEqual(s.blocks.map((b) => [b.line, b.kind]), [[1, 'title'], [3, 'lead'], [7, 'paragraph']]);
  });

  it('does not take a quoted speech opening for a dateline', () => {
    const text = 'عنوان الخبر\n\nأضاف: "سنواصل العمل مع شركائنا في المنطقة خلال الأشهر المقبلة".\n\nفقرة أخرى.';
    const s = analyzeStructure(text);
    assert.equal(s.blocks.find((b) => b.kind === 'dateline'), undefined);
  });

  for (const [name, text] of [
    ['empty', ''],
    ['only blank lines', '\n\n\r\n  \n'],
    ['only artefacts', '&\n\u200f\n&nbsp;'],
    ['one word', 'كلمة'],
  ] as const) {
    it(`handles ${name} text`, () => {
      const s = analyzeStructure(text);
      assert.equal(s.isArticle, false);
      for (const b of s.blocks) assert.ok(b.end <= text.length);
    });
  }
});

describe('isArticle on ordinary text', () => {
  const files = ['licence-ar.txt', 'readme.md', 'changelog.txt', 'settings.conf', 'server.log', 'results.csv', 'parser.ts', 'shopping-list-ar.txt', 'chat-ar.txt', 'chat-en.txt'];
  for (const file of files) {
    it(`${file} is not an article`, () => {
      assert.equal(analyzeStructure(readFixture('not-articles', file)).isArticle, false);
    });
  }
});
