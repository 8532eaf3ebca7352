// How an extension in the web worker extension host starts a Web Worker of its own (the browser
// build's analysis worker works this way). Facts of VS Code 1.100.3 (served by code-server):
// - The host replaces `Worker`: a file: URL is mapped to the browser's URL, a vscode-remote: URL
//   (the extensionUri of an extension the server provides, as here) throws, and any other URL is
//   loaded by a small blob: bootstrap with importScripts(url). So the script must be a classic
//   script (no `type: 'module'`, no `import`), and its URL must be loadable by importScripts.
// - The host maps file: and vscode-remote: URLs in `fetch` to the server's HTTP resource URLs.
// Hence the recipe: fetch the bundled script, start the worker from a blob: URL of its text, and
// revoke that URL only once the worker answered (revoked at once, the bootstrap fails to load it).
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../integration/editor-helpers';
import * as assert from './assert';

interface MessageWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null;
}
interface WorkerConstructor {
  new (url: string, options?: { name?: string }): MessageWorker;
}
const WorkerClass = (globalThis as unknown as { Worker: WorkerConstructor }).Worker;

function echoWorkerUri(): vscode.Uri {
  return vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'dist', 'test', 'web', 'echo-worker.js');
}

/** Sends one message and resolves with the worker's answer (or rejects with its error, or at the deadline). */
function ask(worker: MessageWorker, message: unknown, deadlineMs = 10_000): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from the worker within ${deadlineMs} ms`)), deadlineMs);
    worker.onmessage = (event) => {
      clearTimeout(timer);
      resolve(event.data);
    };
    worker.onerror = (event) => {
      // Unhandled, a worker's error would also surface as an uncaught error in the extension host.
      event.preventDefault();
      clearTimeout(timer);
      reject(new Error(`worker error: ${event.message ?? 'unknown'}`));
    };
    worker.postMessage(message);
  });
}

describe('A nested Web Worker started by the extension', () => {
  it('cannot start from the vscode-remote: URL of a script of a server-provided extension', () => {
    const uri = echoWorkerUri();
    assert.strictEqual(uri.scheme, 'vscode-remote', 'code-server provides the extension');
    assert.throws(() => new WorkerClass(uri.toString(true)), /remote extensions is currently not supported/);
  });

  it('starts from a blob: URL of the fetched script and answers messages', async () => {
    const started = Date.now();
    const response = await fetch(echoWorkerUri().toString());
    assert.strictEqual(response.status, 200);
    const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
    const worker = new WorkerClass(url, { name: 'echo' });
    try {
      const reply = await ask(worker, { text: 'قال بوتين' });
      assert.deepStrictEqual(reply, { echo: { text: 'قال بوتين' }, inWorker: true });
      console.log(`      (fetch, start and first answer: ${Date.now() - started} ms)`);
    } finally {
      worker.terminate();
      URL.revokeObjectURL(url); // only after the worker loaded: its bootstrap imports the URL when it starts
    }
  });
});
