// Loads the News Article TextMate grammar with vscode-textmate + vscode-oniguruma, the same engines
// VS Code uses, and offers small helpers for the grammar tests.
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const grammarPath = path.join(repoRoot, 'syntaxes', 'news-article.tmLanguage.json');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures', 'grammar');
export const samplesDir = path.join(repoRoot, 'samples');
export const SCOPE_NAME = 'text.news-article';

/** Per-line time limit for ordinary article lines (ms); a line that hits it counts as a failure. */
export const LINE_TIME_LIMIT_MS = 1000;

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

export function loadGrammar(): Promise<vsctm.IGrammar> {
  if (!grammarPromise) {
    grammarPromise = (async () => {
      const wasm = fs.readFileSync(path.join(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
      await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
      const registry = new vsctm.Registry({
        onigLib: Promise.resolve({
          createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
          createOnigString: (text: string) => new oniguruma.OnigString(text),
        }),
        loadGrammar: async (scopeName: string) => {
          if (scopeName !== SCOPE_NAME) return null;
          return vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath);
        },
      });
      const grammar = await registry.loadGrammar(SCOPE_NAME);
      if (!grammar) throw new Error(`grammar ${SCOPE_NAME} did not load`);
      return grammar;
    })();
  }
  return grammarPromise;
}

export interface TokenizedLine {
  text: string;
  tokens: vsctm.IToken[];
  stoppedEarly: boolean;
}

/** Splits like VS Code does (\r\n, \n or \r) and tokenizes line by line, carrying the rule stack. */
export function tokenizeDocument(grammar: vsctm.IGrammar, text: string, timeLimitMs = LINE_TIME_LIMIT_MS): TokenizedLine[] {
  const out: TokenizedLine[] = [];
  let state = vsctm.INITIAL;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const r = grammar.tokenizeLine(line, state, timeLimitMs);
    out.push({ text: line, tokens: r.tokens, stoppedEarly: r.stoppedEarly });
    state = r.ruleStack;
  }
  return out;
}

/** TextMate selector semantics: `a.b` matches `a.b` and `a.b.c`, not `a.bc`. */
export function scopeMatches(scope: string, selector: string): boolean {
  return scope === selector || scope.startsWith(selector + '.');
}

export function hasScope(scopes: readonly string[], selector: string): boolean {
  return scopes.some((s) => scopeMatches(s, selector));
}

/** Scopes of the token covering UTF-16 offset `index` of the line. */
export function scopesAt(line: TokenizedLine, index: number): string[] {
  const t = line.tokens.find((tok) => tok.startIndex <= index && index < tok.endIndex);
  if (!t) throw new Error(`no token at ${index} in line ${JSON.stringify(line.text.slice(0, 60))}`);
  return t.scopes;
}

/**
 * Characters that are part of an Arabic-script word for shaping purposes: letters, harakat,
 * superscript alef, tatweel, Quranic marks, Arabic Supplement / Extended-A and presentation forms.
 * A token boundary between two of these splits a word.
 */
export function isArabicWordChar(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x0620 && c <= 0x065f) ||
    (c >= 0x066e && c <= 0x06d3) ||
    (c >= 0x06d5 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ff) ||
    c === 0x0670 ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/**
 * Right-to-left letters, as the grammar's rtl-line rule sees them: Hebrew, Arabic, Syriac, Thaana, N'Ko,
 * Samaritan, Mandaic and Arabic Extended (U+0590–U+08FF), Hebrew and Arabic presentation forms, and the
 * RTL blocks beyond the BMP. A line holding one is rendered by VS Code with every token part isolated
 * and laid out left to right, so the grammar gives it one token (plus a trailing & artefact).
 */
export const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

export const RTL_SCOPE = 'meta.paragraph.rtl.news-article';
export const TRAILING_AMPERSAND_SCOPE = 'comment.artefact.trailing-ampersand.news-article';

export function containsRtl(text: string): boolean {
  return RTL_LETTER.test(text);
}

/**
 * Problems with how a line holding an RTL letter is tokenised (empty when it is fine): at most two
 * tokens, the first from offset 0 up to an optional trailing `&` (with only blanks after it), that
 * artefact as the second, and no inner scope (dateline, quotation, number, artefact) on the first.
 */
export function rtlLineProblems(line: TokenizedLine): string[] {
  const problems: string[] = [];
  const { text, tokens } = line;
  const show = (t: vsctm.IToken) => `${JSON.stringify(text.slice(t.startIndex, t.endIndex).slice(0, 30))} [${t.scopes.join(' ')}]`;
  if (tokens.length === 0 || tokens.length > 2) {
    problems.push(`${tokens.length} tokens: ${tokens.slice(0, 4).map(show).join(', ')}`);
    return problems;
  }
  const [first, second] = tokens;
  if (first.startIndex !== 0) problems.push(`first token starts at ${first.startIndex}`);
  for (const s of first.scopes) {
    if (/^(string|constant|comment|punctuation|meta\.dateline|entity\.name\.tag)\b/.test(s)) problems.push(`inner scope ${s} on ${show(first)}`);
  }
  if (second) {
    if (first.endIndex !== second.startIndex) problems.push(`gap between tokens at ${first.endIndex}`);
    if (!/^&[ \t]*$/.test(text.slice(second.startIndex))) problems.push(`second token is not a trailing &: ${show(second)}`);
    const expected = [...first.scopes, TRAILING_AMPERSAND_SCOPE];
    if (second.scopes.join(' ') !== expected.join(' ')) problems.push(`trailing & scopes [${second.scopes.join(' ')}], expected [${expected.join(' ')}]`);
  }
  const last = tokens[tokens.length - 1];
  if (last.endIndex < text.length) problems.push(`tokens end at ${last.endIndex} of ${text.length}`);
  return problems;
}

/** Offsets of token boundaries that fall between two Arabic word characters. */
export function wordSplits(line: TokenizedLine): number[] {
  const bad: number[] = [];
  for (const t of line.tokens) {
    const i = t.startIndex;
    if (i > 0 && i < line.text.length && isArabicWordChar(line.text[i - 1]) && isArabicWordChar(line.text[i])) bad.push(i);
  }
  return bad;
}

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(fixturesDir, name), 'utf8');
}

/**
 * The evaluation data's folder (real articles, not in the repository): NEWS_LENS_DATA, else
 * shared/data beside the project's folder; null when absent (a fresh clone).
 */
export function evaluationDataDir(): string | null {
  const dir = process.env.NEWS_LENS_DATA ?? path.resolve(repoRoot, '..', 'shared', 'data');
  return fs.existsSync(path.join(dir, 'README.md')) ? dir : null;
}

/** Appended to the title of a test that needs the evaluation data when it is absent. */
export const NO_DATA_SKIP_NOTE = '(skipped: no evaluation data; set NEWS_LENS_DATA to its folder, the one holding its README.md, to run it)';

/** Text files of the evaluation data's corpus, or none without it. */
export function corpusFiles(): string[] {
  const dataDir = evaluationDataDir();
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|news|article)$/i.test(e.name) && !/^README/i.test(e.name)) files.push(p);
    }
  };
  if (dataDir) walk(dataDir);
  return files;
}
