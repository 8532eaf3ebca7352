import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analysis';
import { toArticleJson } from '../../src/core/json';
import type { Analysis, Span } from '../../src/core/types';
import { ALL_ON, CONFIRMED_NAME_KINDS, DECORATION_KINDS, NAME_KINDS, planDecorations, type DecorationKind, type DecorationSwitches } from '../../src/vscode/decoration-plan';
import { QUOTE_MARKS } from './generators/article-text';

/**
 * What every analysis of every text must satisfy (issue 9), checked by the property tests
 * on generated text and by the table of shrunk counter-examples. Throws an assertion error
 * naming the broken invariant.
 */
export function checkCoreInvariants(text: string): void {
  const analysis = analyzeArticle(text);
  checkStructure(text, analysis);
  checkEntities(text, analysis);
  checkQuotes(text, analysis);
  checkJson(text, analysis);
  checkDecorationPlan(text, analysis);
  const shallow = analyzeArticle(text, { maxDeepLength: text.length - 1 });
  assert.deepEqual([shallow.blocks, shallow.sections, shallow.artefacts], [analysis.blocks, analysis.sections, analysis.artefacts], 'the structure does not depend on the size limit');
}

/**
 * The invariants of an analysis that was not made from `text` by analyzeArticle alone (the
 * user's annotations laid over it): spans in range, mentions disjoint, speaker entities exist.
 */
export function checkAnalysisInvariants(text: string, analysis: Analysis): void {
  checkStructure(text, analysis);
  checkEntities(text, analysis);
  checkQuotes(text, analysis);
}

function checkSpan(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets ${span.start}..${span.end}`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: ${span.start}..${span.end} inside 0..${text.length}`);
  assert.ok(!splitsSurrogatePair(text, span.start) && !splitsSurrogatePair(text, span.end), `${what}: ${span.start}..${span.end} does not cut a character in two`);
}

/** Whether `at` falls between the two halves of a surrogate pair (an emoji, say). */
function splitsSurrogatePair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function checkSlice(text: string, span: Span & { text: string }, what: string): void {
  checkSpan(text, span, what);
  assert.equal(span.text, text.slice(span.start, span.end), `${what}: text is the slice ${span.start}..${span.end}`);
}

/**
 * The 1-based line VS Code shows for `offset`: its text model ends lines at CR, LF and CRLF
 * only (U+2028, U+2029 and NEL are "unusual line terminators" it offers to remove, not breaks).
 */
export function vscodeLineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

const isVscodeLineStart = (text: string, at: number) => at === 0 || text[at - 1] === '\n' || (text[at - 1] === '\r' && text[at] !== '\n');
const isVscodeLineEnd = (text: string, at: number) => at === text.length || text[at] === '\r' || (text[at] === '\n' && text[at - 1] !== '\r');

function checkStructure(text: string, a: Analysis): void {
  assert.ok(['ar', 'en', 'other'].includes(a.language), `language ${a.language}`);
  assert.equal(typeof a.isArticle, 'boolean', 'isArticle');
  assert.equal(a.deep, true, 'no size limit: names and quotations were looked for');
  let previousEnd = -1;
  a.blocks.forEach((block, i) => {
    const what = `block ${i} (${block.kind})`;
    checkSlice(text, block, what);
    assert.ok(block.start < block.end, `${what} is not empty`);
    assert.ok(block.start > previousEnd, `${what} starts after the previous block ends (${previousEnd})`);
    previousEnd = block.end;
    assert.ok(isVscodeLineStart(text, block.start) && isVscodeLineEnd(text, block.end), `${what} spans whole VS Code lines`);
    assert.equal(block.line, vscodeLineAt(text, block.start), `${what}: line is the one VS Code shows`);
    if (block.dateline) {
      checkSpan(text, block.dateline, `${what} dateline`);
      assert.equal(block.kind, 'dateline', `${what}: only dateline blocks carry a dateline`);
      assert.ok(block.start <= block.dateline.start && block.dateline.end <= block.end, `${what}: dateline inside its block`);
      const written = text.slice(block.dateline.start, block.dateline.end);
      assert.doesNotMatch(written, /[\r\n\u2028\u2029\u0085]/, `${what}: dateline on one line`);
      for (const part of [block.dateline.source, block.dateline.place]) {
        if (part !== undefined) assert.ok(part.length > 0 && written.includes(part), `${what}: dateline part ${JSON.stringify(part)} is written in it`);
      }
    }
  });
  checkArtefacts(text, a);
  checkCoverage(text, a);
  checkSections(text, a);
}

function checkArtefacts(text: string, a: Analysis): void {
  let previousEnd = -1;
  a.artefacts.forEach((artefact, i) => {
    const what = `artefact ${i} (${artefact.kind})`;
    checkSpan(text, artefact, what);
    assert.ok(artefact.start < artefact.end && artefact.start >= previousEnd, `${what}: non-empty, ordered, disjoint`);
    previousEnd = artefact.end;
    const written = text.slice(artefact.start, artefact.end);
    if (artefact.kind === 'tatweel') assert.match(written, /^\u0640+$/, what);
    if (artefact.kind === 'html-entity') assert.match(written, /^&#?[0-9a-z]+;$/i, what);
  });
}

/** No visible text is lost: every character outside the blocks is white space or an artefact. */
function checkCoverage(text: string, a: Analysis): void {
  const covered = new Uint8Array(text.length + 1);
  for (const s of [...a.blocks, ...a.artefacts]) covered.fill(1, s.start, s.end);
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && !/\s/.test(text[i])) assert.fail(`character ${JSON.stringify(text[i])} at ${i} belongs to no block`);
  }
}

function checkSections(text: string, a: Analysis): void {
  const flattened = a.sections.flatMap((s) => (s.heading ? [s.heading, ...s.blocks] : s.blocks));
  assert.deepEqual(flattened, a.blocks, 'the sections hold every block once, in order');
  a.sections.forEach((section, i) => {
    const what = `section ${i}`;
    checkSpan(text, section, what);
    const own = section.heading ? [section.heading, ...section.blocks] : section.blocks;
    assert.ok(own.length > 0, `${what} has blocks`);
    assert.equal(section.start, own[0].start, `${what} starts at its first block`);
    assert.equal(section.end, own[own.length - 1].end, `${what} ends at its last block`);
    if (section.heading) {
      assert.equal(section.heading.kind, 'heading', `${what}: heading kind`);
      assert.ok(section.name.length > 0 && section.name === section.name.trim(), `${what}: a trimmed, non-empty name`);
    } else {
      assert.equal(i, 0, 'only the opening section has no heading');
      assert.equal(section.name, '', 'the opening section has no name');
    }
    assert.ok(section.blocks.every((b) => b.kind !== 'heading'), `${what}: no heading among its blocks`);
  });
}

function checkEntities(text: string, a: Analysis): void {
  const ids = new Set<string>();
  const mentions = a.entities.flatMap((e) => e.mentions).sort((x, y) => x.start - y.start);
  for (let i = 1; i < mentions.length; i++) {
    assert.ok(mentions[i - 1].end <= mentions[i].start, `mentions ${JSON.stringify(mentions[i - 1].text)} and ${JSON.stringify(mentions[i].text)} do not overlap (a name is underlined once)`);
  }
  for (const entity of a.entities) {
    assert.ok(!ids.has(entity.id), `entity id ${entity.id} is unique`);
    ids.add(entity.id);
    assert.ok(['PER', 'ORG', 'LOC', 'MISC'].includes(entity.type), `${entity.id}: type ${entity.type}`);
    assert.ok(entity.name.length > 0 && entity.mentions.length > 0, `${entity.id}: a name and mentions`);
    entity.mentions.forEach((m, k) => {
      checkSlice(text, m, `${entity.id} mention ${k}`);
      assert.ok(m.start < m.end, `${entity.id} mention ${k} is not empty`);
    });
  }
}

function checkQuotes(text: string, a: Analysis): void {
  const ids = new Set(a.entities.map((e) => e.id));
  const datelines = a.blocks.flatMap((b) => (b.dateline ? [b.dateline] : []));
  const overlapsDateline = (s: Span) => datelines.some((d) => s.start < d.end && d.start < s.end);
  a.quotes.forEach((quote, i) => {
    const what = `quote ${i} (${quote.kind})`;
    checkSlice(text, quote, what);
    assert.ok(quote.start < quote.end, `${what} is not empty`);
    assert.ok(['speech', 'other', 'reported'].includes(quote.kind), what);
    if (quote.mark !== undefined) assert.ok(QUOTE_MARKS.includes(quote.mark), `${what}: mark ${JSON.stringify(quote.mark)} is a quotation mark`);
    assert.ok(!overlapsDateline(quote), `${what}: no quotation in a dateline`);
    if (quote.speaker) {
      checkSlice(text, quote.speaker, `${what} speaker`);
      assert.ok(quote.speaker.start < quote.speaker.end, `${what}: speaker is not empty`);
      assert.ok(!overlapsDateline(quote.speaker), `${what}: a dateline never speaks`);
      if (quote.speaker.entity !== null) assert.ok(ids.has(quote.speaker.entity), `${what}: speaker entity ${quote.speaker.entity} exists`);
    }
  });
}

function checkJson(text: string, a: Analysis): void {
  const json = toArticleJson('generated.txt', a);
  const serialised = JSON.stringify(json);
  assert.deepEqual(JSON.parse(serialised), JSON.parse(JSON.stringify(toArticleJson('generated.txt', analyzeArticle(text)))), 'the same text gives the same JSON');
  assert.deepEqual(json.blocks.map((b) => [b.kind, b.start, b.end, b.line, b.text]), a.blocks.map((b) => [b.kind, b.start, b.end, b.line, b.text]), 'JSON blocks');
  assert.deepEqual(json.sections.flatMap((s) => s.blocks), json.blocks, 'JSON sections hold every block once, in order');
}

function checkDecorationPlan(text: string, a: Analysis): void {
  const plan = planDecorations(a, text, ALL_ON);
  for (const kind of DECORATION_KINDS) {
    let previous: Span | null = null;
    for (const span of plan[kind]) {
      checkSpan(text, span, `${kind} decoration`);
      if (previous) assert.ok(previous.start < span.start || (previous.start === span.start && previous.end <= span.end), `${kind} decorations sorted`);
      previous = span;
      if (kind === 'speaker') assert.ok(span.start === span.end && (span.afterText ?? '').length > 0, 'a speaker label is an after-text at one point');
    }
  }
  // Each setting switched off empties its kinds (so applying the plan clears them) and leaves the others.
  for (const [setting, kinds] of Object.entries(KINDS_OF_SETTING) as [keyof DecorationSwitches, readonly DecorationKind[]][]) {
    const partial = planDecorations(a, text, { ...ALL_ON, [setting]: false });
    for (const kind of DECORATION_KINDS) assert.deepEqual(partial[kind], kinds.includes(kind) ? [] : plan[kind], `${setting} off: ${kind} decorations`);
  }
  // Unsure speakers hidden: only speaker labels change, and there are no more of them.
  const sureOnly = planDecorations(a, text, { ...ALL_ON, unsureSpeakers: false });
  for (const kind of DECORATION_KINDS) if (kind !== 'speaker') assert.deepEqual(sureOnly[kind], plan[kind], `unsureSpeakers off: ${kind} decorations`);
  assert.ok(sureOnly.speaker.length <= plan.speaker.length, 'unsureSpeakers off: no more speaker labels');
}

/** The settings that each switch whole kinds off (unsureSpeakers only thins the speaker labels). */
const KINDS_OF_SETTING: Record<Exclude<keyof DecorationSwitches, 'unsureSpeakers'>, readonly DecorationKind[]> = {
  enabled: DECORATION_KINDS,
  names: [...NAME_KINDS, ...CONFIRMED_NAME_KINDS],
  speech: ['speech'],
  otherQuotes: ['other'],
  reported: ['reported'],
  speakerAfterText: ['speaker'],
};
