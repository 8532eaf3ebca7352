import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analysis';
import { AnalysisWorkerClient, type WorkerPort } from '../../src/vscode/analysis/worker-client';
import type { AnalysisReply, AnalysisRequest } from '../../src/worker/protocol';
import { answer } from '../../src/worker/answer';

/**
 * A worker in the same thread that answers when the test says so, so that queueing,
 * replacement and failures can be driven step by step. It speaks the real protocol and
 * answers with the real `answer` (the function the worker bundle runs).
 */
class ScriptedWorker implements WorkerPort {
  readonly received: AnalysisRequest[] = [];
  terminated = false;
  private replyListener: ((reply: AnalysisReply) => void) | undefined;
  private failureListener: ((error: Error) => void) | undefined;
  post(request: AnalysisRequest): void {
    this.received.push(request);
  }
  onReply(listener: (reply: AnalysisReply) => void): void {
    this.replyListener = listener;
  }
  onFailure(listener: (error: Error) => void): void {
    this.failureListener = listener;
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the oldest request not answered yet. */
  answerNext(): void {
    const request = this.received.shift();
    assert.ok(request, 'a request to answer');
    this.replyListener!(answer(request));
  }
  crash(message: string): void {
    this.failureListener!(new Error(message));
  }
}

function harness(timeoutMs = 10_000) {
  const workers: ScriptedWorker[] = [];
  let spawnError: Error | undefined;
  const client = new AnalysisWorkerClient(() => {
    if (spawnError) throw spawnError;
    const w = new ScriptedWorker();
    workers.push(w);
    return w;
  }, timeoutMs);
  return { client, workers, failSpawn: (e: Error | undefined) => (spawnError = e) };
}

const ARTICLE = 'عنوان\n\nإيلاف: قال الرئيس فلاديمير بوتين إن "الزيارة مهمة".';

describe('analysis worker client', () => {
  it('answers with what analyzeArticle gives for the text', async () => {
    const { client, workers } = harness();
    const pending = client.analyze('doc', ARTICLE);
    workers[0].answerNext();
    assert.deepEqual(await pending, analyzeArticle(ARTICLE));
  });

  it('sends one request at a time and replaces a queued one by the newer text of the same document', async () => {
    const { client, workers } = harness();
    const first = client.analyze('a', 'one');
    const stale = client.analyze('b', 'old text');
    const fresh = client.analyze('b', 'new text');
    assert.equal(workers[0].received.length, 1, 'only the first request is in the worker');
    assert.equal(await stale, undefined, 'the superseded request resolves undefined');
    workers[0].answerNext();
    assert.ok(await first);
    assert.deepEqual(workers[0].received.map((r) => r.text), ['new text']);
    workers[0].answerNext();
    assert.equal((await fresh)?.blocks[0]?.text, 'new text');
  });

  it('sends a request whose worker crashed once more, to a new worker, before the requests queued behind it', async () => {
    const { client, workers } = harness();
    const crashedOnce = client.analyze('a', 'text');
    const queued = client.analyze('b', 'other');
    workers[0].crash('the script did not load');
    assert.ok(workers[0].terminated);
    assert.deepEqual(workers[1].received.map((r) => r.text), ['text']);
    workers[1].answerNext();
    assert.equal((await crashedOnce)?.blocks[0]?.text, 'text');
    workers[1].answerNext();
    assert.equal((await queued)?.blocks[0]?.text, 'other');
  });

  it('rejects with the one-line reason when the new worker crashes too, and starts another for the next request', async () => {
    const { client, workers } = harness();
    const crashed = client.analyze('a', 'text');
    workers[0].crash('out of memory');
    workers[1].crash('out of memory');
    await assert.rejects(crashed, /out of memory/);
    assert.ok(workers[1].terminated);
    const next = client.analyze('a', 'text again');
    workers[2].answerNext();
    assert.ok(await next);
  });

  it('drops the retry of a crashed request when a newer text of its document is queued', async () => {
    const { client, workers } = harness();
    const old = client.analyze('a', 'old');
    // The newer text replaces a queued request only; the running one is retried unless a newer one waits.
    const newer = client.analyze('a', 'new');
    workers[0].crash('gone');
    assert.equal(await old, undefined);
    assert.deepEqual(workers[1].received.map((r) => r.text), ['new']);
    workers[1].answerNext();
    assert.equal((await newer)?.blocks[0]?.text, 'new');
  });

  it('stops a request that runs past the deadline and replaces the worker', async () => {
    const { client, workers } = harness(20);
    await assert.rejects(client.analyze('a', 'never answered'), /longer than/);
    assert.ok(workers[0].terminated);
  });

  it('gives up after three failures in a row with a reason, without spawning again', async () => {
    const { client, workers, failSpawn } = harness();
    failSpawn(new Error('no worker here'));
    for (let i = 0; i < 3; i++) await assert.rejects(client.analyze('a', 't'), /could not start: no worker here/);
    failSpawn(undefined);
    await assert.rejects(client.analyze('a', 't'), /failed 3 times in a row/);
    assert.equal(workers.length, 0);
  });

  it('ignores a late reply from a worker it already replaced', async () => {
    const { client, workers } = harness(20);
    await assert.rejects(client.analyze('a', 'slow'), /longer than/);
    const next = client.analyze('a', 'fresh');
    workers[0].answerNext(); // the old worker finally answers 'slow'
    workers[1].answerNext();
    assert.equal((await next)?.blocks[0]?.text, 'fresh');
  });

  it('resolves everything pending with undefined when disposed', async () => {
    const { client, workers } = harness();
    const running = client.analyze('a', 'x');
    const queued = client.analyze('b', 'y');
    client.dispose();
    assert.equal(await running, undefined);
    assert.equal(await queued, undefined);
    assert.ok(workers[0].terminated);
    assert.equal(await client.analyze('c', 'z'), undefined);
  });
});

describe('worker answer', () => {
  it('turns a failure into a one-line error reply', () => {
    const reply = answer({ id: 7, text: null as unknown as string });
    assert.equal(reply.id, 7);
    assert.ok('error' in reply && !reply.error.includes('\n'), JSON.stringify(reply));
  });
});
