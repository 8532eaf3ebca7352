import type { Analysis } from '../core/types';

/**
 * The messages between the extension host and the analysis worker. One request is in the
 * worker at a time; replies carry the request's id so a late reply to a dropped request is
 * recognised and ignored.
 */
export interface AnalysisRequest {
  id: number;
  text: string;
  /** Texts longer than this get their structure only (see AnalysisOptions). */
  maxDeepLength?: number;
}

export type AnalysisReply = { id: number; analysis: Analysis } | { id: number; error: string };
