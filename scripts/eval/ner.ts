/** Named-entity evaluation: filled by the names work. */
export async function evaluateNames(_dataDir: string): Promise<void> {
  console.log('names: not evaluated yet');
}
