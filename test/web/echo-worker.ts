// A tiny script run as a nested Web Worker by nested-worker.test.ts: it answers every message with
// what it received and what kind of global scope it runs in.
interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => {
  scope.postMessage({
    echo: event.data,
    inWorker: typeof (globalThis as Record<string, unknown>).WorkerGlobalScope === 'function',
  });
};
