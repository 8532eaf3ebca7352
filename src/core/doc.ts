import { readingLanguage } from './lang/language';
import { analyzeStructure } from './structure';
import type { Structure } from './types';

/**
 * One text as every stage after the structure reads it, built once per text version: the text,
 * its structure (blocks, sections, language) and the language the names and quotations read it
 * with. The stages add their findings to the analysis, never change the Doc.
 */
export interface Doc {
  readonly text: string;
  readonly structure: Structure;
  /** Arabic or English: the structure's language, or the dominant script when it said `other`. */
  readonly language: 'ar' | 'en';
}

export function createDoc(text: string, structure: Structure = analyzeStructure(text)): Doc {
  return { text, structure, language: readingLanguage(text, structure) };
}
