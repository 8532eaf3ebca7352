// The analysis worker: one bundle (dist/worker.js) that runs as a Node worker thread in the
// desktop extension host and as a Web Worker beside the browser extension host, so the models
// it carries ship once. It answers AnalysisRequests with analyzeArticle, off the thread that
// every extension shares.
import { answer } from './answer';
import type { AnalysisRequest } from './protocol';

interface MessagePortLike {
  on(event: 'message', listener: (request: AnalysisRequest) => void): void;
  postMessage(message: unknown): void;
}

interface WebWorkerScope {
  onmessage: ((event: { data: AnalysisRequest }) => void) | null;
  postMessage(message: unknown): void;
}

/** The Node parent port when running as a worker thread; null in a browser. */
function nodeParentPort(): MessagePortLike | null {
  if (typeof process === 'undefined' || !process.versions?.node) return null;
  // Loaded only in Node; the bundle leaves this require to the runtime.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parentPort } = require('node:worker_threads') as { parentPort: MessagePortLike | null };
  return parentPort;
}

const port = nodeParentPort();
if (port) {
  port.on('message', (request) => port.postMessage(answer(request)));
} else {
  const scope = globalThis as unknown as WebWorkerScope;
  scope.onmessage = (event) => scope.postMessage(answer(event.data));
}
