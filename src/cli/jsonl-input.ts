/** One line of JSONL input: an article to analyse, or why the line cannot be one. */
export type JsonlArticle = { line: number; id: unknown; text: string } | { line: number; id: unknown; error: string };

/**
 * Splits a byte stream into JSONL articles (`{"id": …, "text": "…"}` per line) as it arrives,
 * holding one line at a time; a line over `maxBytes` is skipped up to its end and reported,
 * not gathered. Blank lines are ignored. Line numbers count every line, from 1.
 */
export async function* readJsonlArticles(input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, maxBytes: number): AsyncGenerator<JsonlArticle> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 0;
  const finish = (): JsonlArticle | null => {
    line++;
    const result = tooLong ? { line, id: null, error: `line ${line}: too large (more than ${maxBytes / (1024 * 1024)} MB)` } : parseArticleLine(Buffer.concat(parts, size).toString('utf8'), line);
    parts = [];
    size = 0;
    tooLong = false;
    return result;
  };
  for await (const piece of input) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(10, start);
      const end = newline < 0 ? chunk.length : newline;
      if (!tooLong) {
        size += end - start;
        if (size > maxBytes) {
          tooLong = true;
          parts = [];
        } else if (end > start) parts.push(chunk.subarray(start, end));
      }
      if (newline < 0) break;
      const article = finish();
      if (article) yield article;
      start = newline + 1;
    }
  }
  if (size > 0 || tooLong) {
    const article = finish();
    if (article) yield article;
  }
}

/** One line as an article; null for a blank line. A missing `id` is null in the output. */
export function parseArticleLine(source: string, line: number): JsonlArticle | null {
  const trimmed = source.replace(/^\ufeff/, '').trim();
  if (trimmed === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { line, id: null, error: `line ${line}: not valid JSON` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { line, id: null, error: `line ${line}: not a JSON object` };
  const { id = null, text } = value as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return { line, id, error: `line ${line}: needs a "text" string` };
  return { line, id, text };
}
