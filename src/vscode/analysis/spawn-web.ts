import * as vscode from 'vscode';
import type { AnalysisReply } from '../../worker/protocol';
import type { SpawnWorker } from './worker-client';

interface WebWorker {
  onmessage: ((event: { data: AnalysisReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
type WebWorkerConstructor = new (url: string) => WebWorker;

/** Starts dist/worker.js as a Web Worker beside the browser extension host. */
export function webWorkerSpawner(extensionUri: vscode.Uri): SpawnWorker {
  const url = vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').toString(true);
  return () => {
    const WorkerClass = (globalThis as unknown as { Worker?: WebWorkerConstructor }).Worker;
    if (!WorkerClass) throw new Error('this extension host cannot start workers');
    const worker = new WorkerClass(url);
    return {
      post: (request) => worker.postMessage(request),
      onReply: (listener) => (worker.onmessage = (event) => listener(event.data)),
      onFailure: (listener) => (worker.onerror = (event) => listener(new Error(event.message || 'the analysis worker failed'))),
      terminate: () => worker.terminate(),
    };
  };
}
