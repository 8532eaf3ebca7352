import * as vscode from 'vscode';
import type { AnalysisReply, AnalysisRequest } from '../../worker/protocol';
import type { SpawnWorker } from './worker-client';

interface WebWorker {
  onmessage: ((event: { data: AnalysisReply }) => void) | null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
interface WebGlobals {
  Worker?: new (url: string, options?: { name?: string }) => WebWorker;
  fetch(url: string): Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
  Blob: new (parts: string[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string; revokeObjectURL(url: string): void };
}

/**
 * Starts dist/worker.js as a Web Worker beside the browser extension host. That host refuses
 * `new Worker` on the extension's own (vscode-remote:) URI, but its fetch maps that URI, so the
 * script is fetched and started from a blob: URL (a classic script: the host's worker bootstrap
 * uses importScripts). Requests posted while the script loads wait in order.
 */
export function webWorkerSpawner(extensionUri: vscode.Uri): SpawnWorker {
  const scriptUri = vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').toString();
  return () => {
    const web = globalThis as unknown as WebGlobals;
    const WorkerClass = web.Worker;
    if (!WorkerClass) throw new Error('this extension host cannot start workers');
    let worker: WebWorker | undefined;
    let terminated = false;
    const waiting: AnalysisRequest[] = [];
    let replyListener: (reply: AnalysisReply) => void = () => undefined;
    let failureListener: (error: Error) => void = () => undefined;

    void (async () => {
      const response = await web.fetch(scriptUri);
      if (!response.ok) throw new Error(`the analysis worker script could not be loaded (HTTP ${response.status})`);
      const url = web.URL.createObjectURL(new web.Blob([await response.text()], { type: 'text/javascript' }));
      if (terminated) return web.URL.revokeObjectURL(url);
      worker = new WorkerClass(url, { name: 'news-lens-analysis' });
      worker.onmessage = (event) => {
        // The blob must outlive the worker's start; after its first answer it is no longer read.
        web.URL.revokeObjectURL(url);
        replyListener(event.data);
      };
      worker.onerror = (event) => {
        event.preventDefault(); // contained here, not an uncaught error of the extension host
        failureListener(new Error(event.message || 'the analysis worker failed'));
      };
      for (const request of waiting.splice(0)) worker.postMessage(request);
    })().catch((err: unknown) => failureListener(err instanceof Error ? err : new Error(String(err))));

    return {
      post: (request) => (worker ? worker.postMessage(request) : waiting.push(request)),
      onReply: (listener) => (replyListener = listener),
      onFailure: (listener) => (failureListener = listener),
      terminate: () => {
        terminated = true;
        worker?.terminate();
      },
    };
  };
}
