const REDRAW_MS = 100;
const WIDTH = 30;

/**
 * A one-line progress bar on standard error, drawn only when it is a terminal (never into a
 * pipe or file). Call hide() before writing other text to the terminal, so lines never mix with the bar.
 */
export class Progress {
  private shown = false;
  private lastDraw = 0;

  private constructor(private readonly stream: NodeJS.WriteStream) {}

  /** Null when standard error is not a terminal: nothing is drawn. */
  static onTerminal(): Progress | null {
    return process.stderr.isTTY ? new Progress(process.stderr) : null;
  }

  /** `total` unknown (standard input): a count only. Redrawn at most every 100 ms, and at the end. */
  update(done: number, total?: number): void {
    const now = Date.now();
    // Throttled even after hide(): with standard output on the same terminal, redrawing after
    // every line would make the bar flicker; it shows again within 100 ms.
    if (now - this.lastDraw < REDRAW_MS && done !== total) return;
    this.lastDraw = now;
    let text = `${done} done`;
    if (total) {
      const filled = Math.round((done / total) * WIDTH);
      text = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total}`;
    }
    this.stream.write(`\r\x1b[K${text}`);
    this.shown = true;
  }

  hide(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
