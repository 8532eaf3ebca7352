#!/usr/bin/env node
/**
 * A helper for annotating gold by hand, blind: it never runs the recogniser. It finds strings and
 * quotation-mark pairs in an article and turns an annotator's sheet (names by surface form, quotes
 * by candidate number) into a gold record with exact offsets.
 *
 *   node scripts/eval/gold/annotate.mjs show   FILE               the text with offsets every line (for reading)
 *   node scripts/eval/gold/annotate.mjs find   FILE "string"       every occurrence (clitics و ف ب ل ك allowed before)
 *   node scripts/eval/gold/annotate.mjs quotes FILE               every quotation-mark pair, numbered Q1..Qn
 *   node scripts/eval/gold/annotate.mjs build  SHEET.json         prints the gold record (one JSON line) or errors
 *
 * FILE is relative to ../shared/data/articles (or $NEWS_LENS_ARTICLES) (e.g. ar-pool/pool-3alyoum-001.txt).
 * Offsets: UTF-16 code units into the text read as UTF-8 with a leading BOM removed, end exclusive.
 *
 * SHEET.json:
 * { "file": "ar-pool/x.txt", "part": "test"|"tuning",
 *   "names": [ { "text": "بوتين", "type": "PER", "ref": "فلاديمير بوتين",
 *                "except": [1234] /* starts of occurrences that are NOT this name *\/,
 *                "only": [567]    /* or: only these starts *\/ } ],
 *   "quotes": [ { "q": 3, "kind": "speech", "speaker": "بوتين", "speakerAt": 1200 /* optional start *\/ },
 *               { "q": 4, "kind": "other" },
 *               { "start": 10, "end": 40, "kind": "speech", "speaker": null, "note": "why" } ] }
 * Every quote candidate must be listed (speech or other) or in "notQuotes": [5, 6] (e.g. a mark
 * pairing gone wrong, replaced by explicit start/end entries). A sheet with "namesOnly": true
 * (names for an article whose quotations are annotated elsewhere) lists no quotes and its record
 * has none.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.env.NEWS_LENS_ARTICLES ?? join(process.cwd(), '..', 'shared', 'data', 'articles');
const read = (file) => readFileSync(join(ROOT, file), 'utf8').replace(/^\uFEFF/, '');
const sha1 = (file) => createHash('sha1').update(readFileSync(join(ROOT, file))).digest('hex');
const isLetter = (ch) => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);

/** Occurrences of `s` as a whole word, allowing clitics before (و ف ب ل ك, وال/لل forms). */
function occurrences(text, s) {
  const out = [];
  const forms = [s];
  if (s.startsWith('ال')) forms.push('ل' + s.slice(2)); // للولايات → لولايات (first ل outside)
  for (const form of forms) {
    let i = text.indexOf(form);
    while (i >= 0) {
      const end = i + form.length;
      let j = i;
      let clitics = 0;
      while (j > 0 && clitics < 3 && 'وفبلك'.includes(text[j - 1]) && isLetter(text[j - 1])) { j--; clitics++; }
      const startOk = !isLetter(text[j - 1]) && (form === s || text[i - 1] === 'ل');
      const before = text.slice(j, i);
      const cliticOk = form === s ? /^(و|ف)?(ب|ل|ك)?$/.test(before) || before === '' : /^(و|ف)?ل$/.test(before);
      const endOk = !isLetter(text[end]) || /^[\u2019']s\b/.test(text.slice(end));
      if (startOk && cliticOk && endOk) out.push({ start: i, end });
      i = text.indexOf(form, i + 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const PAIRS = { '«': '»', '“': '”', '"': '"', '„': '“', '‘': '’', "'": "'" };

/** Quotation-mark pairs inside one paragraph (a blank line or line break ends an open mark). */
function quoteCandidates(text, lang) {
  const out = [];
  const lines = text.split(/(\r\n|\n|\r)/);
  let offset = 0;
  for (const line of lines) {
    const stack = [];
    for (let k = 0; k < line.length; k++) {
      const ch = line[k];
      const top = stack[stack.length - 1];
      if (top && PAIRS[top.mark] === ch && !(ch === "'" && isLetter(line[k + 1]))) {
        stack.pop();
        out.push({ start: offset + top.at + 1, end: offset + k, mark: top.mark });
        continue;
      }
      if (ch in PAIRS && !(ch === "'" && (lang === 'ar' || isLetter(line[k - 1])))) {
        if (ch === '"' && top && top.mark === '"') continue;
        stack.push({ mark: ch, at: k });
      }
    }
    for (const open of stack) out.push({ start: offset + open.at + 1, end: offset + line.length, mark: open.mark, unclosed: true });
    offset += line.length;
  }
  return out.sort((a, b) => a.start - b.start);
}

const langOf = (file) => (file.startsWith('ar') || file.startsWith('seed') ? 'ar' : 'en');
const ctx = (text, s, e) => `${text.slice(Math.max(0, s - 30), s)}[${text.slice(s, e)}]${text.slice(e, e + 30)}`.replace(/\s+/g, ' ');

function build(sheetPath) {
  const sheet = JSON.parse(readFileSync(sheetPath, 'utf8'));
  const text = read(sheet.file);
  const errors = [];
  const taken = [];
  const entities = [];
  const names = [...(sheet.names ?? [])].sort((a, b) => b.text.length - a.text.length);
  for (const n of names) {
    if (!['PER', 'ORG', 'LOC'].includes(n.type)) errors.push(`name ${n.text}: type ${n.type}`);
    let occ = occurrences(text, n.text);
    if (n.only) occ = occ.filter((o) => n.only.includes(o.start));
    if (n.except) occ = occ.filter((o) => !n.except.includes(o.start));
    if (n.only && occ.length !== n.only.length) errors.push(`name ${n.text}: only ${n.only} not all found`);
    if (occ.length === 0) errors.push(`name ${n.text}: not found`);
    for (const o of occ) {
      if (taken.some((t) => o.start < t.end && t.start < o.end)) continue; // inside a longer name
      taken.push(o);
      entities.push({ start: o.start, end: o.end, type: n.type, text: text.slice(o.start, o.end), ref: n.ref ?? n.text });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  const candidates = quoteCandidates(text, langOf(sheet.file));
  const quotes = [];
  const used = new Set();
  for (const q of sheet.quotes ?? []) {
    let span;
    if (q.q !== undefined) {
      const c = candidates[q.q - 1];
      if (!c) { errors.push(`quote Q${q.q}: no such candidate`); continue; }
      used.add(q.q);
      span = { start: q.start ?? c.start, end: q.end ?? c.end };
    } else if (Number.isInteger(q.start) && Number.isInteger(q.end)) {
      span = { start: q.start, end: q.end };
    } else { errors.push(`quote without q or start/end: ${JSON.stringify(q)}`); continue; }
    if (!['speech', 'other'].includes(q.kind)) errors.push(`quote at ${span.start}: kind ${q.kind}`);
    let speaker = null;
    if (q.kind === 'speech' && q.speaker) {
      const occ = occurrences(text, q.speaker);
      const pick = q.speakerAt !== undefined
        ? occ.find((o) => o.start === q.speakerAt)
        : occ.filter((o) => o.end <= span.start || o.start >= span.end)
          .sort((a, b) => Math.min(Math.abs(a.end - span.start), Math.abs(a.start - span.end)) - Math.min(Math.abs(b.end - span.start), Math.abs(b.start - span.end)))[0];
      if (!pick) errors.push(`quote at ${span.start}: speaker ${q.speaker} not found${q.speakerAt !== undefined ? ` at ${q.speakerAt}` : ''}`);
      else speaker = { start: pick.start, end: pick.end, text: text.slice(pick.start, pick.end) };
    }
    quotes.push({ start: span.start, end: span.end, kind: q.kind, speaker, ...(q.note ? { note: q.note } : {}) });
  }
  const notQuotes = new Set(sheet.notQuotes ?? []);
  if (sheet.namesOnly && (sheet.quotes ?? []).length) errors.push('a namesOnly sheet lists no quotes');
  if (!sheet.namesOnly) candidates.forEach((c, i) => { if (!used.has(i + 1) && !notQuotes.has(i + 1)) errors.push(`Q${i + 1} not decided: ${ctx(text, c.start, c.end).slice(0, 120)}`); });
  quotes.sort((a, b) => a.start - b.start);
  for (let i = 1; i < quotes.length; i++) if (quotes[i].start < quotes[i - 1].end) errors.push(`quotes overlap at ${quotes[i].start}`);
  if (!['test', 'tuning'].includes(sheet.part)) errors.push(`part must be test or tuning`);
  if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
  const record = { file: sheet.file, sha1: sha1(sheet.file), lang: langOf(sheet.file), part: sheet.part, entities, ...(sheet.namesOnly ? {} : { quotes }) };
  console.log(JSON.stringify(record));
}

const [cmd, arg, extra] = process.argv.slice(2);
if (cmd === 'show') {
  const text = read(arg);
  let offset = 0;
  for (const line of text.split('\n')) { console.log(`${String(offset).padStart(6)}| ${line}`); offset += line.length + 1; }
} else if (cmd === 'find') {
  const text = read(arg);
  for (const o of occurrences(text, extra)) console.log(`${o.start}-${o.end}  ${ctx(text, o.start, o.end)}`);
} else if (cmd === 'quotes') {
  const text = read(arg);
  quoteCandidates(text, langOf(arg)).forEach((c, i) => console.log(`Q${i + 1} ${c.start}-${c.end}${c.unclosed ? ' (unclosed)' : ''} ${c.mark}${text.slice(c.start, c.end).replace(/\s+/g, ' ').slice(0, 140)}`));
} else if (cmd === 'build') {
  build(arg);
} else {
  console.error('usage: gold.mjs show|find|quotes FILE [string] | build SHEET.json');
  process.exit(2);
}
