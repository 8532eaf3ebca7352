/**
 * Workspace rules (.newslens/names.tsv): "always TYPE" and "never a name" for a name form.
 */
import type { EntityType } from '../types';

export type NameRule = { form: string; action: EntityType | 'never' };

export interface NameRules {
  rules: NameRule[];
}

export const RULES_FILE = '.newslens/names.tsv';

export function parseRules(text: string): { rules: NameRules; problems: Array<{ line: number; message: string }> } {
  throw new Error('not implemented');
}

export function writeRules(rules: NameRules): string {
  throw new Error('not implemented');
}
