/**
 * The texts article detection learns from and is measured on, each with a fixed train/test part.
 *   positives: ../shared/data/articles/{ar,en,ar-pool,en-pool}, the seed, and our own article
 *              fixtures (test/fixtures/articles)
 *   negatives: the ordinary text we wrote (scripts/detect/negatives, test/fixtures/not-articles)
 *              and files of this machine, sampled by a fixed rule: licences, documentation
 *              (READMEs, changelogs, NEWS, copyright files), man pages (troff source and a crude
 *              rendering), configuration under /etc, and source files of installed packages.
 * The machine files are read where they are at training time, never copied into the project.
 * Sampling and splitting hash the file's name, so a run on the same machine picks the same files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export type Part = 'train' | 'test';

export interface Sample {
  /** The set in the evaluation table, e.g. `ar-pool` or `negatives/man`. */
  set: string;
  /** A stable name: the set and the file's path inside its root. */
  key: string;
  text: string;
  isArticle: boolean;
  part: Part;
}

/** Files per machine source: enough variety, and training stays quick. */
const PER_SOURCE = 300;
/** Share of every set held out for testing (by hash of the key). */
const TEST_PERCENT = 30;
/** Bytes of a file read: detection looks at 16 KB; a little more lets the prefix cut at a line. */
const READ_BYTES = 64 * 1024;

/** FNV-1a, 32 bits: a fixed, platform-independent hash of a name. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export const partOf = (key: string): Part => (fnv1a(key) % 100 < TEST_PERCENT ? 'test' : 'train');

function walk(root: string, keep: (path: string) => boolean, out: string[] = [], depth = 0): string[] {
  if (depth > 12) return out;
  let entries: string[];
  try { entries = readdirSync(root); } catch { return out; }
  for (const name of entries.sort()) {
    const path = join(root, name);
    let st;
    try { st = statSync(path); } catch { continue; }
    if (st.isDirectory()) walk(path, keep, out, depth + 1);
    else if (st.isFile() && st.size >= 40 && st.size <= 5_000_000 && keep(path)) out.push(path);
  }
  return out;
}

/** The file as text, or null for binary files and undecodable bytes. */
function readText(path: string): string | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
    if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  } catch { return null; }
  bytes = bytes.subarray(0, READ_BYTES);
  if (bytes.subarray(0, 8192).includes(0)) return null;
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  return bad > text.length / 50 ? null : text;
}

/** A crude man page rendering: drop requests and font escapes, keep the prose a reader sees. */
function renderTroff(source: string): string {
  return source
    .split('\n')
    .filter((l) => !/^['.]\s*(?:\\"|$)/.test(l))
    .map((l) => (/^[.'](?:SH|SS)\s/.test(l) ? `\n${l.slice(4).replace(/"/g, '')}\n` : /^[.']/.test(l) ? l.replace(/^[.']\w+\s*/, '') : l))
    .join('\n')
    .replace(/\\f[BIRP]|\\f\(\w\w|\\-|\\&|\\e/g, (m) => (m === '\\-' ? '-' : m === '\\e' ? '\\' : ''))
    .replace(/\n{3,}/g, '\n\n');
}

const sample = (paths: string[], key: (p: string) => string): string[] =>
  [...paths].sort((a, b) => fnv1a(key(a)) - fnv1a(key(b)) || (key(a) < key(b) ? -1 : 1)).slice(0, PER_SOURCE);

interface Source { set: string; root: string; keep: (path: string) => boolean; render?: (text: string) => string }

function machineSources(projectRoot: string): Source[] {
  const nodeModules = [resolve(projectRoot, 'node_modules'), '/usr/lib/node_modules'];
  const name = (p: string): string => basename(p).toLowerCase();
  const licence = (p: string): boolean => /^(?:licen[cs]e|copying|notice|copyright)(?:[.-][\w.-]*)?$/.test(name(p));
  const doc = (p: string): boolean => /^(?:readme|changelog|changes|history|news|authors|contributing|todo)(?:[.-][\w.-]*)?$/.test(name(p)) || /\.(?:md|txt|rst)$/.test(name(p));
  const source = (p: string): boolean => /\.(?:[cm]?js|ts|json|ya?ml|sh|py|css|html?|xml|ini|toml|map)$/.test(name(p)) && !name(p).endsWith('.min.js');
  return [
    { set: 'negatives/licences', root: '/usr/share/common-licenses', keep: () => true },
    ...nodeModules.map((root) => ({ set: 'negatives/licences', root, keep: licence })),
    { set: 'negatives/docs', root: '/usr/share/doc', keep: (p: string) => !licence(p) && !/\.(?:html?|png|svg|js|css)$/.test(p) },
    ...nodeModules.map((root) => ({ set: 'negatives/docs', root, keep: (p: string) => doc(p) && !licence(p) })),
    ...[1, 5, 8].map((section) => ({ set: 'negatives/man', root: `/usr/share/man/man${section}`, keep: (p: string) => p.endsWith('.gz') })),
    ...[1, 5, 8].map((section) => ({ set: 'negatives/man-rendered', root: `/usr/share/man/man${section}`, keep: (p: string) => p.endsWith('.gz'), render: renderTroff })),
    { set: 'negatives/config', root: '/etc', keep: () => true },
    ...nodeModules.map((root) => ({ set: 'negatives/source', root, keep: source })),
  ];
}

function files(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).sort().map((f) => join(dir, f)).filter((p) => statSync(p).isFile()) : [];
}

/** Every sample; `dataDir` is ../shared/data (positives), `projectRoot` the checkout. */
export function loadDetectionCorpus(dataDir: string, projectRoot: string): Sample[] {
  const out: Sample[] = [];
  const add = (set: string, key: string, text: string | null, isArticle: boolean): void => {
    if (text !== null && text.trim()) out.push({ set, key, text, isArticle, part: partOf(key) });
  };
  for (const set of ['ar', 'en', 'ar-pool', 'en-pool']) {
    for (const path of files(join(dataDir, 'articles', set)).filter((p) => p.endsWith('.txt'))) add(set, `${set}/${basename(path)}`, readText(path), true);
  }
  add('seed', 'seed/elaph-putin-kim.txt', readText(join(dataDir, 'seed/elaph-putin-kim.txt')), true);
  for (const path of files(join(projectRoot, 'test/fixtures/articles'))) add('fixtures', `fixtures/${basename(path)}`, readText(path), true);
  for (const dir of ['scripts/detect/negatives', 'test/fixtures/not-articles']) {
    for (const path of files(join(projectRoot, dir))) add('negatives/written', relative(projectRoot, path), readText(path), false);
  }
  // Machine files: every candidate of a source, ordered by the hash of its path, the first PER_SOURCE kept.
  const bySet = new Map<string, { path: string; key: string; render?: (t: string) => string }[]>();
  for (const source of machineSources(projectRoot)) {
    // Paths inside the checkout are named relative to it, so every worktree samples the same files.
    const key = (p: string): string => `${source.set}:${p.startsWith(projectRoot) ? relative(projectRoot, p) : p}`;
    const list = bySet.get(source.set) ?? [];
    for (const path of walk(source.root, source.keep)) list.push({ path, key: key(path), render: source.render });
    bySet.set(source.set, list);
  }
  for (const [set, list] of bySet) {
    const chosen = new Set(sample(list.map((c) => c.key), (k) => k));
    for (const c of list) {
      if (!chosen.has(c.key)) continue;
      const text = readText(c.path);
      add(set, c.key, text !== null && c.render ? c.render(text) : text, false);
    }
  }
  return out;
}

/** Hard-wraps every line at `width` columns, as mail and plain-text newswires do. */
export function hardWrap(text: string, width = 72): string {
  return text.split('\n').map((line) => {
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current && current.length + 1 + word.length > width) { out.push(current); current = word; } else current = current ? `${current} ${word}` : word;
    }
    out.push(current);
    return out.join('\n');
  }).join('\n');
}

/** The opening: the title (or first block) and the paragraph after it, as in a short brief. */
export const openingOnly = (text: string): string => text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/).slice(0, 2).join('\n\n');

/** Other shapes an article arrives in; training learns them, eval measures them on the test part. */
export const ARTICLE_VARIANTS: [string, (text: string) => string][] = [
  ['hard-wrapped', (t) => hardWrap(t)],
  ['title and first paragraph', openingOnly],
];
