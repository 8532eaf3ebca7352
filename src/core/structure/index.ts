import type { Structure } from '../types';
export function analyzeStructure(_text: string): Structure {
  return { language: 'other', isArticle: false, blocks: [], sections: [], artefacts: [] };
}
