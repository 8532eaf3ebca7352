import type { Entity, Quote, Structure } from '../types';

/**
 * Finds quotations and reported speech. Placeholder until the finder lands:
 * returns no quotes.
 */
export function findQuotes(_text: string, _structure: Structure, _entities: readonly Entity[]): Quote[] {
  return [];
}
