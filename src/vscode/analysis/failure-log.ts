import * as vscode from 'vscode';

/**
 * Where a feature that failed says so: one line per failure in the "News Lens" output
 * channel, never a modal or a notification storm. The same failure (feature, document
 * version, message) is written once, however often VS Code asks again.
 */
export class FailureLog implements vscode.Disposable {
  private channel: LineSink | undefined;
  private readonly seen = new Set<string>();
  private readonly listeners = new vscode.EventEmitter<string>();
  /** Fires with each line written (tests read it). */
  readonly onDidLog = this.listeners.event;

  /** The channel is created on the first failure: a healthy session shows no News Lens output. */
  constructor(private readonly openChannel: () => LineSink = () => vscode.window.createOutputChannel('News Lens')) {}

  report(feature: string, error: unknown, document?: vscode.TextDocument): void {
    const where = document ? ` in ${document.uri.path.split('/').pop()} (version ${document.version})` : '';
    const line = `${feature} failed${where}: ${oneLine(error)}`;
    if (this.seen.has(line)) return;
    if (this.seen.size > 1000) this.seen.clear();
    this.seen.add(line);
    this.channel ??= this.openChannel();
    this.channel.appendLine(`[${new Date().toISOString()}] ${line}`);
    this.listeners.fire(line);
  }

  dispose(): void {
    this.channel?.dispose();
    this.listeners.dispose();
  }
}

/** What the log writes to: the News Lens output channel. */
export interface LineSink extends vscode.Disposable {
  appendLine(line: string): void;
}

/** The error's first line, without a stack: what a user can read in an output channel. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.split('\n')[0].slice(0, 300);
}

/**
 * Runs one provider or view callback; a throw or rejection is reported and `fallback`
 * answers instead, so one broken feature never breaks another or the extension.
 */
export async function contained<T>(failures: FailureLog, feature: string, document: vscode.TextDocument | undefined, fallback: T, body: () => T | Thenable<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof vscode.CancellationError) return fallback;
    failures.report(feature, err, document);
    return fallback;
  }
}
