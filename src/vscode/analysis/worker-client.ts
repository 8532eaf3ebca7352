import type { Analysis } from '../../core/types';
import type { AnalysisReply, AnalysisRequest } from '../../worker/protocol';

/** What the client needs of a worker, whether a Node worker thread or a Web Worker. */
export interface WorkerPort {
  post(request: AnalysisRequest): void;
  onReply(listener: (reply: AnalysisReply) => void): void;
  /** An error inside the worker or its unexpected end. */
  onFailure(listener: (error: Error) => void): void;
  terminate(): void;
}

export type SpawnWorker = () => WorkerPort;

/** A request that runs longer is taken as hung: the worker is replaced and the request fails. */
export const ANALYSIS_TIMEOUT_MS = 20_000;
/** After this many failures in a row without one success the worker is not started again. */
const MAX_CONSECUTIVE_FAILURES = 3;

interface Job {
  key: string;
  request: AnalysisRequest;
  resolve(analysis: Analysis | undefined): void;
  reject(error: Error): void;
  /** Set once the job was sent again after its worker failed: it is not sent a third time. */
  retried?: boolean;
}

/**
 * Sends analyses to one worker, one at a time. Requests are keyed by document: a newer
 * request for a document replaces its queued one (which resolves undefined, superseded),
 * so a burst of edits analyses only the latest text. A worker that errors, exits or hangs
 * is replaced for the next request. A request whose worker failed under it (a worker that did
 * not load, or died) is sent once more to a new worker, since a cached failure would leave
 * that version without names; when that fails too, or the request hung or its text made the
 * worker report an error, it rejects with a one-line reason.
 */
export class AnalysisWorkerClient {
  private port: WorkerPort | undefined;
  private running: (Job & { timer: ReturnType<typeof setTimeout> }) | undefined;
  private readonly queue = new Map<string, Job>();
  private nextId = 1;
  private failuresInARow = 0;
  private brokenReason: string | undefined;
  private disposed = false;

  constructor(
    private readonly spawn: SpawnWorker,
    private readonly timeoutMs = ANALYSIS_TIMEOUT_MS,
  ) {}

  analyze(key: string, text: string, maxDeepLength?: number): Promise<Analysis | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    this.cancel(key);
    return new Promise((resolve, reject) => {
      this.queue.set(key, { key, request: { id: this.nextId++, text, maxDeepLength }, resolve, reject });
      this.pump();
    });
  }

  /** Drops the queued request for `key` (it resolves undefined); a running one finishes. */
  cancel(key: string): void {
    const queued = this.queue.get(key);
    if (!queued) return;
    this.queue.delete(key);
    queued.resolve(undefined);
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.values()) job.resolve(undefined);
    this.queue.clear();
    if (this.running) {
      clearTimeout(this.running.timer);
      this.running.resolve(undefined);
      this.running = undefined;
    }
    this.port?.terminate();
    this.port = undefined;
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const next = this.queue.values().next();
    if (next.done) return;
    const job = next.value;
    this.queue.delete(job.key);
    if (this.brokenReason) {
      job.reject(new Error(this.brokenReason));
      this.pump();
      return;
    }
    let port: WorkerPort;
    try {
      port = this.port ?? this.start();
    } catch (err) {
      this.failed(job, new Error(`the analysis worker could not start: ${err instanceof Error ? err.message : String(err)}`));
      return;
    }
    const timer = setTimeout(() => this.timedOut(), this.timeoutMs);
    this.running = { ...job, timer };
    port.post(job.request);
  }

  private start(): WorkerPort {
    const port = this.spawn();
    port.onReply((reply) => {
      if (port === this.port) this.replied(reply);
    });
    port.onFailure((error) => {
      if (port !== this.port) return; // a worker we replaced or terminated ourselves
      this.dropWorker();
      const job = this.running;
      this.running = undefined;
      if (job) {
        clearTimeout(job.timer);
        if (!job.retried && !this.disposed) this.retry(job);
        else this.failed(job, error);
      } else {
        this.pump();
      }
    });
    this.port = port;
    return port;
  }

  private replied(reply: AnalysisReply): void {
    const job = this.running;
    if (!job || job.request.id !== reply.id) return;
    clearTimeout(job.timer);
    this.running = undefined;
    if ('analysis' in reply) {
      this.failuresInARow = 0;
      job.resolve(reply.analysis);
    } else {
      // The worker caught it and lives on: a failure of this text, not of the worker.
      job.reject(new Error(reply.error));
    }
    this.pump();
  }

  private timedOut(): void {
    const job = this.running;
    if (!job) return;
    this.running = undefined;
    this.dropWorker();
    this.failed(job, new Error(`the analysis took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped`));
  }

  /** Puts the job back at the head of the queue, unless a newer text of its document waits. */
  private retry(job: Job): void {
    if (this.queue.has(job.key)) {
      job.resolve(undefined); // superseded, as if it had been replaced while queued
    } else {
      const waiting = [...this.queue.entries()];
      this.queue.clear();
      this.queue.set(job.key, { key: job.key, request: job.request, resolve: job.resolve, reject: job.reject, retried: true });
      for (const [key, queued] of waiting) this.queue.set(key, queued);
    }
    this.pump();
  }

  private failed(job: Job, error: Error): void {
    this.failuresInARow++;
    if (this.failuresInARow >= MAX_CONSECUTIVE_FAILURES) this.brokenReason = `the analysis worker failed ${this.failuresInARow} times in a row (last: ${error.message})`;
    job.reject(error);
    this.pump();
  }

  private dropWorker(): void {
    const port = this.port;
    this.port = undefined;
    port?.terminate();
  }
}
