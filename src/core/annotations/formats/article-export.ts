/**
 * One article as an export writes it, the same from the CLI and from VS Code: what the user sees
 * (their decisions and the workspace rules, over the recogniser's suggestions when those are
 * asked for), in one of the three formats.
 */
import type { Analysis } from '../../types';
import { applyDecisions, decisionsOnly } from '../apply';
import { writeBrat } from '../brat';
import { withSuggestions, type AnnotationSet } from '../model';
import type { NameRules } from '../rules';
import { toConll } from './conll';
import { toJsonlRecord, type OffsetUnit } from './jsonl';

export type ExportFormat = 'brat' | 'conll' | 'jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['brat', 'conll', 'jsonl'];

/** The decisions alone, or laid over `suggested` (the recogniser's analysis) when given. */
export function exportView(text: string, set: AnnotationSet, rules: NameRules | undefined, suggested?: Analysis): Analysis {
  return suggested ? applyDecisions(suggested, text, set, rules) : decisionsOnly(text, set, rules);
}

/** The article's part of the export: a JSON line, its CoNLL sentences, or the `.ann` of its brat pair. */
export function exportArticle(format: ExportFormat, text: string, set: AnnotationSet, view: Analysis, unit: OffsetUnit = 'utf16'): string {
  switch (format) {
    case 'jsonl': return JSON.stringify(toJsonlRecord(text, view, unit)) + '\n';
    case 'conll': return toConll(text, view);
    case 'brat': return writeBrat(withSuggestions(set, view), text);
  }
}
