import { analyzeArticle } from '../core/analysis';
import { articleEntry } from '../core/corpus/entry';
import { toArticleJson } from '../core/json';
import type { Analysis } from '../core/types';
import { formatOutline } from './outline-text';
import { failureLine, readArticleFile } from './read-article';

/** `entry`: the article's corpus index entry (news-lens index), or null for a .txt that is not an article. */
export type OutputFormat = 'outline' | 'json' | 'jsonl' | 'entry';

/**
 * One article to analyse, the same in process and in a worker thread (it is structured-cloned):
 * a file to read, or a text already read (a line of standard input, with its `id`).
 */
export interface AnalyzeTask {
  file: string;
  format: OutputFormat;
  text?: string;
  /** Copied into the JSONL object when present (standard input's `id`). */
  id?: unknown;
  /** The name in a failure message instead of `file` (`line 3`). */
  label?: string;
}

/** What is printed for a task: its output, or the one-line failure (path first, no stack). */
export type TaskResult = { ok: true; output: string } | { ok: false; message: string };

/** Reads and analyses one task and formats it; never throws, so one bad file stops nothing. */
export async function performTask(task: AnalyzeTask, analyse: (text: string) => Analysis = analyzeArticle): Promise<TaskResult> {
  try {
    const text = task.text ?? (await readArticleFile(task.file));
    const analysis = analyse(text);
    if (task.format === 'outline') return { ok: true, output: formatOutline(task.file, text, analysis) };
    if (task.format === 'entry') return { ok: true, output: JSON.stringify(/\.txt$/i.test(task.file) && !analysis.isArticle ? null : articleEntry(analysis, text)) };
    const json = toArticleJson(task.file, analysis);
    if (task.format === 'json') return { ok: true, output: JSON.stringify(json, null, 2) };
    return { ok: true, output: JSON.stringify(task.id === undefined ? json : { id: task.id, ...json }) };
  } catch (err) {
    return { ok: false, message: failureLine(task.label ?? task.file, err) };
  }
}
