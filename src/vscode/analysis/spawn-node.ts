import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { SpawnWorker } from './worker-client';

/** The worker's heap cap: ample for a 500 000-character article, bounded for a runaway one. */
const WORKER_HEAP_MB = 1024;

/** Starts dist/worker.js as a Node worker thread (desktop and remote extension hosts). */
export function nodeWorkerSpawner(extensionUri: vscode.Uri): SpawnWorker {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').fsPath;
  return () => {
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    // The worker never keeps the extension host alive on its own.
    worker.unref();
    return {
      post: (request) => worker.postMessage(request),
      onReply: (listener) => worker.on('message', listener),
      onFailure: (listener) => {
        worker.on('error', listener);
        worker.on('exit', (code) => listener(new Error(`the analysis worker stopped (exit code ${code})`)));
      },
      terminate: () => void worker.terminate(),
    };
  };
}
