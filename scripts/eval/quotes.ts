/** Quotation evaluation: filled by the quotations work. */
export async function evaluateQuotes(_dataDir: string): Promise<void> {
  console.log('quotes: not evaluated yet');
}
