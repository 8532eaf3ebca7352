/**
 * Lays the user's decisions (and the workspace rules) over the recogniser's analysis.
 */
import type { Analysis } from '../types';
import type { AnnotationSet } from './model';
import type { NameRules } from './rules';

/** User decisions win; the result is a valid Analysis with `confirmed: true` on what the user decided. */
export function applyDecisions(analysis: Analysis, text: string, set: AnnotationSet, rules?: NameRules): Analysis {
  throw new Error('not implemented');
}
