import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { performTask, type AnalyzeTask, type TaskResult } from './analyze-task';

/** Marks the worker threads of the pool, so the bundle knows to serve tasks instead of running the command. */
const WORKER_MARK = 'news-lens analyze worker';

/** True inside one of the pool's worker threads. */
export function isAnalyzeWorker(): boolean {
  return !isMainThread && workerData === WORKER_MARK;
}

/** The worker thread's side: answers each task in turn (performTask never throws). */
export function serveAnalyzeTasks(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (task: AnalyzeTask) => {
    void performTask(task).then((result) => port.postMessage(result));
  });
}

interface Job {
  task: AnalyzeTask;
  done(result: TaskResult): void;
}

/**
 * Worker threads running the CLI's own bundle (`script`), one task each at a time, so a long
 * article holds up only its own worker. A worker that dies fails its task (one line, like a
 * file that throws) and is replaced a bounded number of times.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly waiting: Job[] = [];
  private readonly gone = new WeakSet<Worker>();
  private replacements: number;
  private closing = false;

  constructor(
    private readonly script: string,
    readonly size: number,
  ) {
    this.replacements = size * 2;
    for (let i = 0; i < size; i++) this.idle.push(this.start());
  }

  run(task: AnalyzeTask): Promise<TaskResult> {
    return new Promise((done) => {
      this.waiting.push({ task, done });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length && this.waiting.length) {
      const worker = this.idle.pop()!;
      const job = this.waiting.shift()!;
      this.busy.set(worker, job);
      worker.postMessage(job.task);
    }
    if (this.idle.length + this.busy.size === 0) {
      for (const job of this.waiting.splice(0)) job.done({ ok: false, message: `${job.task.label ?? job.task.file}: analysis failed (no worker thread could start)` });
    }
  }

  private start(): Worker {
    const worker = new Worker(this.script, { workerData: WORKER_MARK });
    worker.on('message', (result: TaskResult) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      job?.done(result);
      this.dispatch();
    });
    worker.on('error', (err) => this.lose(worker, err.message));
    worker.on('exit', (code) => this.lose(worker, `exit code ${code}`));
    return worker;
  }

  private lose(worker: Worker, reason: string): void {
    if (this.closing || this.gone.has(worker)) return;
    this.gone.add(worker);
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    job?.done({ ok: false, message: `${job.task.label ?? job.task.file}: analysis failed (worker thread stopped: ${reason.split('\n')[0]})` });
    if (this.replacements-- > 0) this.idle.push(this.start());
    this.dispatch();
  }
}
