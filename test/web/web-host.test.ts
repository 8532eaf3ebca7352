import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { EXTENSION_ID } from '../integration/editor-helpers';
import * as assert from './assert';

const scope = globalThis as Record<string, unknown>;

describe('The web worker extension host', () => {
  it('runs this suite in a web worker, without Node', () => {
    // Fails if the suite (and so the extension: VS Code runs the tests in the extension's host)
    // silently ran in the Node extension host.
    assert.strictEqual(typeof scope.WorkerGlobalScope, 'function', 'WorkerGlobalScope exists only in a web worker');
    assert.ok(globalThis instanceof (scope.WorkerGlobalScope as new () => unknown), 'the global object is a worker scope');
    assert.strictEqual(typeof scope.process, 'undefined', 'no Node process object');
    assert.strictEqual(typeof scope.require, 'undefined', 'no Node require');
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
  });

  it('has News Lens active here, loaded from its browser bundle', async () => {
    const extension = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is known`);
    assert.strictEqual(extension.packageJSON.browser, './dist/web/extension.js');
    // An extension running in another host would not hand its exports (live objects) to this one.
    const api = await extension.activate();
    assert.ok(extension.isActive);
    assert.strictEqual(typeof api.decorations!.applied, 'function', 'the exported API is usable here');
  });
});
