import type * as vscode from 'vscode';
import type { Analysis } from '../../core/types';
import type { AnalysisCache } from './analysis-cache';
import { contained, type FailureLog } from './failure-log';

/** What every feature is given: the shared analyses and the place to report its failures. */
export interface AnalysisServices {
  readonly cache: AnalysisCache;
  readonly failures: FailureLog;
}

/**
 * The shape of every provider: wait for the document's analysis (off the host thread), stop
 * if the request was cancelled meanwhile, then answer; a failure is reported as `feature`'s
 * and answered with `fallback`.
 */
export function answerFromAnalysis<T>(
  services: AnalysisServices,
  feature: string,
  document: vscode.TextDocument,
  token: vscode.CancellationToken | undefined,
  fallback: T,
  answer: (analysis: Analysis) => T | Thenable<T>,
): Promise<T> {
  return contained(services.failures, feature, document, fallback, async () => {
    const analysis = await services.cache.get(document, token);
    if (!analysis || token?.isCancellationRequested) return fallback;
    return answer(analysis);
  });
}
