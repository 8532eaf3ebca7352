/**
 * Workspace rules, kept in `.newslens/names.tsv` (docs/annotations.md): for a name form,
 * "always this type" or "never a name", used for every article of the workspace. One rule a
 * line, the form and the decision separated by a tab; `#` starts a comment.
 *
 *   # News Lens name rules
 *   القاهرة	LOC
 *   Reuters	never
 *
 * Forms are matched by their normalised key (src/core/text/normalize.ts: alef forms, ى/ي, ة/ه,
 * marks, case), and an occurrence may carry Arabic clitics before it (بالقاهرة).
 */
import type { EntityType } from '../types';
import { cliticPrefixCandidates } from '../lang/ar/clitics';
import { matchKey } from '../text/normalize';
import { tokenize } from '../text/tokenize';

export type RuleAction = EntityType | 'never';

export interface NameRule {
  /** The form as the user wrote it. */
  form: string;
  action: RuleAction;
  /** 1-based line in the file (0 when not read from one). */
  line: number;
}

export interface NameRules {
  rules: NameRule[];
}

export const RULES_FILE = '.newslens/names.tsv';

const ACTIONS: Record<string, RuleAction> = {
  per: 'PER', person: 'PER',
  org: 'ORG', organisation: 'ORG', organization: 'ORG',
  loc: 'LOC', place: 'LOC', location: 'LOC',
  misc: 'MISC', other: 'MISC',
  never: 'never', 'not-a-name': 'never', 'not a name': 'never',
};

/** The key a form is matched by: normalised words separated by one space. */
export function ruleKey(form: string): string {
  return tokenize(form).map((t) => matchKey(t.text)).join(' ');
}

/** Reads names.tsv; a later rule for the same form wins (and is reported). */
export function parseRules(text: string): { rules: NameRules; problems: Array<{ line: number; message: string }> } {
  const problems: Array<{ line: number; message: string }> = [];
  const byKey = new Map<string, NameRule>();
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) return;
    const parsed = splitRuleLine(content);
    if (!parsed) {
      problems.push({ line, message: 'expected a name form, a tab, then PER, ORG, LOC, MISC or never' });
      return;
    }
    const action = ACTIONS[parsed.decision.toLowerCase()];
    if (!action) {
      problems.push({ line, message: `unknown decision '${parsed.decision}' (PER, ORG, LOC, MISC or never)` });
      return;
    }
    const key = ruleKey(parsed.form);
    if (!key) {
      problems.push({ line, message: 'the name form has no letters' });
      return;
    }
    const earlier = byKey.get(key);
    if (earlier) problems.push({ line, message: `'${parsed.form}' already has a rule on line ${earlier.line}; this one wins` });
    byKey.set(key, { form: parsed.form, action, line });
  });
  return { rules: { rules: [...byKey.values()].sort((a, b) => a.line - b.line) }, problems };
}

/** FORM<TAB>DECISION; without a tab, the last word is the decision (hand-typed files). */
function splitRuleLine(content: string): { form: string; decision: string } | undefined {
  const tab = content.lastIndexOf('\t');
  const cut = tab >= 0 ? tab : content.search(/\s\S+$/);
  if (cut <= 0) return undefined;
  const form = content.slice(0, cut).trim();
  const decision = content.slice(cut + 1).trim();
  return form && decision ? { form, decision } : undefined;
}

const HEADER = '# News Lens name rules: a name form, a tab, then PER, ORG, LOC, MISC (always that type) or never (never a name).\n';

export function writeRules(rules: NameRules): string {
  return HEADER + rules.rules.map((r) => `${r.form.replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')}\t${r.action}\n`).join('');
}

/**
 * The file's text with the rule for `form` set (or removed, with null), everything else (comments,
 * order) as it was: what "always a place" / "never a name" commands write.
 */
export function setRuleInText(text: string, form: string, action: RuleAction | null): string {
  const key = ruleKey(form);
  const lines = text === '' ? [] : text.replace(/\r?\n$/, '').split(/\r?\n/);
  const kept = lines.filter((raw) => {
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) return true;
    const parsed = splitRuleLine(content);
    return !parsed || ruleKey(parsed.form) !== key;
  });
  if (action !== null) kept.push(`${form.replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')}\t${action}`);
  if (kept.length === 0) return '';
  const head = lines.length === 0 ? HEADER : '';
  return head + kept.join('\n') + '\n';
}

/** Rules ready for matching: by whole key (mentions) and by first word (occurrences in text). */
export interface CompiledRules {
  byKey: Map<string, RuleAction>;
  /** "always" rules only, by their first word's key. */
  byFirstWord: Map<string, Array<{ words: string[]; action: EntityType }>>;
}

export function compileRules(rules: NameRules): CompiledRules {
  const byKey = new Map<string, RuleAction>();
  const byFirstWord = new Map<string, Array<{ words: string[]; action: EntityType }>>();
  for (const r of rules.rules) {
    const key = ruleKey(r.form);
    byKey.set(key, r.action);
    if (r.action === 'never') continue;
    const words = key.split(' ');
    const list = byFirstWord.get(words[0]) ?? [];
    list.push({ words, action: r.action });
    byFirstWord.set(words[0], list);
  }
  // The longest form starting with a word is tried first (بيت لحم before بيت).
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byKey, byFirstWord };
}

/** The keys a written word may stand for: itself, and without each possible clitic prefix. */
function wordKeys(written: string): Array<{ key: string; cut: number }> {
  const out = [{ key: matchKey(written), cut: 0 }];
  for (const cut of cliticPrefixCandidates(written)) {
    const rest = matchKey(written.slice(cut));
    // ل + ال is written لل: للقاهرة is ل + القاهرة.
    const contracted = cut >= 2 && written.slice(cut - 2, cut) === 'لل';
    out.push({ key: contracted ? 'ال' + rest : rest, cut });
  }
  return out;
}

/** The rule a mention's text falls under, if any (clitics before it allowed). */
export function ruleFor(compiled: CompiledRules, text: string): RuleAction | undefined {
  const direct = compiled.byKey.get(ruleKey(text));
  if (direct || compiled.byKey.size === 0) return direct;
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  const rest = tokens.slice(1).map((t) => matchKey(t.text));
  for (const { key, cut } of wordKeys(tokens[0].text)) if (cut > 0) {
    const found = compiled.byKey.get([key, ...rest].join(' '));
    if (found) return found;
  }
  return undefined;
}

/** Every occurrence in the text of a form with an "always" rule, clitics left outside the span. */
export function findRuleOccurrences(compiled: CompiledRules, text: string): Array<{ start: number; end: number; type: EntityType }> {
  if (compiled.byFirstWord.size === 0) return [];
  const tokens = tokenize(text);
  const keys: Array<string | undefined> = new Array(tokens.length);
  const keyAt = (i: number): string => (keys[i] ??= matchKey(tokens[i].text));
  const out: Array<{ start: number; end: number; type: EntityType }> = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const { key, cut } of wordKeys(tokens[i].text)) {
      const candidates = compiled.byFirstWord.get(key);
      if (!candidates) continue;
      const match = candidates.find((c) => c.words.every((w, k) => k === 0 || (i + k < tokens.length && keyAt(i + k) === w)));
      if (!match) continue;
      const last = tokens[i + match.words.length - 1];
      out.push({ start: tokens[i].start + cut, end: last.end, type: match.action });
      i += match.words.length - 1;
      break;
    }
  }
  return out;
}
