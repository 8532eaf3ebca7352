import { analyzeArticle } from '../core/analysis';
import type { AnalysisReply, AnalysisRequest } from './protocol';

/** Runs one request; a failure becomes a one-line error reply instead of killing the worker. */
export function answer(request: AnalysisRequest): AnalysisReply {
  try {
    return { id: request.id, analysis: analyzeArticle(request.text, { maxDeepLength: request.maxDeepLength }) };
  } catch (err) {
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { id: request.id, error: message.split('\n')[0] };
  }
}
